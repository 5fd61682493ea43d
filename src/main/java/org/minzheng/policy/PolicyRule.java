package org.minzheng.policy;

/** A policy in force and its eligibility rule (CEL text over the attribute schema). */
public record PolicyRule(PolicySummary policy, String rule) {}
