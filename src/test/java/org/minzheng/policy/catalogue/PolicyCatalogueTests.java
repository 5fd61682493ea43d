package org.minzheng.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.policy.Department;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicyDetails;
import org.minzheng.policy.PolicyRule;
import org.minzheng.policy.PolicySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/** The {@link Policies} facade: what applies on a given day, in which version, and the demo catalogue. */
@IntegrationTest
@Transactional
class PolicyCatalogueTests {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Policies policies;

    @Autowired
    PolicyRepository repository;

    @Autowired
    PolicyEditor editor;

    @Autowired
    Validator validator;

    @Autowired
    JdbcTemplate jdbc;

    PolicyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PolicyFixtures(repository, jdbc);
    }

    @Test
    void theSeventeenDepartmentsComeInCatalogueOrder() {
        List<Department> departments = policies.departments();
        assertThat(departments).hasSize(17);
        assertThat(departments.get(0)).isEqualTo(new Department("civil-affairs", "民政局", "Civil Affairs Bureau"));
        assertThat(departments)
                .extracting(Department::nameZh)
                .containsSubsequence("民政局", "人力资源和社会保障局", "卫生健康委员会", "医疗保障局", "红十字会");
    }

    @Test
    void aPolicyAppliesOnlyBetweenItsDates() {
        String word = PolicyFixtures.uniqueWord();
        long id = fixtures.aPolicy(
                PolicyFixtures.uniqueCode(),
                "health",
                PolicyFixtures.content(word, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), "person.age >= 65"));

        assertThat(policies.inForce(id, LocalDate.of(2022, 12, 31))).isEmpty();
        assertThat(policies.inForce(id, LocalDate.of(2023, 1, 1))).isPresent();
        assertThat(policies.inForce(id, LocalDate.of(2024, 12, 31))).isPresent();
        assertThat(policies.inForce(id, LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(policies.inForce(LocalDate.of(2024, 6, 1), word)).hasSize(1);
        assertThat(policies.inForce(TODAY, word)).isEmpty();
        assertThat(policies.rulesInForce(TODAY)).noneMatch(rule -> rule.policy().id() == id);
    }

    @Test
    void eachDayReadsTheLatestVersionThatHasTakenEffectByThen() {
        String word = PolicyFixtures.uniqueWord();
        long id = fixtures.aPolicy(word + "第一版");
        fixtures.addVersion(
                id, PolicyFixtures.content(word + "第二版", LocalDate.of(2024, 1, 1), null, "person.age >= 70"), "新标准");
        fixtures.addVersion(
                id, PolicyFixtures.content(word + "第三版", TODAY.plusYears(1), null, "person.age >= 75"), "明年的标准");

        assertThat(policies.inForce(id, LocalDate.of(2023, 6, 1)).map(PolicyDetails::name))
                .hasValue(word + "第一版");
        assertThat(policies.inForce(id, TODAY)).hasValueSatisfying(details -> {
            assertThat(details.name()).isEqualTo(word + "第二版");
            assertThat(details.version()).isEqualTo(2);
            assertThat(details.rule()).isEqualTo("person.age >= 70");
        });
        assertThat(policies.inForce(id, TODAY.plusYears(1)).map(PolicyDetails::version))
                .hasValue(3);
        assertThat(policies.rulesInForce(TODAY))
                .filteredOn(rule -> rule.policy().id() == id)
                .extracting(PolicyRule::rule)
                .containsExactly("person.age >= 70");
    }

    @Test
    void aVersionThatHasEndedDoesNotBringAnOlderOneBack() {
        long id = fixtures.aPolicy("先长期后截止");
        fixtures.addVersion(
                id,
                PolicyFixtures.content("截止的版本", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), null),
                "政策到期");

        assertThat(policies.inForce(id, LocalDate.of(2022, 12, 31)).map(PolicyDetails::name))
                .hasValue("截止的版本");
        assertThat(policies.inForce(id, LocalDate.of(2023, 1, 1))).isEmpty();
    }

    @Test
    void theQueryFindsNameConditionsStandardAndDepartment() {
        String word = PolicyFixtures.uniqueWord();
        long byName = fixtures.aPolicy(word + "名称");
        var content = PolicyFixtures.content("条件里有词");
        long byStandard = fixtures.aPolicy(
                PolicyFixtures.uniqueCode(),
                "red-cross",
                new PolicyContent(
                        content.name(),
                        content.category(),
                        content.targetGroup(),
                        content.conditions(),
                        "标准里有" + word,
                        content.howToApply(),
                        content.whereToApply(),
                        content.phone(),
                        content.legalBasis(),
                        content.effectiveFrom(),
                        null,
                        null));

        assertThat(policies.inForce(TODAY, word)).extracting(PolicySummary::id).containsExactly(byName, byStandard);
        assertThat(policies.inForce(TODAY, "  " + word + " ")).hasSize(2);
        assertThat(policies.inForce(TODAY, "红十字会"))
                .extracting(PolicySummary::id)
                .contains(byStandard);
        assertThat(policies.inForce(TODAY, "Red Cross"))
                .extracting(PolicySummary::id)
                .contains(byStandard);
        assertThat(policies.inForce(TODAY, "_")).isEmpty();
        assertThat(policies.inForce(TODAY, "")).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void summariesComeByDepartmentThenCode() {
        List<PolicySummary> all = policies.inForce(TODAY, null);
        List<Integer> departmentOrder = all.stream()
                .map(summary -> policies.departments().indexOf(summary.department()))
                .toList();
        assertThat(departmentOrder).isSorted();
        assertThat(all).extracting(PolicySummary::code).containsSubsequence("MZ-01", "MZ-02", "RS-01", "HS-01");
    }

    @Test
    void theDemoCatalogueIsLoadedWithRulesAndMarkedDemo() {
        List<PolicySummary> demo =
                policies.inForce(TODAY, "").stream().filter(PolicySummary::demo).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(50);
        assertThat(demo.stream().filter(PolicySummary::hasRule)).hasSizeGreaterThanOrEqualTo(35);
        assertThat(demo).extracting(summary -> summary.department().code()).contains("civil-affairs", "red-cross");
        PolicyDetails dibao = policies.inForce(fixtures.idOf("MZ-01"), TODAY).orElseThrow();
        assertThat(dibao.name()).isEqualTo("城乡最低生活保障");
        assertThat(dibao.rule()).contains("local.dibao");
        assertThat(dibao.legalBasis()).contains("最低生活保障审核确认办法");
        assertThat(dibao.demo()).isTrue();
        assertThat(dibao.effectiveFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(policies.inForce(fixtures.idOf("MZ-08"), LocalDate.of(2024, 12, 31)))
                .as("刚性支出困难家庭认定办法 is in force from 2025")
                .isEmpty();
    }

    @Test
    void everyDemoPolicyPassesTheChecksOfTheForm() {
        List<String> problems = new ArrayList<>();
        for (PolicySummary summary : policies.inForce(TODAY, "")) {
            if (!summary.demo()) {
                continue;
            }
            PolicyVersion version = repository.find(summary.id(), TODAY).orElseThrow();
            PolicyForm form = PolicyForm.of(version);
            validator
                    .validate(form, Default.class, PolicyForm.New.class)
                    .forEach(violation -> problems.add(
                            summary.code() + " " + violation.getPropertyPath() + ": " + violation.getMessage()));
            var errors = new BeanPropertyBindingResult(form, "policyForm");
            editor.check(form, false, errors);
            errors.getFieldErrors().forEach(error -> problems.add(summary.code() + " " + error.getField()));
        }
        assertThat(problems).isEmpty();
    }
}
