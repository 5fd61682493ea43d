package org.minzheng.charity.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 服务机构: registration with a checked credit code, the list with its scope, and who may do what. */
@IntegrationTest
class CharityProviderPagesTests {

    static final String PROVIDERS = "/console/charity/providers";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundLedger ledger;

    TenderFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new TenderFixture(jdbc, ledger);
    }

    Map<String, String> valid(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("creditCode", fixture.creditCode().toLowerCase());
        form.put("kind", "ELDER_CARE");
        form.put("contactName", "孙立新");
        form.put("contactPhone", "0543-3187777");
        form.put("address", "滨城区黄河八路 1 号");
        return form;
    }

    MockHttpServletRequestBuilder submit(String url, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        form.forEach(request::param);
        return request;
    }

    long providers(String nameLike) {
        return fixture.count("select count(*) from charity.providers where name like ?", "%" + nameLike + "%");
    }

    @Test
    void countyStaffRegisterAProviderKeptByTheirCountyAndItIsAudited() throws Exception {
        String name = "颐养测试中心" + fixture.unique;
        Map<String, String> form = valid(name);
        mvc.perform(submit(PROVIDERS, form).with(logins.as("bincheng"))).andExpect(status().is3xxRedirection());

        var row = jdbc.sql(
                        "select id, region_code, credit_code, kind, created_by from charity.providers where name = :n")
                .param("n", name)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("region_code", "371602000000")
                .containsEntry("credit_code", form.get("creditCode").toUpperCase())
                .containsEntry("kind", "ELDER_CARE")
                .containsEntry("created_by", "bincheng");
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.provider.create' and target_id = ?",
                        String.valueOf(row.get("id"))))
                .isEqualTo(1);

        mvc.perform(get(PROVIDERS)
                        .param("q", fixture.unique)
                        .param("kind", "ELDER_CARE")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get(PROVIDERS)
                        .param("q", fixture.unique)
                        .param("kind", "MEDICAL")
                        .with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get(PROVIDERS + "/" + row.get("id")).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0543-3187777")));
        mvc.perform(get(PROVIDERS + "/export").param("q", fixture.unique).with(logins.as("auditor")))
                .andExpect(status().isOk());

        Map<String, String> changed = valid(name);
        changed.put("creditCode", form.get("creditCode"));
        changed.put("contactName", "王海");
        mvc.perform(submit(PROVIDERS + "/" + row.get("id"), changed).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select contact_name from charity.providers where id = :id")
                        .param("id", row.get("id"))
                        .query(String.class)
                        .single())
                .isEqualTo("王海");
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.provider.update' and target_id = ?",
                        String.valueOf(row.get("id"))))
                .isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsStored() throws Exception {
        String existing = "已有机构" + fixture.unique;
        long taken = fixture.provider("已有机构", TenderFixture.BINCHENG);
        String takenCode = jdbc.sql("select credit_code from charity.providers where id = :id")
                .param("id", taken)
                .query(String.class)
                .single();
        String bad = "坏输入机构" + fixture.unique;
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("请填写机构名称", with(bad, "name", " "));
        cases.put("机构名称不能超过 100 个字", with(bad, "name", "长".repeat(101)));
        cases.put("已有同名的服务机构", with(bad, "name", existing));
        cases.put("统一社会信用代码不正确", with(bad, "creditCode", "91371600MA3C00000X"));
        cases.put("该统一社会信用代码已登记过", with(bad, "creditCode", takenCode));
        cases.put("请填写统一社会信用代码", with(bad, "creditCode", ""));
        cases.put("请选择机构类型", with(bad, "kind", "BANK"));
        cases.put("请填写正确的联系电话", with(bad, "contactPhone", "12345"));
        cases.put("请填写联系人", with(bad, "contactName", ""));
        for (var c : cases.entrySet()) {
            mvc.perform(submit(PROVIDERS, c.getValue()).with(logins.as("bincheng")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c.getKey())));
        }
        mvc.perform(submit(PROVIDERS, with(bad, "address", "<script>alert(1)</script>"))
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        assertThat(providers("坏输入机构" + fixture.unique)).isZero();
        assertThat(providers("长长长长长长")).isZero();
        assertThat(fixture.count("select count(*) from charity.providers where name = ?", existing))
                .isEqualTo(1);
    }

    Map<String, String> with(String name, String field, String value) {
        Map<String, String> form = valid(name);
        form.put(field, value);
        return form;
    }

    @Test
    void anotherCountysProviderIsNotFoundAndTheCitysIsSeenButNotChanged() throws Exception {
        long zhanhua = fixture.provider("沾化测试机构", TenderFixture.ZHANHUA);
        long city = fixture.provider("市级测试机构", "371600000000");
        mvc.perform(get(PROVIDERS + "/" + zhanhua).with(logins.as("bincheng"))).andExpect(status().isNotFound());
        mvc.perform(get(PROVIDERS).param("q", fixture.unique).with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("沾化测试机构"))))
                .andExpect(content().string(containsString("市级测试机构")));
        mvc.perform(get(PROVIDERS + "/" + city).with(logins.as("bincheng"))).andExpect(status().isOk());
        mvc.perform(get(PROVIDERS + "/" + city + "/edit").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PROVIDERS + "/" + zhanhua).with(logins.as("admin"))).andExpect(status().isOk());
    }

    @Test
    void villageStaffHaveNoAccessAndViewersCannotRegister() throws Exception {
        mvc.perform(get(PROVIDERS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        String name = "无权机构" + fixture.unique;
        mvc.perform(submit(PROVIDERS, valid(name)).with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(submit(PROVIDERS, valid(name)).with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(get(PROVIDERS + "/new").with(logins.as("pengli"))).andExpect(status().isForbidden());
        assertThat(providers(name)).isZero();
    }
}
