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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The home-visit page and the procedure forms through HTTP: input checks, conflicts, roles and regions. */
@IntegrationTest
@Transactional
class CaseProcedurePagesTests {

    static final String BASE = CaseController.BASE;
    static final DataScope LIZE = new DataScope(RegionCode.of("371602012"));

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    CaseService cases;

    @Autowired
    CaseHandling handling;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theVisitPageStartsWithTheApplicantAsHeadAndRecordsTheReveal() throws Exception {
        String id = freshIdNumber();
        CaseNumber number = acceptedCase(id);

        mvc.perform(get(visit(number)).with(logins.as("cunwei")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("入户调查与家庭经济状况核算")))
                .andExpect(content().string(containsString(id)))
                .andExpect(content().string(containsString("visit-draft.js")));
        assertThat(jdbc.sql(
                                "select count(*) from audit.audit_entries where action = 'pii.reveal.visit' and target_id = ?")
                        .param(number.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void savingComputesTheMeansTestLineByLine() throws Exception {
        String id = freshIdNumber();
        CaseNumber number = acceptedCase(id);

        mvc.perform(validVisit(number, id, "save", -1).with(logins.as("cunwei")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "已保存，核算结果已更新。"));

        mvc.perform(get(visit(number)).with(logins.as("cunwei")))
                .andExpect(content().string(containsString("人均月收入 = ¥500.00 ÷ 2人 = ¥250.00")))
                .andExpect(content().string(containsString("差额发放：(¥820.00 − ¥250.00) × 2人 = ¥1,140.00")))
                .andExpect(content().string(containsString("核算结论：符合条件，救助金额 ¥1,140.00")));
        mvc.perform(get(BASE + "/" + number.value()).with(logins.as("lize")))
                .andExpect(content().string(containsString("核算结论：符合条件")));
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsSaved() throws Exception {
        String id = freshIdNumber();
        CaseNumber number = acceptedCase(id);

        mvc.perform(validVisit(
                                number,
                                id,
                                "save",
                                -1,
                                Map.of(
                                        "members[1].idNumber", "371602195001011235",
                                        "incomes[0].amount", "六千元",
                                        "notes", "<script>alert(1)</script>",
                                        "visitedOn",
                                                LocalDate.now(CaseService.CHINA)
                                                        .plusDays(3)
                                                        .toString()))
                        .with(logins.as("cunwei")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("身份证号不正确")))
                .andExpect(content().string(containsString("请填写正确的金额")))
                .andExpect(content().string(containsString("不能包含尖括号等特殊符号")))
                .andExpect(content().string(containsString("调查日期不能晚于今天")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        assertThat(visitRows(number)).isZero();
    }

    @Test
    void aSaveOnAnOlderVersionIsAConflictThatKeepsTheTypedData() throws Exception {
        String id = freshIdNumber();
        CaseNumber number = acceptedCase(id);
        mvc.perform(validVisit(number, id, "save", -1).with(logins.as("cunwei")));

        mvc.perform(validVisit(number, id, "save", -1, Map.of("address", "另一位调查员填的地址"))
                        .with(logins.as("lize")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cunwei 已于")))
                .andExpect(content().string(containsString("您的修改没有保存")))
                .andExpect(content().string(containsString("另一位调查员填的地址")));
        assertThat(jdbc.sql("select document->>'address' from assistance.home_visits v join assistance.cases c"
                                + " on c.id = v.case_id where c.number = ?")
                        .param(number.value())
                        .query(String.class)
                        .single())
                .isEqualTo("里则街村3排5号");
    }

    @Test
    void addingALineWithoutJavaScriptKeepsWhatWasTyped() throws Exception {
        String id = freshIdNumber();
        CaseNumber number = acceptedCase(id);

        mvc.perform(validVisit(number, id, "addIncome", -1).with(logins.as("cunwei")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"incomes[1].amount\"")))
                .andExpect(content().string(containsString("儿子打零工")));
        assertThat(visitRows(number)).isZero();
    }

    @Test
    void completingWithOneInvestigatorIsRefusedWithAClearMessage() throws Exception {
        String id = freshIdNumber();
        CaseNumber number = acceptedCase(id);

        mvc.perform(validVisit(number, id, "complete", -1, Map.of("investigators", "张三"))
                        .with(logins.as("cunwei")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("入户调查须有至少2名调查人员")));
        assertThat(statusOf(number)).isEqualTo("ACCEPTED");
    }

    @Test
    void theVisitPageRefusesOtherRegionsAndRolesWithoutTheVisitPermission() throws Exception {
        String id = freshIdNumber();
        CaseNumber number = acceptedCase(id);

        mvc.perform(get(visit(number)).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(get(visit(number)).with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(visit(number)).with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(validVisit(number, id, "save", -1).with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        assertThat(visitRows(number)).isZero();
    }

    @Test
    void procedureFormsRefuseWrongRolesAndOtherRegions() throws Exception {
        CaseNumber number = acceptedCase(freshIdNumber());

        mvc.perform(post(BASE + "/" + number.value() + "/confirm")
                        .param("version", "1")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + number.value() + "/notice")
                        .param("version", "1")
                        .param("note", "拟纳入")
                        .with(csrf())
                        .with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + number.value() + "/refuse")
                        .param("version", "1")
                        .param("note", "不符合")
                        .with(csrf())
                        .with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/" + number.value() + "/advance")
                        .param("version", "1")
                        .param("amount", "500")
                        .param("hukouType", "RURAL")
                        .param("note", "急难")
                        .with(csrf())
                        .with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        assertThat(statusOf(number)).isEqualTo("ACCEPTED");
    }

    @Test
    void aNoticeBeforeTheVisitAndAnAdvanceForDibaoAreRefusedWithReasons() throws Exception {
        CaseNumber number = acceptedCase(freshIdNumber());

        mvc.perform(post(BASE + "/" + number.value() + "/advance")
                        .param("version", "1")
                        .param("amount", "500")
                        .param("hukouType", "RURAL")
                        .param("note", "急难")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attribute("flashError", "只有临时救助可以先行救助"));
        mvc.perform(post(BASE + "/" + number.value() + "/advance")
                        .param("version", "1")
                        .param("amount", "五百")
                        .param("hukouType", "RURAL")
                        .param("note", "急难")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attribute("flashError", "请填写正确的金额，例如 800 或 800.50。"));
        mvc.perform(post(BASE + "/" + number.value() + "/transfer")
                        .param("version", "1")
                        .param("village", "371602005001")
                        .param("note", "<b>x</b>")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attribute("flashError", "请选择转往的村（社区）并写明原因。"));
        assertThat(statusOf(number)).isEqualTo("ACCEPTED");
    }

    @Test
    void theNoticeNeedsTheTownshipsOpinionAndThenRunsSevenDays() throws Exception {
        String id = freshIdNumber();
        CaseNumber number = acceptedCase(id);
        mvc.perform(validVisit(number, id, "complete", -1).with(logins.as("cunwei")))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(BASE + "/" + number.value() + "/notice")
                        .param("version", "2")
                        .param("note", "  ")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attribute("flashError", "请填写初审意见。"));
        assertThat(statusOf(number)).isEqualTo("INVESTIGATED");

        mvc.perform(post(BASE + "/" + number.value() + "/notice")
                        .param("version", "2")
                        .param("note", "家庭人均收入低于低保标准，拟同意")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(flash().attribute("flashSuccess", "已发布公示，并短信告知申请人公示期。"));
        assertThat(statusOf(number)).isEqualTo("ON_NOTICE");
        mvc.perform(get(BASE + "/" + number.value()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("公示中")))
                .andExpect(content()
                        .string(containsString(
                                LocalDate.now(CaseService.CHINA).plusDays(6).toString())));
        mvc.perform(post(BASE + "/" + number.value() + "/confirm")
                        .param("version", "3")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", "公示期尚未结束，公示期满后方可审核确认"));
    }

    private CaseNumber acceptedCase(String id) {
        CaseNumber number = cases.submit(aDibaoCaseIn(LIZE_VILLAGE, id), freshKey());
        logins.signIn("lize");
        handling.accept(number, 0, LIZE, LocalDate.now(CaseService.CHINA));
        SecurityContextHolder.clearContext();
        return number;
    }

    /** A widow and her son (¥6,000 a year from odd jobs), ¥10,000 in the bank, seen by two. */
    private static MockHttpServletRequestBuilder validVisit(CaseNumber number, String id, String action, long version) {
        return validVisit(number, id, action, version, Map.of());
    }

    /** The valid visit with some fields replaced, each sent once. */
    private static MockHttpServletRequestBuilder validVisit(
            CaseNumber number, String id, String action, long version, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", action);
        fields.put("caseVersion", "1");
        fields.put("visitVersion", String.valueOf(version));
        fields.put("hukouType", "RURAL");
        fields.put("address", "里则街村3排5号");
        fields.put("visitedOn", LocalDate.now(CaseService.CHINA).toString());
        fields.put("investigators", "张三、李四");
        fields.put("members[0].name", "测试申请人");
        fields.put("members[0].idNumber", id);
        fields.put("members[0].relationship", "02");
        fields.put("members[0].workAbility", "NONE");
        fields.put("members[1].name", "测试儿子");
        fields.put("members[1].idNumber", freshIdNumber());
        fields.put("members[1].relationship", "20");
        fields.put("members[1].workAbility", "PARTIAL");
        fields.put("incomes[0].kind", "WAGES");
        fields.put("incomes[0].description", "儿子打零工");
        fields.put("incomes[0].amount", "6000");
        fields.put("assets[0].kind", "DEPOSIT");
        fields.put("assets[0].description", "银行存款");
        fields.put("assets[0].amount", "10,000");
        fields.put("neighbourhood", "邻居反映家庭困难属实");
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post(visit(number)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static String visit(CaseNumber number) {
        return BASE + "/" + number.value() + "/visit";
    }

    private long visitRows(CaseNumber number) {
        return jdbc.sql("select count(*) from assistance.home_visits v join assistance.cases c on c.id = v.case_id"
                        + " where c.number = ?")
                .param(number.value())
                .query(Long.class)
                .single();
    }

    private String statusOf(CaseNumber number) {
        return jdbc.sql("select status from assistance.cases where number = ?")
                .param(number.value())
                .query(String.class)
                .single();
    }
}
