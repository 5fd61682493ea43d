package org.minzheng.policy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * 监测预警规则 in the console: who reads and who writes, rules checked on save with the problem at the
 * field, versions and switches audited, and bad input that stores nothing.
 */
@IntegrationTest
@Transactional
class MonitoringRuleConsoleTests {

    static final String BASE = "/console/policy/monitoring-rules";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListShowsTheBuiltInRulesReadAloudWithTheirLevels() throws Exception {
        Document page = page(BASE + "?status=active", "admin");

        assertThat(page.select("#monitoring-rules tbody tr").eachAttr("data-code"))
                .contains(
                        "MEDICAL-SPENDING",
                        "MEMBER-DEATH",
                        "SEVERE-DISABILITY",
                        "INCOME-ABOVE-LINE",
                        "VEHICLE-PROPERTY");
        assertThat(page.select("tr[data-code=MEMBER-DEATH] td").eachText())
                .contains("红色", "10 天", "是", "已启用")
                .anySatisfy(text -> assertThat(text).contains("已去世"));
        assertThat(page.select("#new-rule")).hasSize(1);
        assertThat(page.select("#run-now")).hasSize(1);
    }

    @Test
    void countiesTownshipsAndAuditorsReadTheRulesButCannotWriteThem() throws Exception {
        for (String user : List.of("bincheng", "pengli", "auditor")) {
            Document page = page(BASE, user);
            assertThat(page.select("#monitoring-rules tbody tr")).as(user).isNotEmpty();
            assertThat(page.select("#new-rule")).as(user).isEmpty();
            assertThat(page.select("#run-now")).as(user).isEmpty();
            long id = idOf("MEMBER-DEATH");
            assertThat(page(BASE + "/" + id, user).select("#edit-rule"))
                    .as(user)
                    .isEmpty();
        }
    }

    @Test
    void wrongRolesAreRefused() throws Exception {
        long id = idOf("MEMBER-DEATH");
        mvc.perform(get(BASE).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/new").with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(post(BASE)
                        .params(newRule(uniqueCode(), "县级不能新增"))
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/deactivate").with(csrf()).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/run").with(csrf()).with(logins.as("auditor"))).andExpect(status().isForbidden());
        assertThat(active("MEMBER-DEATH")).isTrue();
        assertThat(count("县级不能新增")).isZero();
    }

    @Test
    void administratorCreatesARuleThatIsReadAloudAndAudited() throws Exception {
        String code = uniqueCode();

        create(newRule(code, "失业登记的低保成员"))
                .andExpect(flash().attribute("flashSuccess", "已新增监测规则 " + code + "（失业登记的低保成员）。"));

        long id = idOf(code);
        assertThat(jdbc.sql("""
                        select level || '|' || days_to_act || '|' || stop_payment || '|' || rule || '|' || changed_by
                        from policy.monitoring_rule_versions where rule_id = :id
                        """).param("id", id).query(String.class).single())
                .isEqualTo("YELLOW|20|false|person.registered_unemployed && 'dibao' in household.categories|admin");
        assertThat(active(code)).isTrue();
        assertThat(auditTrail(code)).containsExactly("policy.monitoring.create");
        Document show = page(BASE + "/" + id, "admin");
        assertThat(show.select(".rule-reading").text()).isEqualTo("登记失业，并且家庭类别包括「低保家庭」");
        assertThat(show.select("#rule-scope").text()).isEqualTo("按人（逐个成员检查）");
    }

    @Test
    void anEditBecomesTheNextVersionAndTheFirstStaysReadable() throws Exception {
        String code = uniqueCode();
        create(newRule(code, "旧名称"));
        long id = idOf(code);
        MultiValueMap<String, String> form = newRule("", "新名称");
        form.set("rule", "person.registered_unemployed && 'tekun' in household.categories");
        form.add("changeNote", "扩大到特困");
        form.add("baseVersion", "1");

        mvc.perform(post(BASE + "/" + id).params(form).with(csrf()).with(logins.as("admin")))
                .andExpect(redirectedUrl(BASE + "/" + id))
                .andExpect(flash().attribute("flashSuccess", "已保存监测规则 " + code + " 的第 2 版。"));

        assertThat(page(BASE + "/" + id, "admin").select("h1").text()).contains("新名称");
        Document first = page(BASE + "/" + id + "/versions/1", "admin");
        assertThat(first.select("#rule-source").text()).contains("'dibao'");
        assertThat(first.select("#old-version")).hasSize(1);
        assertThat(auditTrail(code)).containsExactly("policy.monitoring.create", "policy.monitoring.edit");

        MultiValueMap<String, String> stale = newRule("", "迟到的修改");
        stale.add("changeNote", "基于旧版本");
        stale.add("baseVersion", "1");
        mvc.perform(post(BASE + "/" + id).params(stale).with(csrf()).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这条规则已被他人修改")));
        assertThat(count("迟到的修改")).isZero();
    }

    @Test
    void switchingARuleOffAndOnIsAuditedAndShownInItsHistory() throws Exception {
        String code = uniqueCode();
        create(newRule(code, "可启停的规则"));
        long id = idOf(code);

        mvc.perform(post(BASE + "/" + id + "/deactivate").with(csrf()).with(logins.as("admin")))
                .andExpect(flash().attribute("flashSuccess", "已停用监测规则 " + code + "。"));
        assertThat(active(code)).isFalse();
        mvc.perform(post(BASE + "/" + id + "/deactivate").with(csrf()).with(logins.as("admin")))
                .andExpect(flash().attribute("flashError", "监测规则 " + code + " 已经是这个状态。"));
        mvc.perform(post(BASE + "/" + id + "/activate").with(csrf()).with(logins.as("admin")))
                .andExpect(flash().attribute("flashSuccess", "已启用监测规则 " + code + "。"));

        assertThat(active(code)).isTrue();
        assertThat(auditTrail(code))
                .containsExactly(
                        "policy.monitoring.create", "policy.monitoring.deactivate", "policy.monitoring.activate");
        assertThat(page(BASE + "/" + id, "admin").select("#changes tbody tr").eachText())
                .hasSize(3)
                .anySatisfy(row -> assertThat(row).contains("停用规则"))
                .anySatisfy(row -> assertThat(row).contains("启用规则"));
    }

    @Test
    void aRuleThatDoesNotTypeCheckIsRefusedWithItsPositionAndNothingIsStored() throws Exception {
        String code = uniqueCode();
        MultiValueMap<String, String> misspelt = newRule(code, "拼错字段");
        misspelt.set("rule", "person.decesed && 'dibao' in household.categories");

        Document page = Jsoup.parse(create(misspelt)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("ruleForm", "rule"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#rule-error").text()).isEqualTo("规则第 1 行第 7 列：没有「decesed」这个字段，请对照下面\"规则可以使用的字段\"检查拼写。");
        assertThat(count("拼错字段")).isZero();
    }

    @Test
    void aRuleThatIsNotYesOrNoIsRefused() throws Exception {
        MultiValueMap<String, String> number = newRule(uniqueCode(), "不是判断");
        number.set("rule", "person.medical_expense_yearly * 2.0");

        create(number)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("ruleForm", "rule"))
                .andExpect(content().string(containsString("现在算出来的是小数，请写成比较或判断。")));
        MultiValueMap<String, String> mismatch = newRule(uniqueCode(), "类型不符");
        mismatch.set("rule", "person.vehicles > 0.5");
        create(mismatch).andExpect(content().string(containsString("「&gt;」两边的类型对不上：左边是整数，右边是小数。")));

        assertThat(count("不是判断")).isZero();
        assertThat(count("类型不符")).isZero();
    }

    @Test
    void blankTooLongScriptAndBadNumbersAreRefusedAtTheirFields() throws Exception {
        MultiValueMap<String, String> blank = newRule("", "");
        blank.set("rule", " ");
        blank.set("level", "");
        blank.set("daysToAct", "");
        create(blank)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("ruleForm", "code", "name", "rule", "level", "daysToAct"));

        MultiValueMap<String, String> tooLong = newRule(uniqueCode(), "长".repeat(61));
        tooLong.set("rule", "person.vehicles > 0 || " + "person.vehicles > 0 || ".repeat(90) + "person.vehicles > 0");
        tooLong.set("note", "说".repeat(501));
        create(tooLong)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("ruleForm", "name", "rule", "note"));

        MultiValueMap<String, String> script = newRule(uniqueCode(), "<script>alert(1)</script>");
        script.set("rule", "<script>alert(1)</script>");
        script.set("note", "<script>alert(1)</script>");
        String html = create(script)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("ruleForm", "name", "rule", "note"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)</script>");

        MultiValueMap<String, String> days = newRule("lower-case", "坏的天数");
        days.set("daysToAct", "0");
        create(days).andExpect(model().attributeHasFieldErrors("ruleForm", "code", "daysToAct"));
        days.set("daysToAct", "很多");
        create(days).andExpect(model().attributeHasFieldErrors("ruleForm", "daysToAct"));

        assertThat(count("长".repeat(61))).isZero();
        assertThat(count("<script>alert(1)</script>")).isZero();
        assertThat(count("坏的天数")).isZero();
    }

    @Test
    void aTakenCodeIsRefusedAndTheFirstRuleIsUntouched() throws Exception {
        create(newRule("MEMBER-DEATH", "重复的编码"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("编码 MEMBER-DEATH 已被使用")));

        assertThat(count("重复的编码")).isZero();
        assertThat(jdbc.sql("select count(*) from policy.monitoring_rule_versions where rule_id = :id")
                        .param("id", idOf("MEMBER-DEATH"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownRuleIsNotFound() throws Exception {
        mvc.perform(get(BASE + "/999999").with(logins.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + idOf("MEMBER-DEATH") + "/versions/99").with(logins.as("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theExportListsTheFilteredRules() throws Exception {
        mvc.perform(get(BASE + "/export?level=RED").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void everyPageReadsInEnglishWithoutAnUntranslatedKey() throws Exception {
        long id = idOf("INCOME-ABOVE-LINE");
        for (String path : List.of(
                BASE, BASE + "/" + id, BASE + "/" + id + "/versions/1", BASE + "/new", BASE + "/" + id + "/edit")) {
            String html = mvc.perform(get(path).param("lang", "en").with(logins.as("admin")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(path).doesNotContain("??");
        }
    }

    private ResultActions create(MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(post(BASE).params(form).with(csrf()).with(logins.as("admin")));
    }

    private Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long idOf(String code) {
        return jdbc.sql("select id from policy.monitoring_rules where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private boolean active(String code) {
        return jdbc.sql("select active from policy.monitoring_rules where code = :code")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    private long count(String name) {
        return jdbc.sql("select count(*) from policy.monitoring_rule_versions where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private List<String> auditTrail(String code) {
        return jdbc.sql("""
                        select action from audit.audit_entries where target_type = 'policy.monitoring_rule'
                        and target_id = :code order by id
                        """).param("code", code).query(String.class).list();
    }

    static String uniqueCode() {
        return "T" + (System.nanoTime() % 100_000) + "-" + SEQUENCE.incrementAndGet();
    }

    static MultiValueMap<String, String> newRule(String code, String name) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("code", code);
        form.add("name", name);
        form.add("level", "YELLOW");
        form.add("daysToAct", "20");
        form.add("rule", "person.registered_unemployed && 'dibao' in household.categories");
        form.add("note", "测试用规则");
        return form;
    }
}
