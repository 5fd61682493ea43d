package org.minzheng.registry;

import java.util.Objects;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;

/**
 * A person to register in a household.
 *
 * @param relationship code of dictionary {@code relationship} (与户主关系)
 * @param phone null when unknown
 * @param disabilityCategory code of dictionary {@code disability-category}, null when none
 * @param disabilityGrade code of dictionary {@code disability-grade}, null when none
 * @param head whether this person is the head of the household (户主)
 */
public record NewPerson(
        String name,
        IdNumber idNumber,
        String relationship,
        PhoneNumber phone,
        String disabilityCategory,
        String disabilityGrade,
        WorkAbility workAbility,
        boolean head) {

    public NewPerson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(workAbility, "workAbility");
    }
}
