package org.minzheng.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The policy catalogue as other modules (the citizen portal, later screening) read it. */
public interface Policies {

    /** All departments, in catalogue order. */
    List<Department> departments();

    /**
     * Policies in force on {@code day} (effective then and not retired), by department then code;
     * {@code query}, when not blank, must occur in the name, conditions, standard or department name.
     */
    List<PolicySummary> inForce(LocalDate day, String query);

    /** The version of the policy in force on {@code day}; empty when unknown, retired or not in force. */
    Optional<PolicyDetails> inForce(long id, LocalDate day);

    /** The eligibility rules of the policies in force on {@code day} that have one, by department then code. */
    List<PolicyRule> rulesInForce(LocalDate day);
}
