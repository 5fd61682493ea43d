package org.minzheng.charity.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Autowired;

/** Registering, correcting and finding donors, with the phone encrypted and the scope enforced. */
@IntegrationTest
class DonorPagesTests extends DonationFixtures {

    @Autowired
    PersonalDataCipher cipher;

    Map<String, String> enterprise(String name, String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "ENTERPRISE");
        form.put("name", name + unique);
        form.put("creditCode", code);
        form.put("contactName", "王经理");
        form.put("phone", "138 1234 5678");
        form.put("namedConsent", "true");
        return form;
    }

    long donorNamed(String name) {
        return count("select count(*) from charity.donors where name = ?", name + unique);
    }

    long idOf(String name) {
        return count("select id from charity.donors where name = ?", name + unique);
    }

    @Test
    void anEnterpriseIsRegisteredWithConsentAndAnEncryptedPhone() throws Exception {
        String code = creditCode();
        mvc.perform(submit(DONORS, enterprise("滨州测试集团", code.toLowerCase())).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());

        var row = jdbc.sql(
                        "select kind, credit_code, named_consent, region_code, phone_masked, phone_cipher, created_by"
                                + " from charity.donors where name = :n")
                .param("n", "滨州测试集团" + unique)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("kind", "ENTERPRISE")
                .containsEntry("credit_code", code)
                .containsEntry("named_consent", true)
                .containsEntry("region_code", BINCHENG)
                .containsEntry("phone_masked", "138****5678")
                .containsEntry("created_by", "bincheng");
        byte[] stored = (byte[]) row.get("phone_cipher");
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("12345678");
        assertThat(cipher.decrypt(stored, DonorRepository.PHONE)).isEqualTo("13812345678");
        long id = idOf("滨州测试集团");
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.donor.create' and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from audit.audit_entries where target_id = ? and detail like '%5678%'",
                        String.valueOf(id)))
                .isZero();

        mvc.perform(get(DONORS + "/" + id).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))));
        mvc.perform(get(DONORS).param("q", unique).param("kind", "ENTERPRISE").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("滨州测试集团" + unique)));
        mvc.perform(get(DONORS).param("q", unique).param("kind", "INDIVIDUAL").with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("滨州测试集团" + unique))));
        mvc.perform(get(DONORS + "/export").param("q", unique).with(logins.as("bincheng")))
                .andExpect(status().isOk());
    }

    @Test
    void badDonorInputIsRefusedAndNothingIsStored() throws Exception {
        String taken = creditCode();
        mvc.perform(submit(DONORS, enterprise("已登记企业", taken)).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        String valid = creditCode();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        List<Map.Entry<String, Map<String, String>>> cases = new ArrayList<>();
        cases.add(Map.entry("统一社会信用代码不正确", with(enterprise("坏代码企业", wrongCheck), "name", "坏代码企业" + unique)));
        cases.add(Map.entry("统一社会信用代码不正确", enterprise("短代码企业", "91371600")));
        cases.add(Map.entry("须填写统一社会信用代码", enterprise("无代码企业", "")));
        cases.add(Map.entry("已经登记过", enterprise("重复代码企业", taken)));
        cases.add(Map.entry("不能包含尖括号", enterprise("<script>alert(1)</script>", valid)));
        cases.add(Map.entry("请填写正确的手机号码", with(enterprise("坏电话企业", valid), "phone", "12345")));
        cases.add(Map.entry("请填写捐赠人名称", with(enterprise("", valid), "name", " ")));
        cases.add(Map.entry("名称最多 100 字", with(enterprise("", valid), "name", "长".repeat(101))));
        cases.add(Map.entry("请选择捐赠人类型", with(enterprise("无类型", valid), "kind", "ROBOT")));
        for (var c : cases) {
            mvc.perform(submit(DONORS, c.getValue()).with(logins.as("bincheng")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c.getKey())))
                    .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        }
        for (String name : List.of("坏代码企业", "短代码企业", "无代码企业", "重复代码企业", "坏电话企业", "无类型")) {
            assertThat(donorNamed(name)).as(name).isZero();
        }
        assertThat(count("select count(*) from charity.donors where name like ?", "%script%" + unique))
                .isZero();
        assertThat(count("select count(*) from charity.donors where credit_code = ?", valid))
                .isZero();
    }

    @Test
    void aPersonNeedsNoCreditCodeAndEditingKeepsThePhoneOnFile() throws Exception {
        Map<String, String> person = with(enterprise("爱心个人", "91371600MA3C00000X"), "kind", "INDIVIDUAL");
        mvc.perform(submit(DONORS, with(person, "namedConsent", "false")).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        long id = idOf("爱心个人");
        assertThat(count(
                        "select count(*) from charity.donors where id = ? and credit_code is null and not named_consent",
                        id))
                .isEqualTo(1);

        Map<String, String> edit = with(with(person, "phone", ""), "contactName", "本人");
        mvc.perform(submit(DONORS + "/" + id, edit).with(logins.as("bincheng"))).andExpect(status().is3xxRedirection());
        assertThat(count(
                        "select count(*) from charity.donors where id = ? and phone_masked = '138****5678'"
                                + " and contact_name = '本人'",
                        id))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.donor.update' and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void donorsOfAnotherCountyAreInvisibleAndViewersCannotChangeAny() throws Exception {
        long zhanhua = donor("沾化爱心人士", ZHANHUA);
        long bincheng = donor("滨城爱心人士", BINCHENG);
        long city = donor("市级爱心人士", CITY);

        mvc.perform(get(DONORS + "/" + zhanhua).with(logins.as("bincheng"))).andExpect(status().isNotFound());
        mvc.perform(get(DONORS + "/" + zhanhua + "/edit").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(submit(DONORS + "/" + zhanhua, with(enterprise("改名", ""), "kind", "INDIVIDUAL"))
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(DONORS + "/" + city + "/edit").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(DONORS).param("q", unique).with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("沾化爱心人士"))))
                .andExpect(content().string(containsString("滨城爱心人士")))
                .andExpect(content().string(containsString("市级爱心人士")));

        mvc.perform(get(DONORS + "/" + bincheng).with(logins.as("pengli"))).andExpect(status().isOk());
        mvc.perform(submit(DONORS + "/" + bincheng, with(enterprise("改名", ""), "kind", "INDIVIDUAL"))
                        .with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(get(DONORS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(DONORS).with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(submit(DONORS, enterprise("审计员登记", creditCode())).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        assertThat(donorNamed("改名")).isZero();
        assertThat(donorNamed("审计员登记")).isZero();
    }
}
