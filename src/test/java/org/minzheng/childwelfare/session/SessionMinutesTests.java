package org.minzheng.childwelfare.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SessionMinutesTests {

    static final String CITY = "371600000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffLogins logins;

    SessionFixture fixture;
    long physical;
    long autistic;
    long therapistId;
    String therapist;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void aDayOfSessions() throws Exception {
        fixture = new SessionFixture(jdbc);
        long home = fixture.institution(CITY);
        physical = fixture.child(home, "时长测试甲" + fixture.tag, "PHYSICAL");
        autistic = fixture.child(home, "时长测试乙" + fixture.tag, "AUTISM");
        therapist = logins.createAccount("zl-test", CITY, "THERAPIST");
        therapistId = fixture.therapist(home, "时长测试治疗师" + fixture.tag, therapist);
        record(physical, "PHYSICAL", "60", null, today);
        record(physical, "OCCUPATIONAL", "30", null, today);
        record(physical, "MASSAGE", "", "ILLNESS", today);
        record(autistic, "SPEECH", "30", null, today);
        record(physical, "PHYSICAL", "120", null, today.minusDays(1));
    }

    @AfterEach
    void removeTheHome() {
        fixture.remove();
    }

    @Test
    void minutesOfTheDayAreSetAgainstTheTargetForChildrenWithAPhysicalDisability() throws Exception {
        Map<String, Object> model = page("admin", "");
        List<TherapySessionRepository.ChildMinutes> rows = rows(model);
        assertThat(rows).hasSize(2);
        var first = rows.stream().filter(r -> r.id() == physical).findFirst().orElseThrow();
        var second = rows.stream().filter(r -> r.id() == autistic).findFirst().orElseThrow();
        assertThat(first.dayMinutes()).isEqualTo(90);
        assertThat(first.belowTarget()).isTrue();
        assertThat(first.monthMissed()).isEqualTo(1);
        boolean yesterdayThisMonth = YearMonth.from(today.minusDays(1)).equals(YearMonth.from(today));
        assertThat(first.monthMinutes()).isEqualTo(yesterdayThisMonth ? 210 : 90);
        assertThat(first.belowDays()).isEqualTo(weekdaysBelowTargetThisMonth());
        assertThat(second.dayMinutes()).isEqualTo(30);
        assertThat(second.targeted()).isFalse();
        assertThat(second.belowTarget()).isFalse();
        assertThat(second.belowDays()).isZero();

        assertThat(rows(page("admin", "&below=true"))).extracting(r -> r.id()).containsExactly(physical);
        assertThat(rows(page("admin", "&day=" + today.minusDays(1))))
                .filteredOn(r -> r.id() == physical)
                .singleElement()
                .satisfies(r -> assertThat(r.belowTarget()).isFalse());
    }

    @Test
    void theTherapistsWorkloadCountsSessionsMinutesChildrenAndMissed() throws Exception {
        @SuppressWarnings("unchecked")
        var workload =
                (List<TherapySessionRepository.Workload>) page("admin", "").get("workload");
        var mine = workload.stream()
                .filter(w -> w.therapistId() == therapistId)
                .findFirst()
                .orElseThrow();
        assertThat(mine.daySessions()).isEqualTo(3);
        assertThat(mine.dayMinutes()).isEqualTo(120);
        assertThat(mine.dayChildren()).isEqualTo(2);
        assertThat(mine.monthMissed()).isEqualTo(1);
        boolean yesterdayThisMonth = YearMonth.from(today.minusDays(1)).equals(YearMonth.from(today));
        assertThat(mine.monthSessions()).isEqualTo(yesterdayThisMonth ? 4 : 3);
        assertThat(mine.monthMinutes()).isEqualTo(yesterdayThisMonth ? 240 : 120);
    }

    @Test
    void missedSessionsAreListedWithTheirReasons() throws Exception {
        String html = mvc.perform(
                        get(SessionMinutesController.BASE + "?q=" + fixture.tag).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("时长测试甲" + fixture.tag, "生病", "时长测试治疗师" + fixture.tag, "未达标");
    }

    @Test
    void staffOfAnotherRegionSeeNeitherTheChildrenNorTheTherapist() throws Exception {
        String county = logins.createAccount("cw-auditor", "371602000000", "AUDITOR");
        Map<String, Object> model = page(county, "");
        assertThat(rows(model)).isEmpty();
        @SuppressWarnings("unchecked")
        var workload = (List<TherapySessionRepository.Workload>) model.get("workload");
        assertThat(workload).noneMatch(w -> w.therapistId() == therapistId);
        @SuppressWarnings("unchecked")
        var missed = (List<TherapySessionRepository.Missed>) model.get("missed");
        assertThat(missed).noneMatch(m -> m.childName().contains(fixture.tag));
    }

    @Test
    void theMonthIsExportedToExcel() throws Exception {
        mvc.perform(get(SessionMinutesController.BASE + "/export?month=" + YearMonth.from(today))
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentTypeCompatibleWith(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private int weekdaysBelowTargetThisMonth() {
        int below = 0;
        for (LocalDate d = YearMonth.from(today).atDay(1); d.isBefore(today); d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && !d.equals(today.minusDays(1))) {
                below++;
            }
        }
        return below;
    }

    private Map<String, Object> page(String user, String query) throws Exception {
        return mvc.perform(get(SessionMinutesController.BASE + "?q=" + fixture.tag + query)
                        .with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel();
    }

    @SuppressWarnings("unchecked")
    private static List<TherapySessionRepository.ChildMinutes> rows(Map<String, Object> model) {
        return (List<TherapySessionRepository.ChildMinutes>) model.get("rows");
    }

    private void record(long child, String therapy, String minutes, String reason, LocalDate day) throws Exception {
        var request = post(TherapistSessionController.BASE + "/sessions")
                .with(csrf())
                .with(logins.as(therapist))
                .param("childId", String.valueOf(child))
                .param("therapyCode", therapy)
                .param("outcome", reason == null ? "DONE" : "MISSED")
                .param("minutes", minutes)
                .param("day", day.toString());
        if (reason != null) {
            request.param("missedReason", reason);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
