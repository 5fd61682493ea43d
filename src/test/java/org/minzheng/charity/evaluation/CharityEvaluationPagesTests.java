package org.minzheng.charity.evaluation;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Quarterly evaluations against the real database: the form's checks, the overdue list and the scope. */
@IntegrationTest
@Transactional
class CharityEvaluationPagesTests {

    static final String EVALUATIONS = "/console/charity/evaluations";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    CharityEvaluationFixtures fixtures;
    final LocalDate today = LocalDate.now();
    final Quarter last = Quarter.lastCompleted(today);

    @BeforeEach
    void fixtures() {
        fixtures = new CharityEvaluationFixtures(jdbc);
    }

    Map<String, String> valid(long project) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("projectId", String.valueOf(project));
        form.put("year", String.valueOf(last.year()));
        form.put("quarter", String.valueOf(last.quarter()));
        form.put("evaluator", "滨州市社会组织评估中心");
        form.put("managementScore", "18");
        form.put("outcomeScore", "27");
        form.put("fundsScore", "22");
        form.put("satisfactionScore", "14");
        form.put("disclosureScore", "9");
        form.put("findings", "服务记录完整，建议按月公开资金使用情况。");
        form.put("evaluatedOn", today.toString());
        return form;
    }

    MockHttpServletRequestBuilder submit(String url, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        form.forEach(request::param);
        return request;
    }

    long runningInBincheng(String name) {
        return fixtures.project(name, CharityEvaluationFixtures.BINCHENG, "RUNNING", today.minusYears(1));
    }

    @Test
    void countyApproverRecordsAnEvaluationWhoseTotalAndGradeFollowFromTheScores() throws Exception {
        long project = runningInBincheng("评估成功");
        String location = mvc.perform(submit(EVALUATIONS, valid(project)).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select total_score from charity.evaluations where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(90);
        assertThat(fixtures.audited("charity.evaluation.create", String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(get(location).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("90 / 100")))
                .andExpect(content().string(containsString("优秀")))
                .andExpect(content().string(containsString("示意表单")));
        mvc.perform(get(location + "/print").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("慈善项目季度评估表")))
                .andExpect(content().string(containsString("27 / 30")));
        mvc.perform(get(EVALUATIONS).param("project", String.valueOf(project)).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"trend\"")))
                .andExpect(content().string(containsString("evaluation-" + id)));
    }

    @Test
    void scoresAboveTheirMaximumOrNegativeAreRefusedAndNothingIsStored() throws Exception {
        long project = runningInBincheng("评估超分");
        Map<String, String> tooHigh = valid(project);
        tooHigh.put("outcomeScore", "31");
        mvc.perform(submit(EVALUATIONS, tooHigh).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("服务成效得分须为0至30之间的整数")));
        Map<String, String> negative = valid(project);
        negative.put("disclosureScore", "-1");
        mvc.perform(submit(EVALUATIONS, negative).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("信息公开得分须为0至10之间的整数")));
        Map<String, String> blank = valid(project);
        blank.put("evaluator", " ");
        blank.put("managementScore", "");
        mvc.perform(submit(EVALUATIONS, blank).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写评估机构")))
                .andExpect(content().string(containsString("项目管理规范得分须为0至20之间的整数")));
        assertThat(fixtures.evaluationsOf(project)).isZero();
    }

    @Test
    void aFutureQuarterAQuarterBeforeTheStartAndScriptTagsAreRefused() throws Exception {
        long project = fixtures.project(
                "评估时间",
                CharityEvaluationFixtures.BINCHENG,
                "RUNNING",
                last.firstDay().minusMonths(3));
        Quarter next = Quarter.of(today.plusMonths(3));
        Map<String, String> future = valid(project);
        future.put("year", String.valueOf(next.year()));
        future.put("quarter", String.valueOf(next.quarter()));
        mvc.perform(submit(EVALUATIONS, future).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("不能评估尚未开始的季度")));
        Map<String, String> early = valid(project);
        Quarter before = last.previous().previous();
        early.put("year", String.valueOf(before.year()));
        early.put("quarter", String.valueOf(before.quarter()));
        mvc.perform(submit(EVALUATIONS, early).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("无需评估")));
        Map<String, String> script = valid(project);
        script.put("findings", "<script>alert(1)</script>");
        mvc.perform(submit(EVALUATIONS, script).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        Map<String, String> tomorrow = valid(project);
        tomorrow.put("evaluatedOn", today.plusDays(1).toString());
        mvc.perform(submit(EVALUATIONS, tomorrow).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("评估日期不能晚于今天")));
        assertThat(fixtures.evaluationsOf(project)).isZero();
    }

    @Test
    void aSecondEvaluationOfTheSameQuarterIsRefusedWithAClearMessage() throws Exception {
        long project = runningInBincheng("评估重复");
        mvc.perform(submit(EVALUATIONS, valid(project)).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        Map<String, String> again = valid(project);
        again.put("evaluator", "另一家评估机构");
        mvc.perform(submit(EVALUATIONS, again).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该项目这一季度已有评估")));
        assertThat(fixtures.evaluationsOf(project)).isEqualTo(1);
    }

    @Test
    void aProjectNotYetRunningCannotBeEvaluated() throws Exception {
        long project =
                fixtures.project("评估筹款中", CharityEvaluationFixtures.BINCHENG, "FUNDRAISING", today.minusYears(1));
        mvc.perform(submit(EVALUATIONS, valid(project)).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("只能评估正在实施或已结项的项目")));
        assertThat(fixtures.evaluationsOf(project)).isZero();
    }

    @Test
    void aRunningProjectWithoutLastQuartersEvaluationIsListedAsDueUntilItIsEvaluated() throws Exception {
        long due = runningInBincheng("评估待评");
        long young = fixtures.project(
                "评估新项目",
                CharityEvaluationFixtures.BINCHENG,
                "RUNNING",
                Quarter.of(today).firstDay());
        mvc.perform(get(EVALUATIONS).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("id=\"overdue-" + due + "\"")))
                .andExpect(content().string(not(containsString("id=\"overdue-" + young + "\""))));
        fixtures.evaluation(due, last.year(), last.quarter(), 10, 10, 10, 10, 10);
        mvc.perform(get(EVALUATIONS).with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("id=\"overdue-" + due + "\""))));
    }

    @Test
    void theListFiltersByGradeAndSortsByScore() throws Exception {
        long project = runningInBincheng("评估筛选");
        long poor = fixtures.evaluation(project, 2025, 1, 10, 10, 10, 10, 10);
        long fine = fixtures.evaluation(project, 2025, 2, 20, 30, 25, 15, 10);
        mvc.perform(get(EVALUATIONS)
                        .param("project", String.valueOf(project))
                        .param("grade", "FAIL")
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("evaluation-" + poor)))
                .andExpect(content().string(not(containsString("evaluation-" + fine))));
        String sorted = mvc.perform(get(EVALUATIONS)
                        .param("project", String.valueOf(project))
                        .param("sort", "score")
                        .with(logins.as("bincheng")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sorted.indexOf("evaluation-" + fine)).isLessThan(sorted.indexOf("evaluation-" + poor));
        mvc.perform(get(EVALUATIONS + "/export")
                        .param("project", String.valueOf(project))
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
    }

    @Test
    void aCorrectionChangesTheScoresButNotTheQuarter() throws Exception {
        long project = runningInBincheng("评估修改");
        long id = fixtures.evaluation(project, last.year(), last.quarter(), 10, 10, 10, 10, 10);
        Map<String, String> form = valid(project);
        form.put("managementScore", "20");
        mvc.perform(submit(EVALUATIONS + "/" + id, form).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select total_score from charity.evaluations where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(92);
        assertThat(fixtures.audited("charity.evaluation.update", String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void anotherCountysEvaluationIsNotFoundAndCannotBeRecordedForItsProject() throws Exception {
        long zhanhua = fixtures.project("评估沾化", CharityEvaluationFixtures.ZHANHUA, "RUNNING", today.minusYears(1));
        long id = fixtures.evaluation(zhanhua, 2025, 3, 15, 20, 20, 10, 8);
        mvc.perform(get(EVALUATIONS + "/" + id).with(logins.as("bincheng"))).andExpect(status().isNotFound());
        mvc.perform(get(EVALUATIONS + "/" + id).with(logins.as("zhanhua"))).andExpect(status().isOk());
        mvc.perform(get(EVALUATIONS).with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("evaluation-" + id))));
        mvc.perform(submit(EVALUATIONS, valid(zhanhua)).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(submit(EVALUATIONS + "/" + id, valid(zhanhua)).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        assertThat(fixtures.evaluationsOf(zhanhua)).isEqualTo(1);
    }

    @Test
    void townshipReviewersSeeButCannotChangeAndVillageAssistantsAndAuditorsAreRefused() throws Exception {
        long project = runningInBincheng("评估角色");
        long id = fixtures.evaluation(project, 2025, 4, 15, 20, 20, 10, 8);
        mvc.perform(get(EVALUATIONS + "/" + id).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-evaluation\""))));
        mvc.perform(submit(EVALUATIONS, valid(project)).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(submit(EVALUATIONS, valid(project)).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get(EVALUATIONS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(EVALUATIONS + "/new").with(logins.as("auditor"))).andExpect(status().isForbidden());
        assertThat(fixtures.evaluationsOf(project)).isEqualTo(1);
    }
}
