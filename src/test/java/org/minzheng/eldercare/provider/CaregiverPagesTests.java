package org.minzheng.eldercare.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.Masking;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Caregivers: ID number and phone checked, stored encrypted and shown masked; certificates near expiry flagged. */
@IntegrationTest
class CaregiverPagesTests {

    static final String BASE = ProviderPagesTests.BASE;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    long providerId;

    @BeforeEach
    void aProviderOfBincheng() throws Exception {
        String code = ProviderFixtures.aCreditCode();
        mvc.perform(post(BASE)
                        .with(logins.as("bincheng"))
                        .with(csrf())
                        .param("name", "护理员测试服务商" + code.substring(8, 17))
                        .param("creditCode", code)
                        .param("contactName", "周主任")
                        .param("contactPhone", "13905439999")
                        .param("countyCode", ProviderPagesTests.BINCHENG)
                        .param("townships", ProviderPagesTests.PENGLI))
                .andExpect(status().is3xxRedirection());
        providerId = jdbc.queryForObject("select id from eldercare.providers where credit_code = ?", Long.class, code);
    }

    @Test
    void registersACaregiverEncryptedAndShowsHerMasked() throws Exception {
        String idNumber = ProviderFixtures.anIdNumber();

        mvc.perform(caregiver("王秀兰", idNumber, "13812345678")
                        .param("course", "养老护理员初级培训")
                        .param("hours", "80")
                        .param("completedOn", "2026-03-01")
                        .param("grade", "5")
                        .param("certificateNumber", "ZS-0001")
                        .param("validUntil", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().is3xxRedirection());

        byte[] stored = jdbc.queryForObject(
                "select id_number_cipher from eldercare.caregivers where provider_id = ?", byte[].class, providerId);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(idNumber);
        mvc.perform(get(BASE + "/" + providerId).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Masking.idNumberForStaff(idNumber))))
                .andExpect(content().string(not(containsString(idNumber))))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))))
                .andExpect(content().string(containsString("30天内到期")))
                .andExpect(content().string(containsString("<td class=\"num\">80</td>")));
    }

    @Test
    void refusesAWrongIdNumberOrPhoneAndStoresNothing() throws Exception {
        String idNumber = ProviderFixtures.anIdNumber();
        String wrongCheck = idNumber.substring(0, 17) + (idNumber.endsWith("0") ? "1" : "0");

        mvc.perform(caregiver("张三", wrongCheck, "13812345678")).andExpect(status().isOk());
        mvc.perform(caregiver("张三", idNumber, "1381234")).andExpect(status().isOk());
        mvc.perform(caregiver("<script>x</script>", idNumber, "13812345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能包含尖括号")));
        mvc.perform(caregiver("张三", idNumber, "").param("course", "只有课程"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("培训记录需同时填写课程、学时和结业日期。")));

        assertThat(jdbc.queryForObject(
                        "select count(*) from eldercare.caregivers where provider_id = ?", Long.class, providerId))
                .isZero();
    }

    @Test
    void linksThePhoneLoginOnceAndDropsItWhenTheCaregiverLeaves() throws Exception {
        mvc.perform(caregiver("陈玉梅", ProviderFixtures.anIdNumber(), "")).andExpect(status().is3xxRedirection());
        mvc.perform(caregiver("孟凡英", ProviderFixtures.anIdNumber(), "")).andExpect(status().is3xxRedirection());
        var ids = jdbc.queryForList(
                "select id from eldercare.caregivers where provider_id = ? order by id", Long.class, providerId);
        String account = "carer-" + providerId;
        String path = BASE + "/" + providerId + "/caregivers/";

        mvc.perform(post(path + ids.get(0) + "/account")
                        .param("username", "<script>")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("小写字母开头")));
        mvc.perform(post(path + ids.get(0) + "/account")
                        .param("username", account)
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashSuccess", containsString(account)));
        mvc.perform(post(path + ids.get(1) + "/account")
                        .param("username", account)
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("已关联其他护理员")));
        mvc.perform(post(path + ids.get(1) + "/account")
                        .param("username", account)
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForList(
                        "select username from eldercare.caregivers where provider_id = ? order by id",
                        String.class,
                        providerId))
                .containsExactly(account, null);
        mvc.perform(get(BASE + "/" + providerId).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("value=\"" + account + "\"")));

        mvc.perform(post(path + ids.get(0) + "/leave")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select username from eldercare.caregivers where id = ?", String.class, ids.get(0)))
                .as("a caregiver who left can no longer sign in to visits")
                .isNull();
    }

    @Test
    void addsTrainingAndARenewedCertificateAndRefusesBadOnes() throws Exception {
        mvc.perform(caregiver("马桂英", ProviderFixtures.anIdNumber(), "")).andExpect(status().is3xxRedirection());
        long caregiver = jdbc.queryForObject(
                "select id from eldercare.caregivers where provider_id = ?", Long.class, providerId);
        String page = BASE + "/" + providerId + "/caregivers/" + caregiver;

        mvc.perform(post(page + "/trainings")
                        .param("course", "失能老人照护专项培训")
                        .param("hours", "24")
                        .param("completedOn", LocalDate.now().minusDays(3).toString())
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/trainings")
                        .param("course", "<script>x</script>")
                        .param("hours", "2000")
                        .param("completedOn", LocalDate.now().plusDays(3).toString())
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("学时应在1到1000之间")))
                .andExpect(content().string(containsString("日期不能晚于今天")));
        mvc.perform(post(page + "/certificates")
                        .param("grade", "4")
                        .param("number", "ZS-2026-77")
                        .param("validUntil", LocalDate.now().plusYears(3).toString())
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/certificates")
                        .param("grade", "4")
                        .param("number", "ZS-2026-77")
                        .param("validUntil", LocalDate.now().plusYears(3).toString())
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已登记这个编号的证书")));
        mvc.perform(post(page + "/certificates")
                        .param("grade", "4")
                        .param("number", "ZS-2")
                        .param("validUntil", LocalDate.now().plusYears(3).toString())
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject(
                        "select count(*) from eldercare.caregiver_trainings where caregiver_id = ?",
                        Long.class,
                        caregiver))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from eldercare.caregiver_certificates where caregiver_id = ?",
                        Long.class,
                        caregiver))
                .isEqualTo(1);
        mvc.perform(get(page).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("失能老人照护专项培训")))
                .andExpect(content().string(containsString("ZS-2026-77")))
                .andExpect(content().string(not(containsString("id=\"training-form\""))));
        mvc.perform(get(page).with(logins.as("zhanhua"))).andExpect(status().isNotFound());
    }

    @Test
    void refusesTheSameIdNumberTwice() throws Exception {
        String idNumber = ProviderFixtures.anIdNumber();
        mvc.perform(caregiver("刘芳", idNumber, "")).andExpect(status().is3xxRedirection());

        mvc.perform(caregiver("刘芳", idNumber, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这个身份证号已登记为护理员。")));

        assertThat(jdbc.queryForObject(
                        "select count(*) from eldercare.caregivers where provider_id = ?", Long.class, providerId))
                .isEqualTo(1);
    }

    @Test
    void aCaregiverWhoLeftIsNoLongerCounted() throws Exception {
        mvc.perform(caregiver("陈静", ProviderFixtures.anIdNumber(), "")).andExpect(status().is3xxRedirection());
        long caregiverId = jdbc.queryForObject(
                "select id from eldercare.caregivers where provider_id = ?", Long.class, providerId);

        mvc.perform(post(BASE + "/" + providerId + "/caregivers/" + caregiverId + "/leave")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject(
                        "select active from eldercare.caregivers where id = ?", Boolean.class, caregiverId))
                .isFalse();
        mvc.perform(post(BASE + "/" + providerId + "/caregivers/" + caregiverId + "/leave")
                        .with(logins.as("zhanhua"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void complaintsAreCountedUntilClosed() throws Exception {
        mvc.perform(post(BASE + "/" + providerId + "/complaints")
                        .with(logins.as("bincheng"))
                        .with(csrf())
                        .param("receivedOn", "2026-05-06")
                        .param("channel", "hotline")
                        .param("content", "<script>"))
                .andExpect(status().isOk());
        mvc.perform(post(BASE + "/" + providerId + "/complaints")
                        .with(logins.as("bincheng"))
                        .with(csrf())
                        .param("receivedOn", "2026-05-06")
                        .param("channel", "hotline")
                        .param("content", "护理员迟到四十分钟"))
                .andExpect(status().is3xxRedirection());
        long complaintId = jdbc.queryForObject(
                "select id from eldercare.provider_complaints where provider_id = ?", Long.class, providerId);
        String code = jdbc.queryForObject(
                "select credit_code from eldercare.providers where id = ?", String.class, providerId);
        mvc.perform(get(BASE).param("q", code).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("<td class=\"num\">1</td>")));

        mvc.perform(post(BASE + "/" + providerId + "/complaints/" + complaintId + "/close")
                        .with(logins.as("bincheng"))
                        .with(csrf())
                        .param("result", "已约谈服务商，调整排班"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject(
                        "select closed_at is not null from eldercare.provider_complaints where id = ?",
                        Boolean.class,
                        complaintId))
                .isTrue();
        mvc.perform(get(BASE + "/" + providerId).with(logins.as("pengli")))
                .andExpect(content().string(containsString("已约谈服务商，调整排班")));
    }

    MockHttpServletRequestBuilder caregiver(String name, String idNumber, String phone) {
        return post(BASE + "/" + providerId + "/caregivers")
                .with(logins.as("bincheng"))
                .with(csrf())
                .param("name", name)
                .param("idNumber", idNumber)
                .param("phone", phone);
    }
}
