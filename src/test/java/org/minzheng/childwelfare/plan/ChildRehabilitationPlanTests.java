package org.minzheng.childwelfare.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** A child's rehabilitation page: assessments with their chart, the plan, its goals and weekly schedule. */
@IntegrationTest
@Transactional
class ChildRehabilitationPlanTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlannedDay plannedDay;

    PlanFixtures fixtures;
    long home;
    long child;
    long therapist;
    String base;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void fixtures() {
        fixtures = new PlanFixtures(jdbc);
        home = fixtures.anInstitution(PlanFixtures.CITY);
        child = fixtures.aChild(home, "康复测试儿童甲", PlanFixtures.CITY);
        therapist = fixtures.aTherapist(home, "测试治疗师王", true);
        base = "/console/childwelfare/children/" + child + "/rehabilitation";
    }

    MockHttpServletRequestBuilder assessment(String on, String gross, String note) {
        return post(base + "/assessments")
                .param("assessedOn", on)
                .param("grossMotor", gross)
                .param("fineMotor", "40")
                .param("language", "35")
                .param("cognition", "50")
                .param("selfCare", "20")
                .param("note", note)
                .with(logins.as("zhiliao"))
                .with(csrf());
    }

    MockHttpServletRequestBuilder newPlan(LocalDate starts, LocalDate review, String goals) {
        return post(base + "/plans")
                .param("startsOn", starts.toString())
                .param("reviewDueOn", review.toString())
                .param("goals", goals)
                .with(logins.as("zhiliao"))
                .with(csrf());
    }

    MockHttpServletRequestBuilder scheduleLine(String weekday, String therapy, String minutes, Long therapistId) {
        var request = post(base + "/schedule")
                .param("weekday", weekday)
                .param("therapyCode", therapy)
                .param("minutes", minutes)
                .with(logins.as("zhiliao"))
                .with(csrf());
        return therapistId == null ? request : request.param("therapistId", therapistId.toString());
    }

    String page(String user) throws Exception {
        return mvc.perform(get(base).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void therapistRecordsAssessmentsAndTheProgressChartDrawsThem() throws Exception {
        mvc.perform(assessment(today.minusMonths(6).toString(), "30", "初评")).andExpect(status().is3xxRedirection());
        mvc.perform(assessment(today.toString(), "45", "复评")).andExpect(status().is3xxRedirection());

        assertThat(fixtures.count("assessments", child)).isEqualTo(2);
        assertThat(fixtures.audited("childwelfare.plan.assessment-record", "childwelfare.assessment"))
                .isGreaterThanOrEqualTo(2);
        String html = page("zhiliao");
        assertThat(html).contains("id=\"progress-chart\"").contains("<polyline").contains("粗大运动");
        assertThat(html).contains("data-domain=\"GROSS_MOTOR\"").contains("data-domain=\"SELF_CARE\"");
        assertThat(html.split("<polyline", -1)).hasSize(6);
        assertThat(html).doesNotContain("style=");
        assertThat(html).contains("初评").contains("复评");
    }

    @Test
    void badAssessmentsAreRefusedWithChineseMessagesAndStoreNothing() throws Exception {
        mvc.perform(assessment(today.toString(), "101", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("得分须为0到100之间的整数")));
        mvc.perform(assessment(today.toString(), "-1", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("得分须为0到100之间的整数")));
        mvc.perform(assessment(today.plusDays(1).toString(), "50", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("评估日期不能晚于今天")));
        mvc.perform(assessment(today.toString(), "50", "<script>alert(1)</script>"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("尖括号")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(assessment(today.toString(), "50", "长".repeat(501)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("备注不能超过500字")));
        mvc.perform(assessment(today.toString(), "", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("此项必填")));

        assertThat(fixtures.count("assessments", child)).isZero();
    }

    @Test
    void aNewPlanClosesThePreviousAndTakesItsScheduleOver() throws Exception {
        mvc.perform(assessment(today.minusDays(1).toString(), "30", "")).andExpect(status().is3xxRedirection());
        mvc.perform(newPlan(today, today.plusMonths(6), "扶物独站30秒\n\n独立行走10米")).andExpect(status().is3xxRedirection());
        long first = jdbc.sql("select id from childwelfare.plans where child_id = :c and status = 'ACTIVE'")
                .param("c", child)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select assessment_id is not null from childwelfare.plans where id = :id")
                        .param("id", first)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(fixtures.count("plan_goals", child)).isEqualTo(2);
        mvc.perform(scheduleLine("1", "PHYSICAL", "60", therapist)).andExpect(status().is3xxRedirection());

        mvc.perform(newPlan(today, today.plusMonths(3), "用勺子独立进食")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select status from childwelfare.plans where id = :id")
                        .param("id", first)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
        long second = jdbc.sql("select id from childwelfare.plans where child_id = :c and status = 'ACTIVE'")
                .param("c", child)
                .query(Long.class)
                .single();
        assertThat(second).isNotEqualTo(first);
        assertThat(jdbc.sql("select count(*) from childwelfare.plan_schedule where plan_id = :p and minutes = 60")
                        .param("p", second)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(fixtures.audited("childwelfare.plan.create", "childwelfare.plan"))
                .isGreaterThanOrEqualTo(2);
        assertThat(page("zhiliao")).contains("用勺子独立进食").doesNotContain("扶物独站30秒");
    }

    @Test
    void badPlansAreRefusedAndStoreNothing() throws Exception {
        mvc.perform(newPlan(today, today.plusMonths(6).plusDays(1), "独立行走"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("复评日期不能晚于开始后6个月")));
        mvc.perform(newPlan(today, today.minusDays(1), "独立行走"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("复评日期须晚于开始日期")));
        mvc.perform(newPlan(today, today, "独立行走"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("复评日期须晚于开始日期")));
        mvc.perform(newPlan(today, today.plusMonths(6), "  \n  "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请至少填写一项康复目标")));
        mvc.perform(newPlan(today, today.plusMonths(6), "行".repeat(201)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("每项康复目标不能超过200字")));
        mvc.perform(newPlan(today, today.plusMonths(6), "<script>alert(1)</script>"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("尖括号")));

        assertThat(fixtures.count("plans", child)).isZero();
        assertThat(fixtures.count("plan_goals", child)).isZero();
    }

    @Test
    void goalsAreAddedAndMarkedMetAndBlankGoalsAreRefused() throws Exception {
        mvc.perform(newPlan(today.minusDays(20), today.plusMonths(5), "扶物独站30秒"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/goals")
                        .param("goal", " ")
                        .with(logins.as("zhiliao"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请填写康复目标")));
        mvc.perform(post(base + "/goals")
                        .param("goal", "<b>x</b>")
                        .with(logins.as("zhiliao"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        assertThat(fixtures.count("plan_goals", child)).isEqualTo(1);

        mvc.perform(post(base + "/goals")
                        .param("goal", "独立行走10米")
                        .with(logins.as("zhiliao"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long goal = jdbc.sql("select g.id from childwelfare.plan_goals g join childwelfare.plans p on p.id = g.plan_id "
                        + "where p.child_id = :c and g.goal = '独立行走10米'")
                .param("c", child)
                .query(Long.class)
                .single();
        mvc.perform(post(base + "/goals/" + goal + "/met")
                        .param("metOn", today.plusDays(1).toString())
                        .with(logins.as("zhiliao"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(metOn(goal)).isNull();
        mvc.perform(post(base + "/goals/" + goal + "/met")
                        .param("metOn", today.minusDays(2).toString())
                        .with(logins.as("zhiliao"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(metOn(goal)).isEqualTo(today.minusDays(2));
        assertThat(page("fuliyuan")).contains(today.minusDays(2) + " 达成");
    }

    LocalDate metOn(long goal) {
        return jdbc.sql("select met_on from childwelfare.plan_goals where id = :id")
                .param("id", goal)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    @Test
    void theScheduleShowsEachDaysMinutesAgainstTheTargetAndPlannedDayReadsIt() throws Exception {
        mvc.perform(newPlan(today.minusMonths(1), today.plusMonths(5), "扶物独站30秒"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(scheduleLine("1", "PHYSICAL", "60", therapist)).andExpect(status().is3xxRedirection());
        mvc.perform(scheduleLine("1", "MASSAGE", "60", null)).andExpect(status().is3xxRedirection());
        mvc.perform(scheduleLine("2", "SPEECH", "30", therapist)).andExpect(status().is3xxRedirection());

        String html = page("zhiliao");
        assertThat(html)
                .contains("120 / 120")
                .contains("达标")
                .contains("30 / 120")
                .contains("差90分钟");
        assertThat(html).contains("id=\"weekly-minutes\">150<");

        LocalDate monday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        var rows = plannedDay.of(child, monday);
        assertThat(rows).extracting(PlannedDay.Therapy::therapyCode).containsExactly("PHYSICAL", "MASSAGE");
        assertThat(rows).extracting(PlannedDay.Therapy::minutes).containsExactly(60, 60);
        assertThat(rows.get(0).therapistId()).isEqualTo(therapist);
        assertThat(rows.get(1).therapistId()).isNull();
        assertThat(plannedDay.of(child, monday.plusDays(5))).isEmpty();
    }

    @Test
    void badScheduleLinesAreRefusedAndStoreNothing() throws Exception {
        mvc.perform(newPlan(today, today.plusMonths(6), "扶物独站30秒")).andExpect(status().is3xxRedirection());
        long otherHome = fixtures.anInstitution(PlanFixtures.CITY);
        long stranger = fixtures.aTherapist(otherHome, "别院治疗师", true);
        long retired = fixtures.aTherapist(home, "离岗治疗师", false);

        mvc.perform(scheduleLine("1", "PHYSICAL", "4", therapist))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("每次训练须为5到240分钟")));
        mvc.perform(scheduleLine("1", "PHYSICAL", "241", therapist))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("每次训练须为5到240分钟")));
        mvc.perform(scheduleLine("1", "YOGA", "30", therapist))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请选择列表中的治疗项目")));
        mvc.perform(scheduleLine("1", "PHYSICAL", "30", stranger))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请选择本院在岗的治疗师")));
        mvc.perform(scheduleLine("1", "PHYSICAL", "30", retired))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请选择本院在岗的治疗师")));
        mvc.perform(scheduleLine("8", "PHYSICAL", "30", therapist))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请选择周一至周日")));

        assertThat(fixtures.count("plan_schedule", child)).isZero();
    }

    @Test
    void aScheduleLineIsRemoved() throws Exception {
        long plan = fixtures.aPlan(child, today, today.plusMonths(6));
        fixtures.aScheduleLine(plan, 3, "OCCUPATIONAL", 45, therapist);
        long line = jdbc.sql("select id from childwelfare.plan_schedule where plan_id = :p")
                .param("p", plan)
                .query(Long.class)
                .single();

        mvc.perform(post(base + "/schedule/" + line + "/delete")
                        .with(logins.as("zhiliao"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(fixtures.count("plan_schedule", child)).isZero();
        assertThat(fixtures.audited("childwelfare.plan.schedule-remove", "childwelfare.plan"))
                .isPositive();
    }

    @Test
    void aPlanPastItsReviewDateIsFlaggedForReview() throws Exception {
        fixtures.aPlan(child, today.minusMonths(8), today.minusMonths(2));

        assertThat(page("zhiliao")).contains("id=\"review-overdue\"").contains("待复评");
    }

    @Test
    void aPlanWithinItsReviewDateIsNotFlagged() throws Exception {
        fixtures.aPlan(child, today.minusMonths(1), today.plusMonths(5));

        assertThat(page("zhiliao")).doesNotContain("id=\"review-overdue\"").doesNotContain("badge bad\">待复评");
    }

    @Test
    void welfareHomeStaffAndTheAuditorViewButCannotChange() throws Exception {
        fixtures.aPlan(child, today, today.plusMonths(6));

        assertThat(page("fuliyuan")).contains("康复测试儿童甲").doesNotContain("id=\"assessment-form\"");
        assertThat(page("auditor")).contains("康复测试儿童甲").doesNotContain("id=\"schedule-form\"");
        assertThat(page("admin")).contains("康复测试儿童甲");
        for (String user : new String[] {"auditor", "fuliyuan", "admin"}) {
            mvc.perform(post(base + "/assessments")
                            .param("assessedOn", today.toString())
                            .param("grossMotor", "1")
                            .param("fineMotor", "1")
                            .param("language", "1")
                            .param("cognition", "1")
                            .param("selfCare", "1")
                            .with(logins.as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(base + "/goals")
                            .param("goal", "目标")
                            .with(logins.as(user))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(fixtures.count("assessments", child)).isZero();
        assertThat(fixtures.count("plan_goals", child)).isZero();
    }

    @Test
    void countyStaffWithoutThePermissionAreForbidden() throws Exception {
        mvc.perform(get(base).with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(logins.as("pengli"))).andExpect(status().isForbidden());
    }

    @Test
    void aChildOutsideTheScopeOrUnknownIsNotFound() throws Exception {
        long elsewhere = fixtures.aChild(home, "外市儿童", "370102000000");

        mvc.perform(get("/console/childwelfare/children/" + elsewhere + "/rehabilitation")
                        .with(logins.as("zhiliao")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/childwelfare/children/" + elsewhere + "/rehabilitation/plans")
                        .param("startsOn", today.toString())
                        .param("reviewDueOn", today.plusMonths(1).toString())
                        .param("goals", "目标")
                        .with(logins.as("zhiliao"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/childwelfare/children/999999999/rehabilitation")
                        .with(logins.as("zhiliao")))
                .andExpect(status().isNotFound());
        assertThat(fixtures.count("plans", elsewhere)).isZero();
    }

    @Test
    void thePageLinksBackToTheChild() throws Exception {
        assertThat(page("zhiliao")).contains("href=\"/console/childwelfare/children/" + child + "\"");
    }
}
