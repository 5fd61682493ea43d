package org.minzheng.registry;

/**
 * A warning asks that payments to a household stop until someone has looked (a member reported dead):
 * the modules that pay suspend what they pay the household from the current month.
 *
 * @param reason the name of the warning's rule, for the suspension record and the family's notice
 */
public record PaymentStopRequested(HouseholdId household, long warningId, String reason) {}
