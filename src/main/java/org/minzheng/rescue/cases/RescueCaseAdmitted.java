package org.minzheng.rescue.cases;

/**
 * A person was taken in. Published inside the intake transaction, so listeners that write (opening a family search,
 * looking for an earlier stay) stand or fall with the intake.
 */
public record RescueCaseAdmitted(long caseId, String regionCode, IdentityStatus identityStatus) {}
