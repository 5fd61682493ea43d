package org.minzheng.charity.project;

/** A household helped by a project; only the head's masked name is kept for display. */
record Beneficiary(
        long id,
        long householdId,
        String householdNumber,
        String headNameMasked,
        String categoryCode,
        String reason,
        String addedBy) {}
