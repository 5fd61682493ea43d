package org.minzheng.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;

/**
 * The registry read whole, for rules that run over every household (政策找人 screening, monitoring).
 * No ID numbers: a rule needs the age and sex, which are kept in clear, never the number itself.
 */
public interface RegistrySnapshot {

    /**
     * Hands every household within {@code region} to {@code consumer} in one streaming pass over the
     * database, in household order, with its members; nothing is held in memory beyond one household.
     *
     * @return the number of households handed over
     */
    long forEach(RegionCode region, Consumer<HouseholdFacts> consumer);

    /** The number of households within {@code region}, for the progress of a run over it. */
    long count(RegionCode region);

    /** The listed households that still exist, in household order. */
    List<HouseholdFacts> of(Collection<HouseholdId> households);

    /**
     * A household as rules read it.
     *
     * @param assetsFen the household's countable assets; null when not collected
     */
    record HouseholdFacts(
            HouseholdId id,
            String number,
            RegionCode village,
            HukouType hukouType,
            Set<HouseholdCategory> categories,
            Long assetsFen,
            List<MemberFacts> members) {

        public HouseholdFacts {
            categories = Set.copyOf(categories);
            members = List.copyOf(members);
        }

        /** The head, or the first member of a household registered without one. */
        public MemberFacts head() {
            return members.stream().filter(MemberFacts::head).findFirst().orElse(members.get(0));
        }
    }

    /**
     * A member as rules read them.
     *
     * @param disabilityCategory GB/T 26341 code (1–7), null when none
     * @param disabilityGrade 1–4 (1 most severe), null when none
     * @param monthlyIncomeFen the person's own income; null when not collected
     */
    record MemberFacts(
            long personId,
            String name,
            Sex sex,
            LocalDate birthDate,
            String relationship,
            boolean head,
            String disabilityCategory,
            Integer disabilityGrade,
            WorkAbility workAbility,
            Long monthlyIncomeFen) {}
}
