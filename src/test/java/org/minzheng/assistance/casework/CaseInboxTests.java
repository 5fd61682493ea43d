package org.minzheng.assistance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.assistance.casework.CaseFixtures.LIZE_VILLAGE;
import static org.minzheng.assistance.casework.CaseFixtures.aDibaoCaseIn;
import static org.minzheng.assistance.casework.CaseFixtures.freshIdNumber;
import static org.minzheng.assistance.casework.CaseFixtures.freshKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.AssistanceCases;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.calendar.WorkingDayCalendar;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The staff inbox: data scope, permissions, the acceptance decisions, deadlines and the 代办 form. */
@IntegrationTest
@Transactional
class CaseInboxTests {

    static final String BASE = "/console/assistance/cases";
    static final DataScope LIZE = new DataScope(RegionCode.of("371602012"));

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    AssistanceCases cases;

    @Autowired
    CaseHandling handling;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anotherTownshipNeitherListsNorOpensTheCase() throws Exception {
        CaseNumber number = aCase();

        mvc.perform(get(BASE).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number.value())));
        mvc.perform(get(BASE + "/" + number.value()).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("371627********")))
                .andExpect(content().string(containsString("139****1234")));
        mvc.perform(get(BASE).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(number.value()))));
        mvc.perform(get(BASE + "/" + number.value()).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/" + number.value() + "/accept")
                        .param("version", "0")
                        .with(csrf())
                        .with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        assertThat(statusOf(number)).isEqualTo("SUBMITTED");
    }

    @Test
    void auditorReadsButMayNotDecide() throws Exception {
        CaseNumber number = aCase();

        mvc.perform(get(BASE + "/" + number.value()).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("accept-form"))));
        for (String action : List.of("accept", "return", "reject")) {
            mvc.perform(post(BASE + "/" + number.value() + "/" + action)
                            .param("version", "0")
                            .param("note", "缺少户口簿")
                            .with(csrf())
                            .with(logins.as("auditor")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(BASE + "/new").with(logins.as("auditor"))).andExpect(status().isForbidden());
        assertThat(statusOf(number)).isEqualTo("SUBMITTED");
    }

    @Test
    void filtersByStatusAndOverdue() throws Exception {
        CaseNumber number = aCase();
        jdbc.sql("update assistance.cases set deadline = date '2020-01-02' where number = ?")
                .param(number.value())
                .update();

        mvc.perform(get(BASE).param("overdue", "true").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number.value())))
                .andExpect(content().string(containsString("class=\"overdue\"")));
        mvc.perform(get(BASE).param("status", "ACCEPTED").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(number.value()))));
        mvc.perform(get(BASE + "/export").with(logins.as("lize"))).andExpect(status().isOk());
        mvc.perform(get("/console").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("办理中")))
                .andExpect(content().string(containsString("已超期")));
    }

    @Test
    void acceptingStartsTheInvestigationClockAndTellsTheApplicant() throws Exception {
        CaseNumber number = aCase();

        mvc.perform(post(BASE + "/" + number.value() + "/accept")
                        .param("version", "0")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(redirectedUrl(BASE + "/" + number.value()))
                .andExpect(flash().attributeExists("flashSuccess"));

        assertThat(statusOf(number)).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select deadline from assistance.cases where number = ?")
                        .param(number.value())
                        .query(LocalDate.class)
                        .single())
                .isAfter(LocalDate.now());
        assertStepAuditAndSms(number, CaseStatus.ACCEPTED, "assistance.case.accept", "assistance.case.accepted");
        mvc.perform(get(BASE + "/" + number.value()).with(logins.as("lize")))
                .andExpect(content().string(containsString("已受理")))
                .andExpect(content().string(containsString("lize")));
    }

    @Test
    void returningForMaterialNeedsTheListOfWhatIsMissing() throws Exception {
        CaseNumber number = aCase();

        mvc.perform(post(BASE + "/" + number.value() + "/return")
                        .param("version", "0")
                        .param("note", " ")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(statusOf(number)).isEqualTo("SUBMITTED");

        mvc.perform(post(BASE + "/" + number.value() + "/return")
                        .param("version", "0")
                        .param("note", "<script>x</script>")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(statusOf(number)).isEqualTo("SUBMITTED");

        mvc.perform(post(BASE + "/" + number.value() + "/return")
                        .param("version", "0")
                        .param("note", "户口簿复印件、收入证明")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(statusOf(number)).isEqualTo("RETURNED");
        assertStepAuditAndSms(number, CaseStatus.RETURNED, "assistance.case.return", "assistance.case.returned");
        assertThat(smsText(number, "assistance.case.returned")).contains("户口簿复印件、收入证明");
    }

    @Test
    void rejectingNeedsAReasonAndTellsItToTheApplicant() throws Exception {
        CaseNumber number = aCase();

        mvc.perform(post(BASE + "/" + number.value() + "/reject")
                        .param("version", "0")
                        .param("note", "")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(statusOf(number)).isEqualTo("SUBMITTED");

        mvc.perform(post(BASE + "/" + number.value() + "/reject")
                        .param("version", "0")
                        .param("note", "户籍不在本街道")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(statusOf(number)).isEqualTo("REJECTED");
        assertStepAuditAndSms(number, CaseStatus.REJECTED, "assistance.case.reject", "assistance.case.rejected");
        assertThat(smsText(number, "assistance.case.rejected")).contains("户籍不在本街道");
    }

    @Test
    void aDecisionOnAStaleVersionChangesNothing() throws Exception {
        CaseNumber number = aCase();
        logins.signIn("lize");
        handling.accept(number, 0, LIZE, LocalDate.now());

        mvc.perform(post(BASE + "/" + number.value() + "/reject")
                        .param("version", "0")
                        .param("note", "重复")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attribute("flashError", "该申请已被他人办理，请查看最新状态后再操作。"));
        assertThat(statusOf(number)).isEqualTo("ACCEPTED");
    }

    @Test
    void aCaseAlreadyDecidedCannotBeDecidedAgain() throws Exception {
        CaseNumber number = aCase();
        logins.signIn("lize");
        handling.accept(number, 0, LIZE, LocalDate.now());

        mvc.perform(post(BASE + "/" + number.value() + "/reject")
                        .param("version", "1")
                        .param("note", "重复")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attribute("flashError", "该申请当前的状态不能办理此操作"));
        assertThat(statusOf(number)).isEqualTo("ACCEPTED");
    }

    @Test
    void investigationDeadlineSkipsTheNationalDayHolidays() {
        CaseNumber number = aCase();
        LocalDate accepted = LocalDate.of(2026, 9, 30);

        logins.signIn("lize");
        handling.accept(number, 0, LIZE, accepted);

        LocalDate deadline = jdbc.sql("select deadline from assistance.cases where number = ?")
                .param(number.value())
                .query(LocalDate.class)
                .single();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(deadline).isEqualTo(calendar.plusWorkingDays(accepted, 3));
        assertThat(calendar.workingDaysBetween(accepted, deadline)).isEqualTo(3);
        assertThat(deadline).isAfter(LocalDate.of(2026, 10, 7));
    }

    @Test
    void clerkEntersAWalkInCase() throws Exception {
        String idNumber = freshIdNumber();

        mvc.perform(walkIn(idNumber, "13905435678", "窗口申请人", "2").with(logins.as("lize")))
                .andExpect(redirectedUrlPattern(BASE + "/MZ*"));

        assertThat(count("select count(*) from assistance.cases where applicant_name = '窗口申请人'"
                        + " and channel = 'WALK_IN' and entered_by = 'lize'"))
                .isEqualTo(1);
    }

    @Test
    void walkInFormRefusesBadInputAndStoresNothing() throws Exception {
        String valid = freshIdNumber();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        long before = count("select count(*) from assistance.cases");

        mvc.perform(walkIn(wrongCheck, "13905435678", "申请人", "2").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(walkIn(valid, "12345", "申请人", "2").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(walkIn(valid, "13905435678", "<script>alert(1)</script>", "2")
                        .with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(walkIn(valid, "13905435678", "", "2").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(walkIn(valid, "13905435678", "申请人", "31").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(walkIn(valid, "13905435678", "申请人", "2")
                        .param("villageCode", "371602005001")
                        .with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));

        assertThat(count("select count(*) from assistance.cases")).isEqualTo(before);
    }

    @Test
    void walkInFormRefusesASecondOpenCase() throws Exception {
        String idNumber = freshIdNumber();
        cases.submit(aDibaoCaseIn(LIZE_VILLAGE, idNumber), freshKey());

        mvc.perform(walkIn(idNumber, "13905435678", "申请人", "2").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有同类救助申请正在办理")));
    }

    private MockHttpServletRequestBuilder walkIn(String idNumber, String phone, String name, String household) {
        return post(BASE + "/new")
                .param("villageCode", LIZE_VILLAGE.value())
                .param("programme", "DIBAO")
                .param("channel", "WALK_IN")
                .param("applicantName", name)
                .param("idNumber", idNumber)
                .param("phone", phone)
                .param("householdSize", household)
                .param("reason", "因病致贫")
                .param("idempotencyKey", freshKey())
                .with(csrf());
    }

    private void assertStepAuditAndSms(CaseNumber number, CaseStatus step, String action, String purpose) {
        assertThat(jdbc.sql("""
                        select s.actor from assistance.case_steps s join assistance.cases c on c.id = s.case_id
                        where c.number = ? and s.status = ?
                        """)
                        .param(number.value())
                        .param(step.name())
                        .query(String.class)
                        .list())
                .containsExactly("lize");
        assertThat(count("select count(*) from audit.audit_entries where action = '" + action + "' and target_id = '"
                        + number.value() + "'"))
                .isEqualTo(1);
        assertThat(smsText(number, purpose)).contains(number.value());
    }

    private String smsText(CaseNumber number, String purpose) {
        return jdbc.sql("select text from notification.sms_outbox where reference = ? and purpose = ?")
                .param(number.value())
                .param(purpose)
                .query(String.class)
                .single();
    }

    private CaseNumber aCase() {
        return cases.submit(aDibaoCaseIn(LIZE_VILLAGE, freshIdNumber()), freshKey());
    }

    private String statusOf(CaseNumber number) {
        return jdbc.sql("select status from assistance.cases where number = ?")
                .param(number.value())
                .query(String.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
