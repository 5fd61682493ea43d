package org.minzheng.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * Early warnings (动态监测预警) on registered households, raised by monitoring rules over the registry and
 * the data other departments deliver. Each warning becomes a task for the household's village assistant.
 */
public interface Warnings {

    /**
     * Raises a warning and opens its task, unless the same rule has an open warning on the household.
     *
     * @return the new warning's id; empty when an open one was already there
     */
    Optional<Long> raise(NewWarning warning);

    /** How urgent a warning is. */
    enum WarningLevel {
        /** Act now: a death in a recipient household (stop the payment), a sudden loss. */
        RED,
        /** Visit soon: large medical spending, a new severe disability. */
        ORANGE,
        /** Check at the next review: income above the line, a vehicle registered. */
        YELLOW
    }

    /**
     * A warning to raise.
     *
     * @param personId the member it is about, or null when about the household
     * @param ruleCode the monitoring rule's code
     * @param ruleName the rule's name, in Chinese, as staff read it
     * @param reason why it fired, the facts read aloud
     * @param daysToAct days the village assistant has for the task
     * @param stopPayment whether payments to the household should stop until someone looked (a death)
     */
    record NewWarning(
            HouseholdId household,
            Long personId,
            String ruleCode,
            String ruleName,
            WarningLevel level,
            String reason,
            int daysToAct,
            boolean stopPayment) {

        public NewWarning {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(ruleCode, "ruleCode");
            Objects.requireNonNull(ruleName, "ruleName");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(reason, "reason");
            if (daysToAct < 1) {
                throw new IllegalArgumentException("a task needs at least a day");
            }
        }
    }
}
