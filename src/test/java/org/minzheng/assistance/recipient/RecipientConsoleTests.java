package org.minzheng.assistance.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.assistance.recipient.RecipientFixtures.aDibaoCouple;
import static org.minzheng.assistance.recipient.RecipientFixtures.thisMonth;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Households;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The recipients pages: data scope, permissions, the county's decisions with their history, messages and refusals. */
@IntegrationTest
@Transactional
class RecipientConsoleTests {

    static final String BASE = "/console/assistance/recipients";
    static final DataScope BINCHENG = new DataScope(RegionCode.of("371602"));

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Households households;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegistryHouseholdPageListsTheAssistanceTheHouseholdReceives() throws Exception {
        Enrolment enrolment = aDibaoCouple("登记簿测试");
        long id = enrol(enrolment);
        long household = jdbc.sql("select household_id from assistance.recipients where id = ?")
                .param(id)
                .query(Long.class)
                .single();

        mvc.perform(get("/console/registry/households/" + household).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("享受救助")))
                .andExpect(content().string(containsString("最低生活保障")))
                .andExpect(content().string(containsString("¥1,200.00")))
                .andExpect(content().string(containsString("/console/assistance/recipients/" + id)));
    }

    @Test
    void anotherTownshipNeitherListsNorOpensTheRecipient() throws Exception {
        Enrolment enrolment = aDibaoCouple("范围测试甲");
        long id = enrol(enrolment);

        mvc.perform(get(BASE).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("范围测试甲")));
        mvc.perform(get(BASE + "/" + id).with(logins.as("cunwei"))).andExpect(status().isOk());
        mvc.perform(get(BASE).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("范围测试甲"))));
        mvc.perform(get(BASE + "/" + id).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/" + id + "/review")
                        .param("version", "0")
                        .param("outcome", "UNCHANGED")
                        .param("cycle", "YEARLY")
                        .param("note", "入户复核")
                        .with(csrf())
                        .with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/export").with(logins.as("pengli"))).andExpect(status().isOk());
        assertThat(events(id)).containsExactly("ENROLLED");
    }

    @Test
    void detailShowsTheMaskedPhoneTheAmountInYuanAndLinksToCaseAndHousehold() throws Exception {
        Enrolment enrolment = aDibaoCouple("详情测试");
        long id = enrol(enrolment);
        HouseholdId household = households
                .findByIdNumber(enrolment.head().idNumber(), BINCHENG)
                .orElseThrow()
                .id();
        String phone = enrolment.phone().value();

        mvc.perform(get(BASE + "/" + id).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(phone.substring(0, 3) + "****" + phone.substring(7))))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(containsString("¥1,200.00")))
                .andExpect(content().string(containsString("里则街道")))
                .andExpect(content()
                        .string(containsString("/console/assistance/cases/"
                                + enrolment.caseNumber().value())))
                .andExpect(content().string(containsString("/console/registry/households/" + household.value())))
                .andExpect(content().string(containsString("amount-form")));
    }

    @Test
    void countyReducesTheAmountWithHistoryAuditAndAMessageGivingTheReason() throws Exception {
        Enrolment enrolment = aDibaoCouple("减发测试");
        long id = enrol(enrolment);
        String month = thisMonth().plusMonths(1).toString();

        mvc.perform(post(BASE + "/" + id + "/amount")
                        .param("version", "0")
                        .param("amount", "900.50")
                        .param("effectiveMonth", month)
                        .param("reason", "子女就业，家庭收入增加")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(redirectedUrl(BASE + "/" + id))
                .andExpect(flash().attribute("flashSuccess", "救助金额已调整"));

        Map<String, Object> row = recipient(id);
        assertThat(row).containsEntry("amount_fen", 90_050L).containsEntry("version", 1L);
        Map<String, Object> change = lastEvent(id);
        assertThat(change)
                .containsEntry("event", "AMOUNT_CHANGED")
                .containsEntry("actor", "bincheng")
                .containsEntry("amount_before_fen", 120_000L)
                .containsEntry("amount_after_fen", 90_050L)
                .containsEntry("note", "子女就业，家庭收入增加");
        assertThat(change.get("effective_month").toString()).isEqualTo(month + "-01");
        assertThat(audited("assistance.recipient.change", enrolment)).isEqualTo(1);
        assertThat(messages(enrolment)).singleElement().satisfies(text -> assertThat(text)
                .contains("最低生活保障", "900.50", "子女就业，家庭收入增加"));
        mvc.perform(get(BASE + "/" + id).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("¥1,200.00")))
                .andExpect(content().string(containsString("¥900.50")))
                .andExpect(content().string(containsString("子女就业，家庭收入增加")));
    }

    @Test
    void anIncreaseSendsNoMessage() throws Exception {
        Enrolment enrolment = aDibaoCouple("增发测试");
        long id = enrol(enrolment);

        mvc.perform(post(BASE + "/" + id + "/amount")
                        .param("version", "0")
                        .param("amount", "1,350")
                        .param("effectiveMonth", thisMonth().plusMonths(1).toString())
                        .param("reason", "新增重病成员")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));

        assertThat(recipient(id)).containsEntry("amount_fen", 135_000L);
        assertThat(messages(enrolment)).isEmpty();
    }

    @Test
    void countySuspendsResumesAndEndsTheBenefitAndTheHouseholdLeavesTheCategory() throws Exception {
        Enrolment enrolment = aDibaoCouple("停发测试");
        long id = enrol(enrolment);
        String next = thisMonth().plusMonths(1).toString();

        mvc.perform(post(BASE + "/" + id + "/suspend")
                        .param("version", "0")
                        .param("effectiveMonth", next)
                        .param("reason", "外出务工，待核实收入")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashSuccess", "已暂停发放"));
        assertThat(recipient(id)).containsEntry("status", "SUSPENDED");
        assertThat(recipient(id).get("suspended_from").toString()).isEqualTo(next + "-01");

        mvc.perform(post(BASE + "/" + id + "/resume")
                        .param("version", "1")
                        .param("effectiveMonth", thisMonth().plusMonths(2).toString())
                        .param("note", "收入核实无变化")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashSuccess", "已恢复发放"));
        assertThat(recipient(id)).containsEntry("status", "ACTIVE").containsEntry("suspended_from", null);

        mvc.perform(post(BASE + "/" + id + "/exit")
                        .param("version", "2")
                        .param("reason", "DEATH")
                        .param("note", "")
                        .param("effectiveMonth", thisMonth().plusMonths(3).toString())
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashSuccess", "已终止救助"));

        Map<String, Object> row = recipient(id);
        assertThat(row)
                .containsEntry("status", "ENDED")
                .containsEntry("exit_reason", "DEATH")
                .containsEntry("next_review_due", null);
        assertThat(row.get("end_month").toString())
                .isEqualTo(thisMonth().plusMonths(2).atDay(1).toString());
        assertThat(events(id)).containsExactly("ENROLLED", "SUSPENDED", "RESUMED", "EXITED");
        assertThat(households
                        .findByIdNumber(enrolment.head().idNumber(), BINCHENG)
                        .orElseThrow()
                        .categories())
                .doesNotContain(HouseholdCategory.DIBAO);
        assertThat(messages(enrolment))
                .hasSize(2)
                .anySatisfy(text -> assertThat(text).contains("暂停发放", "外出务工，待核实收入"))
                .anySatisfy(text -> assertThat(text).contains("停止发放", "本人死亡"));
        for (String verb : List.of("suspend", "resume", "exit")) {
            assertThat(audited("assistance.recipient." + verb, enrolment)).isEqualTo(1);
        }
        mvc.perform(get(BASE + "/" + id).with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("exit-form"))))
                .andExpect(content().string(containsString("本人死亡")));
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() throws Exception {
        Enrolment enrolment = aDibaoCouple("并发测试");
        long id = enrol(enrolment);

        for (String action : List.of("amount", "suspend", "exit")) {
            mvc.perform(post(BASE + "/" + id + "/" + action)
                            .param("version", "7")
                            .param("amount", "800")
                            .param("reason", action.equals("exit") ? "DEATH" : "核实")
                            .param("effectiveMonth", thisMonth().plusMonths(1).toString())
                            .with(csrf())
                            .with(logins.as("bincheng")))
                    .andExpect(redirectedUrl(BASE + "/" + id))
                    .andExpect(flash().attribute("flashError", "已被他人修改，请刷新后重试"));
        }

        assertThat(recipient(id))
                .containsEntry("status", "ACTIVE")
                .containsEntry("amount_fen", RecipientFixtures.AMOUNT_FEN)
                .containsEntry("version", 0L);
        assertThat(events(id)).containsExactly("ENROLLED");
        assertThat(messages(enrolment)).isEmpty();
    }

    @Test
    void badAmountsReasonsAndMonthsAreRefusedAtTheFormAndStoreNothing() throws Exception {
        Enrolment enrolment = aDibaoCouple("输入测试");
        long id = enrol(enrolment);
        String next = thisMonth().plusMonths(1).toString();
        List<List<String>> bad = List.of(
                List.of("800", next, ""),
                List.of("-5", next, "核实"),
                List.of("99999999", next, "核实"),
                List.of("八百", next, "核实"),
                List.of("800.123", next, "核实"),
                List.of("800", next, "<script>alert(1)</script>"),
                List.of("800", next, "很".repeat(201)),
                List.of("800", "2026-13", "核实"),
                List.of("800", "下个月", "核实"),
                List.of("800", thisMonth().plusMonths(13).toString(), "核实"),
                List.of("800", enrolment.startMonth().minusMonths(1).toString(), "核实"),
                List.of("1200", next, "核实"));

        for (List<String> input : bad) {
            mvc.perform(post(BASE + "/" + id + "/amount")
                            .param("version", "0")
                            .param("amount", input.get(0))
                            .param("effectiveMonth", input.get(1))
                            .param("reason", input.get(2))
                            .with(csrf())
                            .with(logins.as("bincheng")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("field-error")))
                    .andExpect(content().string(not(containsString("<script>alert"))));
        }
        mvc.perform(post(BASE + "/" + id + "/suspend")
                        .param("version", "0")
                        .param("effectiveMonth", next)
                        .param("reason", " ")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        mvc.perform(post(BASE + "/" + id + "/exit")
                        .param("version", "0")
                        .param("reason", "")
                        .param("effectiveMonth", next)
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择终止原因")));
        mvc.perform(post(BASE + "/" + id + "/exit")
                        .param("version", "0")
                        .param("reason", "OTHER")
                        .param("note", "")
                        .param("effectiveMonth", next)
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("终止原因为“其他”时请填写补充说明")));

        assertThat(recipient(id))
                .containsEntry("status", "ACTIVE")
                .containsEntry("amount_fen", RecipientFixtures.AMOUNT_FEN)
                .containsEntry("version", 0L);
        assertThat(events(id)).containsExactly("ENROLLED");
        assertThat(messages(enrolment)).isEmpty();
    }

    @Test
    void onlyTheCountyDecidesAndTheAuditorOnlyReads() throws Exception {
        Enrolment enrolment = aDibaoCouple("权限测试");
        long id = enrol(enrolment);
        String next = thisMonth().plusMonths(1).toString();

        mvc.perform(get(BASE + "/" + id).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("amount-form"))))
                .andExpect(content().string(not(containsString("review-link"))));
        mvc.perform(post(BASE + "/" + id + "/amount")
                        .param("version", "0")
                        .param("amount", "800")
                        .param("effectiveMonth", next)
                        .param("reason", "核实")
                        .with(csrf())
                        .with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/exit")
                        .param("version", "0")
                        .param("reason", "DEATH")
                        .param("effectiveMonth", next)
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/review")
                        .param("version", "0")
                        .param("outcome", "EXITED")
                        .param("cycle", "YEARLY")
                        .param("note", "本人去世")
                        .param("exitReason", "DEATH")
                        .param("effectiveMonth", next)
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id + "/review").with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id + "/review").with(logins.as("auditor"))).andExpect(status().isForbidden());

        assertThat(recipient(id)).containsEntry("status", "ACTIVE").containsEntry("version", 0L);
        assertThat(events(id)).containsExactly("ENROLLED");
    }

    @Test
    void aTownshipReviewCompletesTheTaskSwitchesTheCycleAndSchedulesTheNextOne() throws Exception {
        Enrolment enrolment = aDibaoCouple("复核测试甲");
        long id = enrol(enrolment);
        jdbc.sql("update assistance.recipients set next_review_due = date '2020-01-01' where id = ?")
                .param(id)
                .update();

        mvc.perform(get(BASE + "/reviews").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("复核测试甲")));
        mvc.perform(get(BASE + "/reviews").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("复核测试甲"))));
        mvc.perform(get(BASE).param("review", "overdue").with(logins.as("lize")))
                .andExpect(content().string(containsString("复核测试甲")));
        mvc.perform(get("/console").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("复核任务")));
        mvc.perform(get(BASE + "/" + id + "/review").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("review-form")));

        mvc.perform(post(BASE + "/" + id + "/review")
                        .param("version", "0")
                        .param("outcome", "UNCHANGED")
                        .param("cycle", "HALF_YEARLY")
                        .param("note", "入户核实，家庭成员打零工，收入不稳定")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(redirectedUrl(BASE + "/" + id))
                .andExpect(flash().attributeExists("flashSuccess"));

        Map<String, Object> row = recipient(id);
        assertThat(row)
                .containsEntry("review_cycle", "HALF_YEARLY")
                .containsEntry("amount_fen", RecipientFixtures.AMOUNT_FEN)
                .containsEntry("status", "ACTIVE");
        assertThat(row.get("next_review_due").toString())
                .isEqualTo(thisMonth().plusMonths(6).atDay(1).toString());
        assertThat(lastEvent(id))
                .containsEntry("event", "REVIEWED")
                .containsEntry("reason_code", "UNCHANGED")
                .containsEntry("cycle_before", "YEARLY")
                .containsEntry("cycle_after", "HALF_YEARLY");
        assertThat(audited("assistance.recipient.review", enrolment)).isEqualTo(1);
        mvc.perform(get(BASE + "/reviews").with(logins.as("lize")))
                .andExpect(content().string(not(containsString("复核测试甲"))));
    }

    @Test
    void aCountyReviewThatChangesTheAmountAppliesTheChangeAndSchedulesByTheCycle() throws Exception {
        Enrolment enrolment = aDibaoCouple("复核测试乙");
        long id = enrol(enrolment);

        mvc.perform(post(BASE + "/" + id + "/review")
                        .param("version", "0")
                        .param("outcome", "AMOUNT_CHANGED")
                        .param("cycle", "YEARLY")
                        .param("note", "配偶领取养老金")
                        .param("amount", "650")
                        .param("effectiveMonth", thisMonth().plusMonths(1).toString())
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));

        Map<String, Object> row = recipient(id);
        assertThat(row).containsEntry("amount_fen", 65_000L).containsEntry("version", 2L);
        assertThat(row.get("next_review_due").toString())
                .isEqualTo(thisMonth().plusMonths(12).atDay(1).toString());
        assertThat(events(id)).containsExactly("ENROLLED", "AMOUNT_CHANGED", "REVIEWED");
        assertThat(messages(enrolment)).singleElement().satisfies(text -> assertThat(text)
                .contains("650.00", "配偶领取养老金"));
    }

    @Test
    void aReviewWithoutNoteOrWithAChangeLackingItsAmountIsRefused() throws Exception {
        Enrolment enrolment = aDibaoCouple("复核测试丙");
        long id = enrol(enrolment);

        mvc.perform(post(BASE + "/" + id + "/review")
                        .param("version", "0")
                        .param("outcome", "UNCHANGED")
                        .param("cycle", "YEARLY")
                        .param("note", "<script>x</script>")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        mvc.perform(post(BASE + "/" + id + "/review")
                        .param("version", "0")
                        .param("outcome", "AMOUNT_CHANGED")
                        .param("cycle", "YEARLY")
                        .param("note", "收入变化")
                        .param("amount", "")
                        .param("effectiveMonth", "")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写正确的月份")));
        mvc.perform(post(BASE + "/" + id + "/review")
                        .param("version", "0")
                        .param("cycle", "YEARLY")
                        .param("note", "收入变化")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择复核结果")));

        assertThat(recipient(id)).containsEntry("version", 0L);
        assertThat(events(id)).containsExactly("ENROLLED");
    }

    @Test
    void theListFiltersSortsExportsAndSaysWhenNothingMatches() throws Exception {
        Enrolment first = aDibaoCouple("筛选测试甲");
        long firstId = enrol(first);
        enrol(aDibaoCouple("筛选测试乙"));
        jdbc.sql("update assistance.recipients set amount_fen = 50000 where id = ?")
                .param(firstId)
                .update();

        String page = mvc.perform(get(BASE)
                        .param("name", "筛选测试")
                        .param("sort", "amount")
                        .param("dir", "asc")
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("筛选测试甲")).isPositive().isLessThan(page.indexOf("筛选测试乙"));
        mvc.perform(get(BASE).param("name", "筛选测试").param("status", "SUSPENDED").with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("筛选测试甲"))))
                .andExpect(content().string(containsString("没有符合条件的救助对象")));
        mvc.perform(get(BASE).param("programme", "TEKUN").param("name", "筛选测试").with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("筛选测试乙"))));
        mvc.perform(get(BASE).param("name", "%").param("sort", "drop table").with(logins.as("bincheng")))
                .andExpect(status().isOk());
        mvc.perform(get(BASE + "/export").param("name", "筛选测试").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private long enrol(Enrolment enrolment) {
        enrolments.enrol(enrolment);
        return jdbc.sql("select id from assistance.recipients where case_number = ?")
                .param(enrolment.caseNumber().value())
                .query(Long.class)
                .single();
    }

    private Map<String, Object> recipient(long id) {
        return jdbc.sql("select * from assistance.recipients where id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private Map<String, Object> lastEvent(long id) {
        return jdbc.sql("select * from assistance.recipient_events where recipient_id = ? order by id desc limit 1")
                .param(id)
                .query()
                .singleRow();
    }

    private List<String> events(long id) {
        return jdbc.sql("select event from assistance.recipient_events where recipient_id = ? order by id")
                .param(id)
                .query(String.class)
                .list();
    }

    private List<String> messages(Enrolment enrolment) {
        return jdbc.sql("select text from notification.sms_outbox where reference = ? order by id")
                .param(enrolment.caseNumber().value())
                .query(String.class)
                .list();
    }

    private long audited(String action, Enrolment enrolment) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = ? and target_id = ?")
                .param(action)
                .param(enrolment.caseNumber().value())
                .query(Long.class)
                .single();
    }
}
