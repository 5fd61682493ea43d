package org.minzheng.policy.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.policy.Question;
import org.minzheng.policy.SelfCheck;
import org.minzheng.policy.SelfCheckResult;
import org.minzheng.policy.SelfCheckResult.Finding;
import org.minzheng.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-check for sample households, with three test policies of our own (rolled back after each
 * test) and the demo local standards of 滨城区 (urban 低保 1,030 yuan, rural 820 yuan).
 */
@IntegrationTest
@Transactional
class SelfCheckTests {

    static final RegionCode VILLAGE = RegionCode.of("371602012201");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Autowired
    SelfCheck selfCheck;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void threeTestPolicies() {
        policy(
                "ZT-DIBAO",
                "household.income_per_capita < local.dibao && household.assets_per_capita <= local.asset_limit");
        policy("ZT-AGED", "person.age >= local.allowance_age && 'dibao' in household.categories");
        policy("ZT-CHILD", "person.age < 18 && (person.orphan || person.unsupported_child)");
        policy("ZT-NORULE", null);
    }

    @Test
    void asksOnlyWhatTheRulesRead() {
        List<String> asked =
                selfCheck.questions(TODAY).stream().map(Question::attribute).toList();
        assertThat(asked)
                .contains(
                        "household.income_per_capita",
                        "household.assets_per_capita",
                        "household.categories",
                        "person.age",
                        "person.hukou",
                        "person.orphan")
                .doesNotContain("local.dibao", "local.asset_limit")
                .doesNotHaveDuplicates();
        assertThat(asked.indexOf("household.income_per_capita")).isLessThan(asked.indexOf("person.age"));
    }

    @Test
    void theKeyQuestionsAreThoseMostRulesRead() {
        List<Question> all = selfCheck.questions(TODAY);
        List<Question> key = selfCheck.keyQuestions(TODAY, 5);
        assertThat(key).hasSize(5);
        assertThat(all).containsSubsequence(key);
        assertThat(key).extracting(Question::attribute).contains("person.age");
        assertThat(selfCheck.keyQuestions(TODAY, 1000)).hasSameSizeAs(all);
    }

    @Test
    void anEightyFiveYearOldRuralDibaoRecipientQualifiesForTheAllowance() {
        SelfCheckResult result = check(Map.of(
                "person.age", "85",
                "person.hukou", "rural",
                "household.categories", "dibao",
                "household.income_per_capita", "600",
                "household.assets_per_capita", "5000"));
        assertThat(codes(result.likely())).contains("ZT-DIBAO", "ZT-AGED");
        assertThat(codes(result.unlikely())).contains("ZT-CHILD");
    }

    @Test
    void anUrbanFamilyAboveTheRuralButBelowTheUrbanStandardQualifies() {
        SelfCheckResult urban = check(Map.of(
                "person.hukou", "urban", "household.income_per_capita", "900", "household.assets_per_capita", "100"));
        SelfCheckResult rural = check(Map.of(
                "person.hukou", "rural", "household.income_per_capita", "900", "household.assets_per_capita", "100"));
        assertThat(codes(urban.likely())).contains("ZT-DIBAO");
        assertThat(codes(rural.unlikely())).contains("ZT-DIBAO");
    }

    @Test
    void whatIsNotAnsweredIsAskedForNotTakenAsNo() {
        SelfCheckResult result = check(Map.of("household.income_per_capita", "600", "person.age", "10"));
        Finding dibao = finding(result.needMoreFacts(), "ZT-DIBAO").orElseThrow();
        assertThat(dibao.missing()).containsExactly("household.assets_per_capita", "person.hukou");
        Finding child = finding(result.needMoreFacts(), "ZT-CHILD").orElseThrow();
        assertThat(child.missing()).containsExactly("person.orphan", "person.unsupported_child");
        assertThat(codes(result.unlikely())).contains("ZT-AGED");
    }

    @Test
    void dontKnowIsUnknown() {
        SelfCheckResult result =
                check(Map.of("person.age", "12", "person.orphan", "unknown", "person.unsupported_child", ""));
        assertThat(codes(result.needMoreFacts())).contains("ZT-CHILD");
        SelfCheckResult no = check(Map.of("person.age", "12", "person.orphan", "no", "person.unsupported_child", "no"));
        assertThat(codes(no.unlikely())).contains("ZT-CHILD");
    }

    @Test
    void noneOfTheCategoriesIsAnAnswer() {
        SelfCheckResult result = check(Map.of("person.age", "90", "household.categories", "none"));
        assertThat(codes(result.unlikely())).contains("ZT-AGED");
    }

    @Test
    void policiesWithoutARuleGoToTheDepartment() {
        SelfCheckResult result = check(Map.of());
        assertThat(result.askDepartment()).extracting(policy -> policy.code()).contains("ZT-NORULE");
    }

    @Test
    void unreadableAnswersAreReportedAndNothingIsJudged() {
        SelfCheckResult result = check(Map.of(
                "person.age", "abc",
                "household.income_per_capita", "-5",
                "person.hukou", "martian",
                "household.categories", "dibao"));
        assertThat(result.problems())
                .containsEntry("person.age", "selfcheck.problem.number")
                .containsEntry("household.income_per_capita", "selfcheck.problem.amount")
                .containsEntry("person.hukou", "selfcheck.problem.option");
        assertThat(result.likely()).isEmpty();
        assertThat(result.needMoreFacts()).isEmpty();
        SelfCheckResult tooOld = check(Map.of("person.age", "300"));
        assertThat(tooOld.problems()).containsEntry("person.age", "selfcheck.problem.range");
    }

    @Test
    void noneTogetherWithACategoryIsRefused() {
        Map<String, List<String>> answers = new HashMap<>();
        answers.put("household.categories", List.of("none", "dibao"));
        assertThat(selfCheck.check(VILLAGE, TODAY, answers).problems()).containsKey("household.categories");
    }

    private SelfCheckResult check(Map<String, String> answers) {
        Map<String, List<String>> given = new HashMap<>();
        answers.forEach((key, value) -> given.put(key, List.of(value)));
        return selfCheck.check(VILLAGE, TODAY, given);
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(finding -> finding.policy().code()).toList();
    }

    private static Optional<Finding> finding(List<Finding> findings, String code) {
        return findings.stream()
                .filter(finding -> finding.policy().code().equals(code))
                .findFirst();
    }

    private void policy(String code, String rule) {
        Long id = jdbc.queryForObject(
                "insert into policy.policies (code, department_code) values (?, 'civil-affairs') returning id",
                Long.class,
                code);
        jdbc.update("""
                insert into policy.policy_versions (policy_id, version, name, category, target_group, conditions,
                    standard, how_to_apply, where_to_apply, phone, legal_basis, effective_from, rule, changed_by)
                values (?, 1, ?, 'SUBSISTENCE', 'HOUSEHOLD', '测试条件', '测试标准', '测试办理方式', '乡镇便民服务中心',
                    '0543-3000000', '测试依据', date '2022-01-01', ?, 'test')""", id, "测试政策 " + code, rule);
    }
}
