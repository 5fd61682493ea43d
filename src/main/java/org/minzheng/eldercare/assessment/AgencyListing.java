package org.minzheng.eldercare.assessment;

/** A row of the agency list, with how many of its assessors are still active. */
record AgencyListing(
        long id,
        String name,
        String creditCode,
        String regionCode,
        boolean active,
        long activeAssessors,
        long assessors,
        boolean demo) {}
