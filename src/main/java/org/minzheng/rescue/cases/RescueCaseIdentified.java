package org.minzheng.rescue.cases;

/**
 * A case in care was given an ID number after intake (identity correction or reunification). Published inside that
 * transaction, so a search for earlier stays by the number stands or falls with it.
 */
public record RescueCaseIdentified(long caseId, String regionCode) {}
