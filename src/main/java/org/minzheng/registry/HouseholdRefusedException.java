package org.minzheng.registry;

/**
 * A change to the register that the rules forbid, e.g. a person who already belongs to a household.
 * The message names the problem, never the person's data.
 */
public class HouseholdRefusedException extends RuntimeException {

    public enum Reason {
        NO_HEAD,
        SEVERAL_HEADS,
        ID_NUMBER_TWICE,
        ALREADY_REGISTERED,
        NOT_A_VILLAGE,
        UNKNOWN_RELATIONSHIP,
        UNKNOWN_DISABILITY,
        HEAD_CANNOT_LEAVE,
        NOT_A_MEMBER;

        public String messageKey() {
            return "registry.refused."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final int personIndex;

    /** @param personIndex position of the offending person in the request, -1 for the household as a whole */
    public HouseholdRefusedException(Reason reason, int personIndex) {
        super("Household change refused: " + reason + (personIndex >= 0 ? " (person " + personIndex + ")" : ""));
        this.reason = reason;
        this.personIndex = personIndex;
    }

    public Reason reason() {
        return reason;
    }

    public int personIndex() {
        return personIndex;
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
