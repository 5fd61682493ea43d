package org.minzheng.charity.need;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.RegistrySnapshot;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.RegistrySnapshot.MemberFacts;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * Counts, township by township, the people of the categories the registry can tell: it knows age, who
 * lives together, disability grades and the household's categories, but not school enrolment, so every
 * child of school age (6 to 18) in a 低保 or 特困 household is taken to be at school.
 */
@Component
class RegistryNeedCount {

    static final String ELDERLY_ALONE_DISABLED = "ELDERLY_ALONE_DISABLED";
    static final String SCHOOL_CHILDREN = "SCHOOL_CHILDREN";

    private static final Set<HouseholdCategory> RECIPIENTS =
            EnumSet.of(HouseholdCategory.DIBAO, HouseholdCategory.TEKUN);

    private final RegistrySnapshot snapshot;

    RegistryNeedCount(RegistrySnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Category code → township → people, for the households within {@code region}, ages on {@code asOf}. */
    Map<String, Map<RegionCode, Integer>> count(RegionCode region, LocalDate asOf) {
        Map<RegionCode, Integer> elderly = new TreeMap<>(Comparator.comparing(RegionCode::value));
        Map<RegionCode, Integer> pupils = new TreeMap<>(Comparator.comparing(RegionCode::value));
        snapshot.forEach(region, household -> {
            RegionCode township = household.village().ancestorAt(RegionLevel.TOWNSHIP);
            if (elderlyAloneWithSevereDisability(household, asOf)) {
                elderly.merge(township, 1, Integer::sum);
            }
            int children = schoolAgeChildrenOfRecipients(household, asOf);
            if (children > 0) {
                pupils.merge(township, children, Integer::sum);
            }
        });
        Map<String, Map<RegionCode, Integer>> counts = new LinkedHashMap<>();
        counts.put(ELDERLY_ALONE_DISABLED, elderly);
        counts.put(SCHOOL_CHILDREN, pupils);
        return counts;
    }

    /** A household of one person aged 60 or more with a disability certificate of grade 1 or 2. */
    static boolean elderlyAloneWithSevereDisability(HouseholdFacts household, LocalDate asOf) {
        if (household.members().size() != 1) {
            return false;
        }
        MemberFacts person = household.members().get(0);
        Integer grade = person.disabilityGrade();
        return age(person, asOf) >= 60 && grade != null && grade <= 2;
    }

    static int schoolAgeChildrenOfRecipients(HouseholdFacts household, LocalDate asOf) {
        if (household.categories().stream().noneMatch(RECIPIENTS::contains)) {
            return 0;
        }
        return (int) household.members().stream()
                .filter(m -> {
                    int age = age(m, asOf);
                    return age >= 6 && age <= 18;
                })
                .count();
    }

    private static int age(MemberFacts person, LocalDate asOf) {
        return asOf.isBefore(person.birthDate())
                ? 0
                : Period.between(person.birthDate(), asOf).getYears();
    }
}
