package org.minzheng.eldercare.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The monthly settlement of a provider through the console: figures, confirmation, freezing, scope and roles. */
@IntegrationTest
@Transactional
class SettlementPagesTests {

    static final String SETTLEMENTS = "/console/eldercare/settlements";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    ServiceFixtures fixtures;
    long provider;
    YearMonth month;
    long flagged;

    @BeforeEach
    void aMonthOfVisitsTwoMonthsAgo() {
        fixtures = new ServiceFixtures(jdbc, logins, cipher);
        provider = fixtures.provider(ServiceFixtures.PENGLI);
        long caregiver = fixtures.caregiver(provider, false).id();
        long bed = fixtures.activeBed(fixtures.elder(ServiceFixtures.PENGLI, 2, null), provider);
        month = YearMonth.now().minusMonths(2);
        long plan = fixtures.pastPlan(bed, month.atDay(1), 2);
        LocalDate day = month.atDay(10);
        fixtures.pastVisit(plan, "DONE", caregiver, 4000, day);
        flagged = fixtures.pastVisit(plan, "DONE", caregiver, 5000, day.plusDays(1));
        fixtures.flag(flagged, "TOO_SHORT", null);
        long cleared = fixtures.pastVisit(plan, "DONE", caregiver, 3000, day.plusDays(2));
        fixtures.flag(cleared, "OVERLAP", true);
        long missed = fixtures.pastVisit(plan, "MISSED", caregiver, 2000, day.plusDays(3));
        fixtures.flag(missed, "MISSED", null);
        fixtures.pastVisit(plan, "CANCELLED", null, 1000, day.plusDays(4));
    }

    String page() {
        return SETTLEMENTS + "/" + provider + "?month=" + month;
    }

    @Test
    void paysDeliveredVisitsOnlyAndHoldsBackTheUnreviewedFlag() throws Exception {
        mvc.perform(get(SETTLEMENTS).param("month", month.toString()).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SETTLEMENTS + "/" + provider)));
        mvc.perform(get(page()).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd id=\"payable\">70.00</dd>")))
                .andExpect(content().string(containsString("140.00")))
                .andExpect(content().string(containsString("id=\"confirm-settlement\"")));
    }

    @Test
    void theCountyConfirmsOnceAndTheFiguresStayFrozen() throws Exception {
        mvc.perform(post(SETTLEMENTS + "/" + provider + "/confirm")
                        .param("month", month.toString())
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashSuccess", containsString("70.00")));
        var frozen = jdbc.sql(
                        "select planned_visits, delivered_visits, planned_fen, payable_fen from eldercare.settlements"
                                + " where provider_id = :p")
                .param("p", provider)
                .query()
                .singleRow();
        assertThat(frozen).containsEntry("planned_visits", 4).containsEntry("delivered_visits", 2);
        assertThat(((Number) frozen.get("planned_fen")).longValue()).isEqualTo(14_000);
        assertThat(((Number) frozen.get("payable_fen")).longValue()).isEqualTo(7_000);

        mvc.perform(post(SETTLEMENTS + "/" + provider + "/confirm")
                        .param("month", month.toString())
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("已经确认")));

        jdbc.sql("update eldercare.visit_anomalies set reviewed_at = now(), reviewed_by = 'test', review_valid = true"
                        + " where visit_id = :v")
                .param("v", flagged)
                .update();
        mvc.perform(get(page()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("<dd id=\"payable\">70.00</dd>")))
                .andExpect(content().string(containsString("已确认")));
    }

    @Test
    void anOpenMonthCannotBeConfirmed() throws Exception {
        long bed = fixtures.activeBed(fixtures.elder(ServiceFixtures.PENGLI, 1, null), provider);
        fixtures.pastPlan(bed, LocalDate.now(), 1);
        mvc.perform(post(SETTLEMENTS + "/" + provider + "/confirm")
                        .param("month", YearMonth.now().toString())
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("尚未结束")));
        assertThat(jdbc.sql("select count(*) from eldercare.settlements where provider_id = :p")
                        .param("p", provider)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void otherCountiesTownshipsAndAuditorsCannotConfirm() throws Exception {
        mvc.perform(get(page()).with(logins.as("zhanhua"))).andExpect(status().isNotFound());
        mvc.perform(post(SETTLEMENTS + "/" + provider + "/confirm")
                        .param("month", month.toString())
                        .with(logins.as("zhanhua"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(page()).with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(get(page()).with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(post(SETTLEMENTS + "/" + provider + "/confirm")
                        .param("month", month.toString())
                        .with(logins.as("auditor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from eldercare.settlements where provider_id = :p")
                        .param("p", provider)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void exportsTheBedLinesAsExcel() throws Exception {
        mvc.perform(get(SETTLEMENTS + "/" + provider + "/export")
                        .param("month", month.toString())
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentTypeCompatibleWith(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
