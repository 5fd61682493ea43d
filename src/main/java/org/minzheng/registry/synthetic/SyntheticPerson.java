package org.minzheng.registry.synthetic;

import java.time.LocalDate;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;

/**
 * A made-up member of a synthetic household.
 *
 * @param relationship code of dictionary {@code relationship}: 02 head, 10 spouse, 20 son, 30 daughter,
 *     50 parent, 40 grandchild
 * @param disabilityCategory code of dictionary {@code disability-category}, null when none
 * @param disabilityGrade code of dictionary {@code disability-grade} (1 most severe), null when none
 * @param monthlyIncomeFen the person's own monthly income
 */
public record SyntheticPerson(
        String name,
        IdNumber idNumber,
        LocalDate birthDate,
        boolean male,
        String relationship,
        String disabilityCategory,
        String disabilityGrade,
        WorkAbility workAbility,
        long monthlyIncomeFen) {}
