package org.minzheng.charity.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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

/** The two registry-countable categories at their age and grade boundaries. */
class RegistryNeedCountRulesTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void anOlderPersonAloneCountsFromSixtyWithGradeOneOrTwo() {
        assertThat(RegistryNeedCount.elderlyAloneWithSevereDisability(
                        household(Set.of(), member(AS_OF.minusYears(60), 2)), AS_OF))
                .isTrue();
        assertThat(RegistryNeedCount.elderlyAloneWithSevereDisability(
                        household(Set.of(), member(AS_OF.minusYears(60).plusDays(1), 1)), AS_OF))
                .isFalse();
        assertThat(RegistryNeedCount.elderlyAloneWithSevereDisability(
                        household(Set.of(), member(AS_OF.minusYears(75), 3)), AS_OF))
                .isFalse();
        assertThat(RegistryNeedCount.elderlyAloneWithSevereDisability(
                        household(Set.of(), member(AS_OF.minusYears(75), null)), AS_OF))
                .isFalse();
        assertThat(RegistryNeedCount.elderlyAloneWithSevereDisability(
                        household(Set.of(), member(AS_OF.minusYears(75), 1), member(AS_OF.minusYears(50), null)),
                        AS_OF))
                .isFalse();
    }

    @Test
    void childrenFromSixToEighteenOfDibaoOrTekunHouseholdsCount() {
        var members = new MemberFacts[] {
            member(AS_OF.minusYears(40), null),
            member(AS_OF.minusYears(6), null),
            member(AS_OF.minusYears(19).plusDays(1), null),
            member(AS_OF.minusYears(6).plusDays(1), null),
            member(AS_OF.minusYears(19), null)
        };
        assertThat(RegistryNeedCount.schoolAgeChildrenOfRecipients(
                        household(Set.of(HouseholdCategory.DIBAO), members), AS_OF))
                .isEqualTo(2);
        assertThat(RegistryNeedCount.schoolAgeChildrenOfRecipients(
                        household(Set.of(HouseholdCategory.TEKUN), members), AS_OF))
                .isEqualTo(2);
        assertThat(RegistryNeedCount.schoolAgeChildrenOfRecipients(
                        household(Set.of(HouseholdCategory.EDGE), members), AS_OF))
                .isZero();
    }

    static HouseholdFacts household(Set<HouseholdCategory> categories, MemberFacts... members) {
        return new HouseholdFacts(
                new HouseholdId(1),
                "371602005001-000001",
                RegionCode.of("371602005001"),
                HukouType.RURAL,
                categories,
                null,
                List.of(members));
    }

    static MemberFacts member(LocalDate birthDate, Integer grade) {
        return new MemberFacts(
                1, "测试", Sex.MALE, birthDate, "00", false, grade == null ? null : "4", grade, WorkAbility.NONE, null);
    }
}
