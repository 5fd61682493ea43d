package org.minzheng.policy.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.RegionCode;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The effective-dated local standards: which value applies where and when, and how administrators change them. */
@IntegrationTest
class LocalStandardsTests {

    static final String BASE = "/console/policy/parameters";
    static final RegionCode BINCHENG = RegionCode.of("371602");
    static final RegionCode ZHANHUA = RegionCode.of("371603");
    static final RegionCode LIZE_VILLAGE = RegionCode.of("371602012201");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LocalStandards standards;

    @Test
    void aCountysOwnStandardBeatsTheCitys() {
        Map<String, Object> bincheng = standards.factsFor(BINCHENG, LocalDate.of(2026, 11, 30));
        Map<String, Object> zhanhua = standards.factsFor(ZHANHUA, LocalDate.of(2026, 11, 30));
        assertThat(bincheng).containsEntry("local.dibao_urban", 1030.0).containsEntry("local.dibao_rural", 820.0);
        assertThat(zhanhua).containsEntry("local.dibao_urban", 1010.0).containsEntry("local.dibao_rural", 820.0);
    }

    @Test
    void aVillageReadsTheStandardsOfItsCountyAndCity() {
        assertThat(standards.factsFor(LIZE_VILLAGE, LocalDate.of(2026, 11, 30)))
                .containsEntry("local.dibao_urban", 1030.0)
                .containsEntry("local.edge_multiple", 1.5)
                .containsEntry("local.allowance_age", 80L)
                .containsEntry("local.asset_limit", 30_000.0);
    }

    @Test
    void theStandardOfTheDayApplies() {
        assertThat(standards.factsFor(ZHANHUA, LocalDate.of(2023, 1, 15))).containsEntry("local.dibao_urban", 900.0);
        assertThat(standards.factsFor(ZHANHUA, LocalDate.of(2023, 7, 1))).containsEntry("local.dibao_urban", 960.0);
        assertThat(standards.factsFor(ZHANHUA, LocalDate.of(2021, 12, 31))).doesNotContainKey("local.dibao_urban");
    }

    @Test
    void staffOfEveryTierReadTheStandards() throws Exception {
        mvc.perform(get(BASE).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parameters\"")))
                .andExpect(content().string(containsString("¥1,030.00")))
                .andExpect(content().string(not(containsString("id=\"new-parameter\""))));
        mvc.perform(get(BASE).param("at", "371602").param("day", "2026-11-30").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"applying\"")));
    }

    @Test
    void villageAssistantsAndAuditorsHaveNoStandardsPage() throws Exception {
        mvc.perform(get(BASE).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE).with(logins.as("auditor"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyCityAdministratorsChangeStandards() throws Exception {
        long before = count();
        mvc.perform(get(BASE + "/new").with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(aStandard("371602", "dibao_urban", "1100", "2027-01-01").with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + anyRowId() + "/withdraw").with(csrf()).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @Transactional
    void recordingAStandardStoresItAndAuditsIt() throws Exception {
        mvc.perform(aStandard("371603", "dibao_rural", "880.50", "2027-01-01").with(logins.as("admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("region=371603000000")));
        assertThat(standards.factsFor(ZHANHUA, LocalDate.of(2027, 1, 1))).containsEntry("local.dibao_rural", 880.5);
        assertThat(standards.factsFor(ZHANHUA, LocalDate.of(2026, 12, 31))).containsEntry("local.dibao_rural", 820.0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.audit_entries where action = 'policy.parameter.record'",
                        Long.class))
                .isPositive();
    }

    @Test
    @Transactional
    void aCorrectionKeepsTheOldValueInTheHistory() throws Exception {
        long id = jdbc.queryForObject(
                "select id from policy.parameters where region_code = '371602000000' and name = 'dibao_urban'"
                        + " and superseded_at is null",
                Long.class);
        mvc.perform(post(BASE + "/" + id)
                        .with(csrf())
                        .with(logins.as("admin"))
                        .param("region", "371602000000")
                        .param("parameter", "dibao_urban")
                        .param("value", "1040")
                        .param("validFrom", "2024-07-01")
                        .param("note", "更正录入错误"))
                .andExpect(status().is3xxRedirection());
        assertThat(standards.factsFor(BINCHENG, LocalDate.of(2026, 11, 30))).containsEntry("local.dibao_urban", 1040.0);
        assertThat(jdbc.queryForObject("select superseded_by from policy.parameters where id = ?", String.class, id))
                .isEqualTo("admin");
        mvc.perform(get(BASE + "/" + id + "/history").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¥1,030.00")))
                .andExpect(content().string(containsString("¥1,040.00")));
    }

    @Test
    @Transactional
    void withdrawingAStandardLeavesTheCitysInForce() throws Exception {
        long id = jdbc.queryForObject(
                "select id from policy.parameters where region_code = '371602000000' and name = 'dibao_urban'"
                        + " and superseded_at is null",
                Long.class);
        mvc.perform(post(BASE + "/" + id + "/withdraw").with(csrf()).with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(standards.factsFor(BINCHENG, LocalDate.of(2026, 11, 30))).containsEntry("local.dibao_urban", 1010.0);
    }

    @Test
    void badInputIsRefusedWithAMessageAndStoresNothing() throws Exception {
        long before = count();
        expectRefused(aStandard("371603", "dibao_rural", "abc", "2027-01-01"), "请填写金额");
        expectRefused(aStandard("371603", "dibao_rural", "-5", "2027-01-01"), "金额应大于0");
        expectRefused(aStandard("371603", "dibao_rural", "0", "2027-01-01"), "金额应大于0");
        expectRefused(aStandard("371603", "edge_multiple", "9", "2027-01-01"), "倍数应在1到5之间");
        expectRefused(aStandard("371603", "allowance_age", "80.5", "2027-01-01"), "年龄应为60到120之间的整数");
        expectRefused(aStandard("371603", "no_such", "1", "2027-01-01"), "请选择一项标准");
        expectRefused(aStandard("371602012201", "dibao_rural", "800", "2027-01-01"), "请选择市、区县或乡镇");
        expectRefused(aStandard("371603", "dibao_rural", "800", "2027-13-01"), "请填写正确的日期");
        expectRefused(
                aStandard("371603", "dibao_rural", "800", "2027-01-01").param("validUntil", "2026-01-01"),
                "截止日期不能早于起始日期");
        expectRefused(
                aStandard("371603", "dibao_rural", "800", "2027-01-01").param("note", "<script>alert(1)</script>"),
                "has-error");
        expectRefused(aStandard("3716", "dibao_urban", "1111", "2024-07-01"), "同一天起已有一条记录");
        assertThat(count()).isEqualTo(before);
    }

    private void expectRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request.with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parameter-form\"")))
                .andExpect(content().string(containsString(message)));
    }

    private static MockHttpServletRequestBuilder aStandard(String region, String parameter, String value, String from) {
        return post(BASE)
                .with(csrf())
                .param("region", RegionCode.of(region).value())
                .param("parameter", parameter)
                .param("value", value)
                .param("validFrom", from);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from policy.parameters", Long.class);
    }

    private long anyRowId() {
        return jdbc.queryForObject("select min(id) from policy.parameters", Long.class);
    }
}
