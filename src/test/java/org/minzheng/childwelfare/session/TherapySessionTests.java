package org.minzheng.childwelfare.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class TherapySessionTests {

    static final String CITY = "371600000000";
    static final String TODAY = TherapistSessionController.BASE;
    static final String SAVE = TODAY + "/sessions";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffLogins logins;

    @Autowired
    TherapySessions sessions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

    SessionFixture fixture;
    long home;
    long child;
    long other;
    String therapist;
    long therapistId;

    @BeforeEach
    void aHomeWithAChildAndATherapist() {
        fixture = new SessionFixture(jdbc);
        home = fixture.institution(CITY);
        child = fixture.child(home, "训练测试甲" + fixture.tag, "PHYSICAL");
        other = fixture.child(home, "训练测试乙" + fixture.tag, "AUTISM");
        therapist = logins.createAccount("zl-test", CITY, "THERAPIST");
        therapistId = fixture.therapist(home, "测试治疗师" + fixture.tag, therapist);
    }

    @AfterEach
    void removeTheHome() {
        fixture.remove();
    }

    @Test
    void costIsThePricePerHourTimesMinutesRoundedHalfUp() {
        assertThat(TherapySessions.costFen(16000, 60)).isEqualTo(16000);
        assertThat(TherapySessions.costFen(14000, 7)).isEqualTo(1633);
        assertThat(TherapySessions.costFen(3, 10)).isEqualTo(1);
        assertThat(TherapySessions.costFen(3, 9)).isZero();
        assertThat(TherapySessions.costFen(15000, 45)).isEqualTo(11250);
    }

    @Test
    void aRecordedSessionIsCostedAllocatedAndAudited() throws Exception {
        mvc.perform(session(child, "OCCUPATIONAL", "45", null).param("notes", "配合良好"))
                .andExpect(status().is3xxRedirection());

        var row = jdbc.queryForMap("select * from childwelfare.sessions where child_id = ?", child);
        assertThat(row.get("cost_fen")).isEqualTo(10500L);
        assertThat(row.get("status")).isEqualTo("DONE");
        assertThat(row.get("region_code")).isEqualTo(CITY);
        assertThat(row.get("therapist_id")).isEqualTo(therapistId);
        assertThat(row.get("session_date")).isEqualTo(java.sql.Date.valueOf(LocalDate.now()));
        long id = (Long) row.get("id");
        assertThat(allocated(id)).isEqualTo(10500L);
        assertThat(jdbc.queryForObject(
                        "select fund_code from childwelfare.allocations where session_id = ?", String.class, id))
                .isEqualTo("DPF");
        assertThat(audited("childwelfare.session.record", id)).isEqualTo(1);
    }

    @Test
    void aMissedSessionKeepsItsReasonAndCostsNothing() throws Exception {
        mvc.perform(session(child, "PHYSICAL", "", "HOSPITAL")).andExpect(status().is3xxRedirection());

        var row = jdbc.queryForMap("select * from childwelfare.sessions where child_id = ?", child);
        assertThat(row.get("status")).isEqualTo("MISSED");
        assertThat(row.get("missed_reason")).isEqualTo("HOSPITAL");
        assertThat(row.get("minutes")).isEqualTo(0);
        assertThat(row.get("cost_fen")).isEqualTo(0L);
        assertThat(allocated((Long) row.get("id"))).isZero();
        assertThat(audited("childwelfare.session.miss", (Long) row.get("id"))).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsStored() throws Exception {
        refused(session(child, "PHYSICAL", "4", null), "5 到 240 分钟");
        refused(session(child, "PHYSICAL", "241", null), "5 到 240 分钟");
        refused(session(child, "PHYSICAL", "", null), "5 到 240 分钟");
        refused(
                session(child, "PHYSICAL", "30", null)
                        .param("day", LocalDate.now().plusDays(1).toString()),
                "不能晚于今天");
        refused(
                session(child, "PHYSICAL", "30", null)
                        .param("day", LocalDate.now().minusDays(8).toString()),
                "最近七天");
        refused(session(child, "PHYSICAL", "30", null).param("notes", "<script>alert(1)</script>"), "训练测试甲");
        refused(session(child, "PHYSICAL", "30", null).param("notes", "长".repeat(501)), "训练测试甲");
        refused(session(999_999_999L, "PHYSICAL", "30", null), "本院在院的儿童");
        refused(session(child, "YOGA", "30", null), "请选择训练项目");
        refused(session(child, "PHYSICAL", "", ""), "未做的原因");
        refused(session(child, "PHYSICAL", "", "BORED"), "未做的原因");
        assertThat(stored()).isZero();
    }

    @Test
    void aChildOfAnotherHomeCannotBeRecorded() throws Exception {
        long elsewhere = fixture.institution(CITY);
        long stranger = fixture.child(elsewhere, "训练测试丙" + fixture.tag, "PHYSICAL");
        refused(session(stranger, "PHYSICAL", "30", null), "本院在院的儿童");
        assertThat(jdbc.queryForObject(
                        "select count(*) from childwelfare.sessions where child_id = ?", Long.class, stranger))
                .isZero();
    }

    @Test
    void aDoubleTapIsStoredOnce() throws Exception {
        mvc.perform(session(child, "MASSAGE", "30", null)).andExpect(status().is3xxRedirection());
        mvc.perform(session(child, "MASSAGE", "30", null))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("刚刚已经登记过")));
        assertThat(stored()).isEqualTo(1);
        mvc.perform(session(child, "MASSAGE", "20", null)).andExpect(status().is3xxRedirection());
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void aCorrectionReleasesAndAllocatesAgain() throws Exception {
        mvc.perform(session(child, "PHYSICAL", "60", null)).andExpect(status().is3xxRedirection());
        long id = onlySession();
        assertThat(allocated(id)).isEqualTo(16000L);

        mvc.perform(post(SAVE + "/" + id)
                        .with(csrf())
                        .with(logins.as(therapist))
                        .param("childId", String.valueOf(child))
                        .param("therapyCode", "SPEECH")
                        .param("outcome", "DONE")
                        .param("minutes", "30")
                        .param("day", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().is3xxRedirection());

        var row = jdbc.queryForMap("select * from childwelfare.sessions where id = ?", id);
        assertThat(row.get("therapy_code")).isEqualTo("SPEECH");
        assertThat(row.get("cost_fen")).isEqualTo(7000L);
        assertThat(allocated(id)).isEqualTo(7000L);
        assertThat(audited("childwelfare.session.correct", id)).isEqualTo(1);

        mvc.perform(post(SAVE + "/" + id)
                        .with(csrf())
                        .with(logins.as(therapist))
                        .param("therapyCode", "SPEECH")
                        .param("outcome", "MISSED")
                        .param("missedReason", "ILLNESS"))
                .andExpect(status().is3xxRedirection());
        assertThat(allocated(id)).isZero();
        assertThat(jdbc.queryForObject("select cost_fen from childwelfare.sessions where id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void aBadCorrectionChangesNothing() throws Exception {
        mvc.perform(session(child, "PHYSICAL", "60", null)).andExpect(status().is3xxRedirection());
        long id = onlySession();
        mvc.perform(post(SAVE + "/" + id)
                        .with(csrf())
                        .with(logins.as(therapist))
                        .param("therapyCode", "PHYSICAL")
                        .param("outcome", "DONE")
                        .param("minutes", "300"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.queryForObject("select minutes from childwelfare.sessions where id = ?", Integer.class, id))
                .isEqualTo(60);
        assertThat(allocated(id)).isEqualTo(16000L);
    }

    @Test
    void aDeletedSessionTakesItsAllocationsWithIt() throws Exception {
        mvc.perform(session(child, "PHYSICAL", "60", null)).andExpect(status().is3xxRedirection());
        long id = onlySession();
        mvc.perform(post(SAVE + "/" + id + "/delete").with(csrf()).with(logins.as(therapist)))
                .andExpect(status().is3xxRedirection());
        assertThat(stored()).isZero();
        assertThat(allocated(id)).isZero();
        assertThat(audited("childwelfare.session.delete", id)).isEqualTo(1);
    }

    @Test
    void aTherapistCannotChangeAnotherTherapistsSession() throws Exception {
        mvc.perform(session(child, "PHYSICAL", "60", null)).andExpect(status().is3xxRedirection());
        long id = onlySession();
        String colleague = logins.createAccount("zl-test", CITY, "THERAPIST");
        fixture.therapist(home, "测试同事" + fixture.tag, colleague);

        mvc.perform(get(SAVE + "/" + id).with(logins.as(colleague))).andExpect(status().isNotFound());
        mvc.perform(post(SAVE + "/" + id)
                        .with(csrf())
                        .with(logins.as(colleague))
                        .param("therapyCode", "PHYSICAL")
                        .param("outcome", "DONE")
                        .param("minutes", "5"))
                .andExpect(status().isNotFound());
        mvc.perform(post(SAVE + "/" + id + "/delete").with(csrf()).with(logins.as(colleague)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select minutes from childwelfare.sessions where id = ?", Integer.class, id))
                .isEqualTo(60);
        assertThat(allocated(id)).isEqualTo(16000L);
    }

    @Test
    void aSessionOlderThanAWeekCannotBeCorrected() throws Exception {
        mvc.perform(session(child, "PHYSICAL", "60", null)).andExpect(status().is3xxRedirection());
        long id = onlySession();
        jdbc.update("update childwelfare.sessions set session_date = current_date - 8 where id = ?", id);
        mvc.perform(post(SAVE + "/" + id + "/delete").with(csrf()).with(logins.as(therapist)))
                .andExpect(status().isNotFound());
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void todaysPageShowsTheMinutesAgainstTheTargetAndThePlannedTherapies() throws Exception {
        long plan = jdbc.queryForObject("""
                insert into childwelfare.plans (child_id, starts_on, review_due_on, status, created_by)
                values (?, current_date - 10, current_date + 170, 'ACTIVE', 'test') returning id
                """, Long.class, child);
        jdbc.update(
                "insert into childwelfare.plan_schedule (plan_id, weekday, therapy_code, minutes, therapist_id)"
                        + " values (?, ?, 'ACUPUNCTURE', 40, ?)",
                plan,
                LocalDate.now().getDayOfWeek().getValue(),
                therapistId);
        mvc.perform(session(child, "PHYSICAL", "50", null)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select plan_id from childwelfare.sessions where child_id = ?", Long.class, child))
                .isEqualTo(plan);

        String page = mvc.perform(get(TODAY).with(logins.as(therapist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("训练测试甲" + fixture.tag, "50 / 120 分钟", "针灸 40 分钟", "训练测试乙" + fixture.tag);
        assertThat(page).contains("value=\"ACUPUNCTURE\"").contains("class=\"primary small done-planned\"");
    }

    @Test
    void theTherapistsHomePageCountsChildrenBelowTodaysTarget() throws Exception {
        mvc.perform(session(child, "PHYSICAL", "60", null)).andExpect(status().is3xxRedirection());
        var tile = new TherapistTodayTile(sessions, jdbcClient).figures(logins.user(therapist));
        assertThat(tile)
                .containsExactly(
                        new org.minzheng.workbench.spi.DashboardTile.Figure("childwelfare.session.tile.below", 1),
                        new org.minzheng.workbench.spi.DashboardTile.Figure("childwelfare.session.tile.mine", 1));
        mvc.perform(get("/console").with(logins.as(therapist)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("今天未达标的儿童")));
    }

    @Test
    void anUnlinkedAccountIsToldSoAndCannotRecord() throws Exception {
        String stranger = logins.createAccount("zl-test", CITY, "THERAPIST");
        mvc.perform(get(TODAY).with(logins.as(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("尚未关联康复治疗师")));
        mvc.perform(post(SAVE)
                        .with(csrf())
                        .with(logins.as(stranger))
                        .param("childId", String.valueOf(child))
                        .param("therapyCode", "PHYSICAL")
                        .param("outcome", "DONE")
                        .param("minutes", "30"))
                .andExpect(status().isNotFound());
        assertThat(stored()).isZero();
    }

    @Test
    void countyStaffHaveNoSessionPages() throws Exception {
        mvc.perform(get(TODAY).with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(get(SessionMinutesController.BASE).with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        mvc.perform(post(SAVE)
                        .with(csrf())
                        .with(logins.as("bincheng"))
                        .param("childId", String.valueOf(child))
                        .param("therapyCode", "PHYSICAL")
                        .param("outcome", "DONE")
                        .param("minutes", "30"))
                .andExpect(status().isForbidden());
        assertThat(stored()).isZero();
    }

    private MockHttpServletRequestBuilder session(long childId, String therapy, String minutes, String reason) {
        var request = post(SAVE)
                .with(csrf())
                .with(logins.as(therapist))
                .param("childId", String.valueOf(childId))
                .param("therapyCode", therapy)
                .param("outcome", reason == null ? "DONE" : "MISSED")
                .param("minutes", minutes);
        return reason == null ? request : request.param("missedReason", reason);
    }

    private void refused(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(message)));
    }

    private long stored() {
        return jdbc.queryForObject(
                "select count(*) from childwelfare.sessions where child_id in (?, ?)", Long.class, child, other);
    }

    private long onlySession() {
        List<Long> ids =
                jdbc.queryForList("select id from childwelfare.sessions where child_id = ?", Long.class, child);
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private long allocated(long session) {
        return jdbc.queryForObject(
                "select coalesce(sum(amount_fen), 0) from childwelfare.allocations where session_id = ?",
                Long.class,
                session);
    }

    private int audited(String action, long session) {
        return jdbc.queryForObject(
                "select count(*) from audit.audit_entries where action = ? and target_id = ?",
                Integer.class,
                action,
                String.valueOf(session));
    }
}
