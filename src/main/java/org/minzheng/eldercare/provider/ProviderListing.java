package org.minzheng.eldercare.provider;

/** A row of the provider list: whether a contract is in force today, active caregivers, open complaints. */
record ProviderListing(
        long id,
        String name,
        String creditCode,
        String countyCode,
        boolean contracted,
        long caregivers,
        long openComplaints,
        boolean demo) {}
