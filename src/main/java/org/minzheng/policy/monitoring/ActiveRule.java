package org.minzheng.policy.monitoring;

import org.minzheng.policy.rule.CompiledRule;

/**
 * A rule switched on, ready for a run.
 *
 * @param reading the rule in Chinese words, read once per run for every warning it raises
 */
record ActiveRule(MonitoringRule rule, CompiledRule compiled, RuleScope scope, String reading) {}
