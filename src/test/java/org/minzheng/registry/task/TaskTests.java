package org.minzheng.registry.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdTasks;
import org.minzheng.registry.HouseholdTasks.NewTask;
import org.minzheng.registry.HouseholdTasks.TaskOrigin;
import org.minzheng.registry.Households;
import org.minzheng.registry.Warnings;
import org.minzheng.registry.task.MonitoringFixtures.Registered;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The village assistant's tasks: opened without duplicates, completed once with a checked outcome, within scope. */
@IntegrationTest
class TaskTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    HouseholdTasks tasks;

    @Autowired
    Warnings warnings;

    @Autowired
    Households households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @AfterEach
    void removeTheHouseholds() {
        MonitoringFixtures.removeHouseholds(jdbc);
    }

    @Test
    void openingTheSameTaskTwiceGivesTheOpenOne() {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        NewTask task = new NewTask(
                household.id(), TaskOrigin.SCREENING, "policy-22", "城乡居民养老保险代缴", "符合条件", TODAY.plusDays(30));

        long first = tasks.open(task);
        long second = tasks.open(task);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from registry.tasks where household_id = ?",
                        Long.class,
                        household.id().value()))
                .isEqualTo(1);
    }

    @Test
    void theAssistantCompletesTheTaskAndItsWarningCloses() throws Exception {
        long task = aWarningTaskIn(MonitoringFixtures.LIZE_VILLAGE);

        mvc.perform(complete(task, "cunwei", Map.of("outcome", "NO_ACTION", "note", "已入户核实，住院费用已由大病保险报销")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "任务已办结。"));

        Map<String, Object> row = jdbc.queryForMap(
                "select status, outcome, outcome_note, done_by from registry.tasks where id = ?", task);
        assertThat(row)
                .containsEntry("status", "DONE")
                .containsEntry("outcome", "NO_ACTION")
                .containsEntry("done_by", "cunwei");
        assertThat(jdbc.queryForObject("select status from registry.warnings where task_id = ?", String.class, task))
                .isEqualTo("CLOSED");
        mvc.perform(get("/console/registry/tasks/" + task).with(logins.as("cunwei")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已核实，无需处理")))
                .andExpect(content().string(not(containsString("id=\"complete-form\""))));
    }

    @Test
    void completingTwiceIsRefusedWithAClearMessage() throws Exception {
        long task = aWarningTaskIn(MonitoringFixtures.LIZE_VILLAGE);
        mvc.perform(complete(task, "cunwei", Map.of("outcome", "ENROLLED", "note", "已引导申请低保")))
                .andExpect(status().is3xxRedirection());

        mvc.perform(complete(task, "lize", Map.of("outcome", "NO_ACTION", "note", "再次办理")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "此任务已经办结，不能重复办理。"));

        assertThat(jdbc.queryForMap("select outcome, outcome_note, done_by from registry.tasks where id = ?", task))
                .containsEntry("outcome", "ENROLLED")
                .containsEntry("done_by", "cunwei");
    }

    @Test
    void badInputIsShownAgainAndNothingIsStored() throws Exception {
        long task = aWarningTaskIn(MonitoringFixtures.LIZE_VILLAGE);

        mvc.perform(complete(task, "cunwei", Map.of("outcome", "", "note", "没选结果")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择办理结果。")));
        mvc.perform(complete(task, "cunwei", Map.of("outcome", "NO_ACTION", "note", "<script>alert(1)</script>")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(complete(task, "cunwei", Map.of("outcome", "NO_ACTION", "note", "长".repeat(501))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("情况说明不能超过500个字。")));
        mvc.perform(complete(
                        task,
                        "cunwei",
                        Map.of(
                                "outcome",
                                "NO_ACTION",
                                "followUpOn",
                                TODAY.minusDays(1).toString())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("回访日期不能早于今天。")));
        mvc.perform(complete(task, "cunwei", Map.of("outcome", "REVISIT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写回访日期")));
        mvc.perform(complete(task, "cunwei", Map.of("outcome", "NO_ACTION", "followUpOn", "明天")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(complete(task, "cunwei", Map.of("outcome", "MADE_UP")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));

        assertThat(jdbc.queryForObject("select status from registry.tasks where id = ?", String.class, task))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select status from registry.warnings where task_id = ?", String.class, task))
                .isEqualTo("OPEN");
    }

    @Test
    void aFollowUpDateOpensAFollowUpTaskAndTheWarningWaitsForIt() throws Exception {
        long task = aWarningTaskIn(MonitoringFixtures.LIZE_VILLAGE);
        LocalDate later = TODAY.plusDays(1);

        mvc.perform(complete(
                        task,
                        "cunwei",
                        Map.of("outcome", "REVISIT", "note", "家中无人，明日回访", "followUpOn", later.toString())))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> followUp =
                jdbc.queryForMap("select id, status, due_on, detail from registry.tasks where follow_up_of = ?", task);
        assertThat(followUp).containsEntry("status", "OPEN").containsEntry("detail", "家中无人，明日回访");
        assertThat(((java.sql.Date) followUp.get("due_on")).toLocalDate()).isEqualTo(later);
        long followUpId = ((Number) followUp.get("id")).longValue();
        assertThat(jdbc.queryForMap(
                        "select status, task_id from registry.warnings where household_id = "
                                + "(select household_id from registry.tasks where id = ?)",
                        task))
                .containsEntry("status", "OPEN")
                .containsEntry("task_id", followUpId);

        mvc.perform(complete(followUpId, "cunwei", Map.of("outcome", "NO_ACTION", "note", "已回访")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select status from registry.warnings where task_id = ?", String.class, followUpId))
                .isEqualTo("CLOSED");
    }

    @Test
    void theAssistantSeesOnlyTheirVillagesTasks() throws Exception {
        long own = aWarningTaskIn(MonitoringFixtures.LIZE_VILLAGE);
        long elsewhere = aWarningTaskIn(MonitoringFixtures.PENGLI_COMMUNITY);

        mvc.perform(get("/console/registry/tasks?state=open").with(logins.as("cunwei")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-" + own + "\"")))
                .andExpect(content().string(not(containsString("id=\"task-" + elsewhere + "\""))));
        mvc.perform(get("/console/registry/tasks/" + elsewhere).with(logins.as("cunwei")))
                .andExpect(status().isNotFound());
        mvc.perform(complete(elsewhere, "lize", Map.of("outcome", "NO_ACTION"))).andExpect(status().isNotFound());
        mvc.perform(get("/console/registry/tasks").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-" + elsewhere + "\"")))
                .andExpect(content().string(not(containsString("id=\"task-" + own + "\""))));
        assertThat(jdbc.queryForObject("select status from registry.tasks where id = ?", String.class, elsewhere))
                .isEqualTo("OPEN");
    }

    @Test
    void theAuditorReadsTasksButMayNotCompleteThem() throws Exception {
        long task = aWarningTaskIn(MonitoringFixtures.LIZE_VILLAGE);

        mvc.perform(get("/console/registry/tasks/" + task).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"complete-form\""))));
        mvc.perform(complete(task, "auditor", Map.of("outcome", "NO_ACTION"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from registry.tasks where id = ?", String.class, task))
                .isEqualTo("OPEN");
    }

    @Test
    void theHouseholdPageShowsItsWarningsAndTasks() throws Exception {
        long task = aWarningTaskIn(MonitoringFixtures.LIZE_VILLAGE);
        long household = jdbc.queryForObject("select household_id from registry.tasks where id = ?", Long.class, task);

        mvc.perform(get("/console/registry/households/" + household).with(logins.as("cunwei")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"household-warnings\"")))
                .andExpect(content().string(containsString("/console/registry/tasks/" + task)))
                .andExpect(content().string(containsString("52,000.00")));
    }

    private long aWarningTaskIn(org.minzheng.shared.RegionCode village) {
        Registered household = MonitoringFixtures.aHouseholdIn(households, village);
        long warning = warnings.raise(MonitoringFixtures.aLargeMedicalSpending(household.id()))
                .orElseThrow();
        return jdbc.queryForObject("select task_id from registry.warnings where id = ?", Long.class, warning);
    }

    private MockHttpServletRequestBuilder complete(long task, String user, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/console/registry/tasks/" + task + "/complete")
                .with(logins.as(user))
                .with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
