package org.minzheng.policy.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.policy.Department;
import org.minzheng.policy.PolicyCategory;
import org.minzheng.policy.PolicySummary;
import org.minzheng.policy.TargetGroup;
import org.minzheng.policy.rule.RegistryFacts;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleRejected;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.RegistrySnapshot.MemberFacts;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;

/** Screening on a registry built by hand, with rules written for the test. */
class HouseholdScreeningTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final RegionCode VILLAGE = RegionCode.of("371602012201");

    final RuleCompiler compiler = new RuleCompiler();
    final RegistryFacts facts = new RegistryFacts(
            DAY,
            village -> Map.of("local.dibao_rural", 820.0, "local.dibao_urban", 1030.0, "local.asset_limit", 40000.0));

    ScreeningRule rule(String code, TargetGroup target, String source, HouseholdCategory... markers)
            throws RuleRejected {
        PolicySummary policy = new PolicySummary(
                1,
                code,
                "测试政策" + code,
                new Department("civil-affairs", "民政", "Civil affairs"),
                PolicyCategory.SUBSISTENCE,
                target,
                "村委会",
                "12345",
                true,
                false);
        return new ScreeningRule(policy, compiler.compile(source), Set.of(markers));
    }

    static MemberFacts person(long id, int bornYear, boolean head, Long incomeFen) {
        return new MemberFacts(
                id,
                "成员" + id,
                Sex.MALE,
                LocalDate.of(bornYear, 6, 1),
                head ? "02" : "20",
                head,
                null,
                null,
                WorkAbility.PARTIAL,
                incomeFen);
    }

    static HouseholdFacts household(long id, Set<HouseholdCategory> categories, MemberFacts... members) {
        return new HouseholdFacts(
                new HouseholdId(id), "H" + id, VILLAGE, HukouType.RURAL, categories, 0L, List.of(members));
    }

    List<ScreeningRule> rules() throws RuleRejected {
        return List.of(
                rule(
                        "T-DIBAO",
                        TargetGroup.HOUSEHOLD,
                        "household.income_per_capita < local.dibao",
                        HouseholdCategory.DIBAO),
                rule("T-AGED", TargetGroup.ELDERLY, "person.age >= 80 && 'dibao' in household.categories"));
    }

    @Test
    void aPoorHouseholdWithoutDibaoIsFoundOnceWithItsHeadAsThePerson() throws RuleRejected {
        HouseholdFacts poor = household(1, Set.of(), person(11, 1970, true, 50_000L), person(12, 2000, false, 0L));

        List<HouseholdScreening.Finding> found = new HouseholdScreening(rules(), facts).screen(poor);

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.rule().policy().code()).isEqualTo("T-DIBAO");
            assertThat(finding.forHousehold()).isTrue();
            assertThat(finding.member().personId()).isEqualTo(11);
            assertThat(finding.rule().receiptKnown()).isTrue();
        });
    }

    @Test
    void aHouseholdThatReceivesThePolicyIsLeftOutButItsMembersStillCount() throws RuleRejected {
        HouseholdFacts dibao = household(
                2, Set.of(HouseholdCategory.DIBAO), person(21, 1970, true, 50_000L), person(22, 1940, false, 0L));

        List<HouseholdScreening.Finding> found = new HouseholdScreening(rules(), facts).screen(dibao);

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.rule().policy().code()).isEqualTo("T-AGED");
            assertThat(finding.member().personId()).isEqualTo(22);
            assertThat(finding.forHousehold()).isFalse();
            assertThat(finding.rule().receiptKnown()).isFalse();
        });
    }

    @Test
    void aHouseholdWhoseIncomeIsNotKnownIsNeverFound() throws RuleRejected {
        HouseholdFacts unknown = household(3, Set.of(), person(31, 1970, true, null), person(32, 2000, false, 0L));

        assertThat(new HouseholdScreening(rules(), facts).screen(unknown)).isEmpty();
    }

    @Test
    void aHouseholdAboveTheLineIsNotFound() throws RuleRejected {
        // (90000 + 80000) fen / 2 = 850 yuan, above the 820 rural standard
        HouseholdFacts above =
                household(4, Set.of(), person(41, 1970, true, 90_000L), person(42, 1972, false, 80_000L));

        assertThat(new HouseholdScreening(rules(), facts).screen(above)).isEmpty();
    }
}
