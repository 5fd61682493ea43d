package org.minzheng.policy.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.RegistrySnapshot.MemberFacts;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;

class RegistryFactsTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final RegionCode VILLAGE = RegionCode.of("371602012201");

    final RuleCompiler compiler = new RuleCompiler();
    final RegistryFacts facts = new RegistryFacts(
            DAY,
            village -> Map.of("local.dibao_rural", 745.0, "local.dibao_urban", 1030.0, "local.asset_limit", 30000.0));

    static MemberFacts member(long id, LocalDate born, boolean head, String disability, Integer grade, Long incomeFen) {
        return new MemberFacts(
                id,
                "成员" + id,
                Sex.FEMALE,
                born,
                head ? "02" : "20",
                head,
                disability,
                grade,
                WorkAbility.PARTIAL,
                incomeFen);
    }

    static HouseholdFacts household(Long assetsFen, MemberFacts... members) {
        return new HouseholdFacts(
                new HouseholdId(1),
                "371602012201-000001",
                VILLAGE,
                HukouType.RURAL,
                Set.of(HouseholdCategory.EDGE),
                assetsFen,
                List.of(members));
    }

    Verdict verdict(String rule, HouseholdFacts household, MemberFacts member) throws RuleRejected {
        return compiler.compile(rule).evaluate(facts.of(household, member));
    }

    @Test
    void incomeAndAssetsArePerPersonInYuanAgainstTheRuralStandard() throws RuleRejected {
        MemberFacts head = member(1, LocalDate.of(1960, 3, 1), true, null, null, 100_000L);
        MemberFacts son = member(2, LocalDate.of(1990, 3, 1), false, null, null, 30_000L);
        HouseholdFacts household = household(4_000_000L, head, son);

        // (1000 + 300) / 2 = 650 yuan < 745; 40000 / 2 = 20000 <= 30000
        String dibao = "household.income_per_capita < local.dibao && household.assets_per_capita <= local.asset_limit";
        assertThat(verdict(dibao, household, head).outcome()).isEqualTo(Outcome.QUALIFIES);
        assertThat(verdict("household.size == 2 && household.elderly_members == 1", household, head)
                        .outcome())
                .isEqualTo(Outcome.QUALIFIES);
        assertThat(verdict("'edge' in household.categories && person.hukou == 'rural'", household, son)
                        .outcome())
                .isEqualTo(Outcome.QUALIFIES);
        assertThat(verdict("person.age == 66", household, head).outcome()).isEqualTo(Outcome.QUALIFIES);
    }

    @Test
    void anUncollectedIncomeLeavesTheHouseholdIncomeUnknown() throws RuleRejected {
        MemberFacts head = member(1, LocalDate.of(1960, 3, 1), true, null, null, 100_000L);
        MemberFacts son = member(2, LocalDate.of(1990, 3, 1), false, null, null, null);

        Verdict verdict = verdict("household.income_per_capita < local.dibao", household(null, head, son), head);

        assertThat(verdict.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(verdict.missing()).contains("household.income_per_capita");
    }

    @Test
    void disabilityCodesBecomeSchemaNamesAndNoDisabilityIsGradeZero() throws RuleRejected {
        MemberFacts blind = member(1, LocalDate.of(1970, 1, 1), true, "1", 2, 0L);
        MemberFacts healthy = member(2, LocalDate.of(1972, 1, 1), false, null, null, 0L);
        HouseholdFacts household = household(0L, blind, healthy);
        String severe = "person.disability_category != 'none' && person.disability_grade in [1, 2]";

        assertThat(verdict("person.disability_category == 'visual'", household, blind)
                        .outcome())
                .isEqualTo(Outcome.QUALIFIES);
        assertThat(verdict(severe, household, blind).outcome()).isEqualTo(Outcome.QUALIFIES);
        assertThat(verdict(severe, household, healthy).outcome()).isEqualTo(Outcome.DOES_NOT_QUALIFY);
        assertThat(verdict("person.disability_grade in [1, 2]", household, healthy)
                        .outcome())
                .isEqualTo(Outcome.DOES_NOT_QUALIFY);
    }

    @Test
    void reportedFactsAreAddedByPath() throws RuleRejected {
        MemberFacts head = member(1, LocalDate.of(1960, 3, 1), true, null, null, 0L);
        HouseholdFacts household = household(0L, head);

        Facts reported = facts.of(household, head, Map.of("household.member_deceased", true));

        assertThat(compiler.compile("household.member_deceased")
                        .evaluate(reported)
                        .outcome())
                .isEqualTo(Outcome.QUALIFIES);
        assertThat(compiler.compile("household.member_deceased")
                        .evaluate(facts.of(household, head))
                        .outcome())
                .isEqualTo(Outcome.CANNOT_TELL);
    }
}
