package org.minzheng.eldercare.assessment;

/** One assessment agency as its page shows it; credit code and phone may be null. */
record AgencyDetails(
        long id,
        String name,
        String creditCode,
        String contactPhone,
        String regionCode,
        boolean active,
        boolean demo) {}
