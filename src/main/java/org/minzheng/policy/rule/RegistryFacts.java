package org.minzheng.policy.rule;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.RegistrySnapshot.MemberFacts;
import org.minzheng.shared.RegionCode;

/**
 * Turns a registered household into rule facts, for screening and monitoring runs over the registry.
 * What the registry does not hold (housing hardship, illness, school stage …) stays unknown, so a rule
 * that needs it answers "cannot tell", never "no". One instance serves one run, from any number of
 * threads: it keeps the local standards of each village it met, because a run reads them for every
 * household.
 */
public final class RegistryFacts {

    /** GB/T 26341 disability category codes as the rule schema names them. */
    private static final List<String> DISABILITY =
            List.of("visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple");

    private static final int ELDERLY_AGE = 60;

    private final LocalDate day;
    private final Function<RegionCode, Map<String, Object>> standards;
    private final Map<RegionCode, Map<String, Object>> standardsByVillage = new ConcurrentHashMap<>();

    /**
     * @param day the day the facts are for: ages and standards as on that day
     * @param standards the {@code local.*} facts in force for a village on that day
     */
    public RegistryFacts(LocalDate day, Function<RegionCode, Map<String, Object>> standards) {
        this.day = day;
        this.standards = standards;
    }

    /** Facts about the household with {@code member} as the person (the head for household policies). */
    public Facts of(HouseholdFacts household, MemberFacts member) {
        return of(household, member, Map.of());
    }

    /**
     * As {@link #of(HouseholdFacts, MemberFacts)}, with further facts by attribute path (what departments
     * reported), which win over the registry's.
     */
    public Facts of(HouseholdFacts household, MemberFacts member, Map<String, ?> more) {
        return Facts.of(known(household, member, more));
    }

    /**
     * The facts {@link #of(HouseholdFacts, MemberFacts, Map)} is made of, by attribute path, for telling
     * why a rule fired (monitoring names the figures in its warnings).
     */
    public Map<String, Object> known(HouseholdFacts household, MemberFacts member, Map<String, ?> more) {
        Map<String, Object> known = new HashMap<>(48);
        known.putAll(standardsByVillage.computeIfAbsent(household.village(), standards));
        householdFacts(household, known);
        personFacts(household, member, known);
        known.putAll(more);
        return known;
    }

    private void householdFacts(HouseholdFacts household, Map<String, Object> known) {
        int size = household.members().size();
        known.put("household.size", size);
        known.put(
                "household.categories",
                household.categories().stream().map(HouseholdCategory::code).toList());
        long elderly = household.members().stream()
                .filter(member -> age(member) >= ELDERLY_AGE)
                .count();
        known.put("household.elderly_members", elderly);
        Long income = totalIncomeFen(household);
        if (income != null) {
            known.put("household.income_per_capita", income / 100.0 / size);
        }
        if (household.assetsFen() != null) {
            known.put("household.assets_per_capita", household.assetsFen() / 100.0 / size);
        }
    }

    /** The sum of the members' incomes, or null when anyone's is not collected: a partial sum would flatter. */
    private static Long totalIncomeFen(HouseholdFacts household) {
        long total = 0;
        for (MemberFacts member : household.members()) {
            if (member.monthlyIncomeFen() == null) {
                return null;
            }
            total += member.monthlyIncomeFen();
        }
        return total;
    }

    private void personFacts(HouseholdFacts household, MemberFacts member, Map<String, Object> known) {
        known.put("person.age", age(member));
        known.put("person.sex", member.sex().name().toLowerCase(Locale.ROOT));
        known.put("person.hukou", household.hukouType() == HukouType.RURAL ? "rural" : "urban");
        known.put("person.work_ability", member.workAbility().name().toLowerCase(Locale.ROOT));
        String category = disability(member.disabilityCategory());
        known.put("person.disability_category", category);
        if ("none".equals(category)) {
            // no disability: grade 0, so "grade in [1, 2]" is plainly false rather than unknown
            known.put("person.disability_grade", 0);
        } else if (member.disabilityGrade() != null) {
            known.put("person.disability_grade", member.disabilityGrade());
        }
    }

    private static String disability(String code) {
        if (code == null || code.isBlank()) {
            return "none";
        }
        int index = code.charAt(0) - '1';
        return code.length() == 1 && index >= 0 && index < DISABILITY.size() ? DISABILITY.get(index) : "none";
    }

    int age(MemberFacts member) {
        return Period.between(member.birthDate(), day).getYears();
    }

    public LocalDate day() {
        return day;
    }
}
