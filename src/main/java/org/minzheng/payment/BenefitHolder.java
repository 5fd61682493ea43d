package org.minzheng.payment;

import java.io.Serial;
import java.io.Serializable;

/**
 * A citizen signed in to 码上清, as the session keeps them: no ID number, no name, only the blind index of the
 * person's ID number and the registry household's id.
 *
 * @param personIndex the blind index under which departments' records of the person are found
 * @param householdId the low-income register's household, or {@code null} when the person is in none
 */
public record BenefitHolder(String personIndex, Long householdId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The index is a stable pseudonym of the person: it stays out of logs too. */
    @Override
    public String toString() {
        return "BenefitHolder[household=" + householdId + "]";
    }
}
