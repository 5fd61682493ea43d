package org.minzheng.policy.monitoring;

import org.minzheng.registry.Warnings.WarningLevel;

/**
 * What one version of a monitoring rule says: when it fires (the CEL rule) and what the warning it raises
 * looks like.
 *
 * @param daysToAct the deadline of the village assistant's task, in days
 * @param stopPayment whether payments to the household stop until someone has looked
 * @param note what the thresholds stand for and where they come from; may be null
 */
record RuleSettings(String name, WarningLevel level, int daysToAct, boolean stopPayment, String rule, String note) {}
