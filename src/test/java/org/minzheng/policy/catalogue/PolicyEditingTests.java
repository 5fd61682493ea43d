package org.minzheng.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicySummary;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/** The city administrator writes the catalogue: create, edit as new versions, retire; and what is refused. */
@IntegrationTest
@Transactional
class PolicyEditingTests {

    static final String BASE = "/console/policy/policies";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PolicyRepository repository;

    @Autowired
    Policies policies;

    PolicyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PolicyFixtures(repository, jdbc);
    }

    @Test
    void administratorCreatesAPolicyWithARuleAndItIsAudited() throws Exception {
        String code = PolicyFixtures.uniqueCode();

        create(PolicyFixtures.newPolicy(code, "高龄津贴（测试）"))
                .andExpect(flash().attribute("flashSuccess", "已新增政策 " + code + "（高龄津贴（测试））。"));

        long id = fixtures.idOf(code);
        assertThat(fixtures.versionCount(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select rule || '|' || changed_by || '|' || (change_note is null) from policy.policy_versions where policy_id = ?",
                        String.class,
                        id))
                .isEqualTo("person.age >= 80|admin|true");
        assertThat(fixtures.auditTrail(code)).containsExactly("policy.policy.create 高龄津贴（测试）");
        assertThat(policies.inForce(id, LocalDate.now())).hasValueSatisfying(details -> {
            assertThat(details.code()).isEqualTo(code);
            assertThat(details.rule()).isEqualTo("person.age >= 80");
            assertThat(details.demo()).isFalse();
        });
        mvc.perform(get(BASE + "/" + id).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("高龄津贴（测试）")))
                .andExpect(content().string(containsString("person.age &gt;= 80")))
                .andExpect(content().string(containsString("id=\"edit-policy\"")))
                .andExpect(content().string(containsString("id=\"retire-policy\"")));
    }

    @Test
    void aPolicyWithoutRuleIsStoredWithNone() throws Exception {
        String code = PolicyFixtures.uniqueCode();
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy(code, "部门认定的政策");
        form.set("rule", "   ");

        create(form);

        long id = fixtures.idOf(code);
        assertThat(jdbc.queryForObject("select rule from policy.policy_versions where policy_id = ?", String.class, id))
                .isNull();
        assertThat(policies.inForce(LocalDate.now(), "部门认定的政策").stream()
                        .filter(summary -> summary.code().equals(code))
                        .map(PolicySummary::hasRule))
                .containsExactly(false);
    }

    @Test
    void anEditBecomesVersionTwoAndVersionOneStaysReadable() throws Exception {
        long id = fixtures.aPolicy("旧名称的政策");
        String code = jdbc.queryForObject("select code from policy.policies where id = ?", String.class, id);

        mvc.perform(get(BASE + "/" + id + "/edit").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"旧名称的政策\"")))
                .andExpect(content().string(containsString("name=\"baseVersion\" value=\"1\"")));
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy("", "新名称的政策");
        form.add("changeNote", "提高补贴标准");
        form.add("baseVersion", "1");
        edit(id, form)
                .andExpect(redirectedUrl(BASE + "/" + id))
                .andExpect(flash().attribute("flashSuccess", "已保存政策 " + code + " 的第 2 版。"));

        assertThat(fixtures.versionCount(id)).isEqualTo(2);
        assertThat(fixtures.name(id, 1)).isEqualTo("旧名称的政策");
        assertThat(fixtures.name(id, 2)).isEqualTo("新名称的政策");
        assertThat(jdbc.queryForObject("select code from policy.policies where id = ?", String.class, id))
                .as("the code is the policy's identity")
                .isEqualTo(code);
        assertThat(fixtures.auditTrail(code)).containsExactly("policy.policy.edit v2: 提高补贴标准");
        mvc.perform(get(BASE + "/" + id).with(logins.as("admin")))
                .andExpect(content().string(containsString("新名称的政策")))
                .andExpect(content().string(containsString("提高补贴标准")))
                .andExpect(content().string(containsString(BASE + "/" + id + "/versions/1")));
        mvc.perform(get(BASE + "/" + id + "/versions/1").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("旧名称的政策")))
                .andExpect(content().string(containsString("您正在查看第 1 版，当前为第 2 版。")))
                .andExpect(content().string(not(containsString("id=\"edit-policy\""))));
        assertThat(policies.inForce(id, LocalDate.now()).orElseThrow().name()).isEqualTo("新名称的政策");
    }

    @Test
    void anEditNeedsAChangeNoteAndStoresNothingWithout() throws Exception {
        long id = fixtures.aPolicy("需要修改说明");
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy("", "改了名称");
        form.add("changeNote", " ");
        form.add("baseVersion", "1");

        edit(id, form)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("policyForm", "changeNote", "NotBlank"))
                .andExpect(content().string(containsString("请写明这次改了什么、为什么改。")));

        assertThat(fixtures.versionCount(id)).isEqualTo(1);
        assertThat(fixtures.name(id, 1)).isEqualTo("需要修改说明");
    }

    @Test
    void anEditStartedBeforeSomeoneElsesIsRefused() throws Exception {
        long id = fixtures.aPolicy("两人同时修改");
        fixtures.addVersion(id, PolicyFixtures.content("别人先改了"), "别人的修改");
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy("", "我后改的");
        form.add("changeNote", "我的修改");
        form.add("baseVersion", "1");

        edit(id, form).andExpect(status().isOk()).andExpect(content().string(containsString("您编辑期间，这项政策已被他人修改或停用。")));

        assertThat(fixtures.versionCount(id)).isEqualTo(2);
        assertThat(fixtures.name(id, 2)).isEqualTo("别人先改了");
    }

    @Test
    void aMisspeltRuleIsRefusedWithItsLineAndColumnAndNothingIsStored() throws Exception {
        int before = fixtures.policyCount();
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy(PolicyFixtures.uniqueCode(), "规则有误");
        form.set("rule", "person.age >= 60 &&\r\n  person.agee < 70");

        create(form)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("policyForm", "rule", "policy.rule.problemAt"))
                .andExpect(content().string(containsString("第 2 行第 9 列：")))
                .andExpect(content().string(containsString("agee")))
                .andExpect(content().string(containsString("person.agee &lt; 70")));

        assertThat(fixtures.policyCount()).isEqualTo(before);
    }

    @Test
    void aRuleThatIsNoYesOrNoOrComparesNumbersWithTextIsRefused() throws Exception {
        int before = fixtures.policyCount();
        for (String rule :
                new String[] {"person.age + 1", "person.age >= '60'", "household.categories.exists(c, c == 'dibao')"}) {
            MultiValueMap<String, String> form = PolicyFixtures.newPolicy(PolicyFixtures.uniqueCode(), "规则有误");
            form.set("rule", rule);
            create(form).andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("policyForm", "rule"));
        }
        assertThat(fixtures.policyCount()).isEqualTo(before);
    }

    @Test
    void aWrongRuleInAnEditAddsNoVersion() throws Exception {
        long id = fixtures.aPolicy("规则修改");
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy("", "规则修改");
        form.set("rule", "person.agee >= 60");
        form.add("changeNote", "改规则");
        form.add("baseVersion", "1");

        edit(id, form).andExpect(status().isOk()).andExpect(content().string(containsString("第 1 行第 7 列：")));

        assertThat(fixtures.versionCount(id)).isEqualTo(1);
    }

    @Test
    void blankFieldsAreRefusedAndNothingIsStored() throws Exception {
        int before = fixtures.policyCount();
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy("", " ");
        form.replaceAll((field, values) -> field.equals("rule") ? values : java.util.List.of(""));

        create(form)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "policyForm",
                                "code",
                                "department",
                                "name",
                                "category",
                                "targetGroup",
                                "conditions",
                                "standard",
                                "howToApply",
                                "whereToApply",
                                "phone",
                                "legalBasis",
                                "effectiveFrom"))
                .andExpect(content().string(containsString("填写的内容有误")))
                .andExpect(content().string(containsString("请选择责任部门。")));

        assertThat(fixtures.policyCount()).isEqualTo(before);
    }

    @Test
    void tooLongValuesAreRefusedAndNothingIsStored() throws Exception {
        int before = fixtures.policyCount();
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy(PolicyFixtures.uniqueCode(), "名".repeat(81));
        form.set("conditions", "条".repeat(2001));
        form.set("whereToApply", "地".repeat(201));
        form.set("legalBasis", "依".repeat(1001));
        form.set("rule", "person.age >= 60 || ".repeat(100) + "true");

        create(form)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "policyForm", "name", "conditions", "whereToApply", "legalBasis", "rule"))
                .andExpect(content().string(containsString("最多 80 个字。")));

        assertThat(fixtures.policyCount()).isEqualTo(before);
    }

    @Test
    void scriptTagsAreRefusedAndNothingIsStored() throws Exception {
        int before = fixtures.policyCount();
        MultiValueMap<String, String> form =
                PolicyFixtures.newPolicy(PolicyFixtures.uniqueCode(), "<script>alert(1)</script>");
        form.set("conditions", "条件<script>alert(1)</script>");
        form.set("howToApply", "<img src=x onerror=alert(1)>");

        create(form)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("policyForm", "name", "conditions", "howToApply"))
                .andExpect(content().string(containsString("不能包含尖括号")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));

        assertThat(fixtures.policyCount()).isEqualTo(before);
    }

    @Test
    void aTakenCodeIsRefusedAndTheOtherPolicyIsUntouched() throws Exception {
        int before = fixtures.policyCount();

        create(PolicyFixtures.newPolicy("MZ-01", "另一个低保"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("policyForm", "code", "policy.validation.codeTaken"))
                .andExpect(content().string(containsString("编码“MZ-01”已被其他政策使用。")));

        assertThat(fixtures.policyCount()).isEqualTo(before);
        assertThat(fixtures.name(fixtures.idOf("MZ-01"), 1)).isEqualTo("城乡最低生活保障");
    }

    @Test
    void malformedCodesUnknownDepartmentsAndBadPhonesAreRefused() throws Exception {
        int before = fixtures.policyCount();
        for (String code : new String[] {"mz-01", "M", "MZ 01", "1MZ", "MZ_01", "A".repeat(21)}) {
            create(PolicyFixtures.newPolicy(code, "编码有误"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("policyForm", "code"));
        }
        MultiValueMap<String, String> unknownDepartment = PolicyFixtures.newPolicy(PolicyFixtures.uniqueCode(), "部门有误");
        unknownDepartment.set("department", "police");
        create(unknownDepartment).andExpect(model().attributeHasFieldErrors("policyForm", "department"));
        for (String phone : new String[] {"电话", "0543-123", "12", "1380000000", "0543-3186123、12345"}) {
            MultiValueMap<String, String> form = PolicyFixtures.newPolicy(PolicyFixtures.uniqueCode(), "电话有误");
            form.set("phone", phone);
            create(form)
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("policyForm", "phone"))
                    .andExpect(content().string(containsString("请填写一个咨询电话")));
        }
        assertThat(fixtures.policyCount()).isEqualTo(before);
    }

    @Test
    void anEndBeforeTheStartIsRefused() throws Exception {
        int before = fixtures.policyCount();
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy(PolicyFixtures.uniqueCode(), "日期有误");
        form.set("effectiveFrom", "2025-01-01");
        form.set("effectiveUntil", "2024-12-31");

        create(form)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "policyForm", "effectiveUntil", "policy.validation.untilBeforeFrom"))
                .andExpect(content().string(containsString("截止日期不能早于生效日期。")));
        form.set("effectiveUntil", "2025-13-45");
        create(form)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("policyForm", "effectiveUntil"))
                .andExpect(content().string(containsString("请填写正确的日期")));

        assertThat(fixtures.policyCount()).isEqualTo(before);
    }

    @Test
    void retiringNeedsAReasonThenTakesThePolicyOutOfTheCatalogueFromToday() throws Exception {
        long id = fixtures.aPolicy("将被停用的政策");
        String code = jdbc.queryForObject("select code from policy.policies where id = ?", String.class, id);
        LocalDate today = LocalDate.now();

        mvc.perform(post(BASE + "/" + id + "/retire")
                        .param("reason", " ")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("retireForm", "reason"))
                .andExpect(content().string(containsString("请填写停用原因。")));
        assertThat(policies.inForce(id, today)).isPresent();

        mvc.perform(post(BASE + "/" + id + "/retire")
                        .param("reason", "已并入城乡最低生活保障")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(redirectedUrl(BASE + "/" + id))
                .andExpect(flash().attribute("flashSuccess", "已停用政策 " + code + "。"));

        assertThat(policies.inForce(id, today)).isEmpty();
        assertThat(policies.inForce(today, "将被停用的政策"))
                .extracting(PolicySummary::code)
                .doesNotContain(code);
        assertThat(policies.rulesInForce(today))
                .noneMatch(rule -> rule.policy().code().equals(code));
        assertThat(policies.inForce(id, today.minusDays(1)))
                .as("what applied yesterday")
                .isPresent();
        assertThat(fixtures.auditTrail(code)).containsExactly("policy.policy.retire 已并入城乡最低生活保障");
        mvc.perform(get(BASE + "/" + id).with(logins.as("admin")))
                .andExpect(content().string(containsString("已并入城乡最低生活保障")))
                .andExpect(content().string(not(containsString("id=\"edit-policy\""))))
                .andExpect(content().string(not(containsString("id=\"retire-policy\""))));

        MultiValueMap<String, String> form = PolicyFixtures.newPolicy("", "停用后再改");
        form.add("changeNote", "不该成功");
        form.add("baseVersion", "1");
        edit(id, form)
                .andExpect(redirectedUrl(BASE + "/" + id))
                .andExpect(flash().attribute("flashError", "政策 " + code + " 已停用，不能再修改。"));
        assertThat(fixtures.versionCount(id)).isEqualTo(1);
    }

    @Test
    void aTownshipReviewerReadsTheCatalogueButMayNotChangeIt() throws Exception {
        long id = fixtures.aPolicy("只读的政策");
        int before = fixtures.policyCount();

        mvc.perform(get(BASE).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"new-policy\""))));
        mvc.perform(get(BASE + "/" + id).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只读的政策")))
                .andExpect(content().string(not(containsString("id=\"edit-policy\""))))
                .andExpect(content().string(not(containsString("id=\"retire-policy\""))));
        mvc.perform(get(BASE + "/new").with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id + "/edit").with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(post(BASE)
                        .params(PolicyFixtures.newPolicy(PolicyFixtures.uniqueCode(), "越权新增"))
                        .with(csrf())
                        .with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        MultiValueMap<String, String> form = PolicyFixtures.newPolicy("", "越权修改");
        form.add("changeNote", "越权");
        form.add("baseVersion", "1");
        mvc.perform(post(BASE + "/" + id).params(form).with(csrf()).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/retire")
                        .param("reason", "越权")
                        .with(csrf())
                        .with(logins.as("pengli")))
                .andExpect(status().isForbidden());

        assertThat(fixtures.policyCount()).isEqualTo(before);
        assertThat(fixtures.versionCount(id)).isEqualTo(1);
        assertThat(policies.inForce(id, LocalDate.now())).isPresent();
    }

    @Test
    void unknownPoliciesAndVersionsAnswerNotFound() throws Exception {
        long id = fixtures.aPolicy("只有一版");
        mvc.perform(get(BASE + "/999999999").with(logins.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + id + "/versions/2").with(logins.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/999999999/edit").with(logins.as("admin"))).andExpect(status().isNotFound());
    }

    private ResultActions create(MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(post(BASE).params(form).with(csrf()).with(logins.as("admin")));
    }

    private ResultActions edit(long id, MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(post(BASE + "/" + id).params(form).with(csrf()).with(logins.as("admin")));
    }
}
