package org.minzheng.policy.rule;

/**
 * Why a rule was refused, and where: {@code line} and {@code column} count from 1 as an editor does;
 * both are 0 when the problem concerns the whole rule.
 */
public record RuleProblem(int line, int column, String message) {}
