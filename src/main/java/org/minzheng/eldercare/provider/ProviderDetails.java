package org.minzheng.eldercare.provider;

/** A provider as its page shows it; the contact phone is the agency's service line, not personal data. */
record ProviderDetails(
        long id,
        String name,
        String creditCode,
        String contactName,
        String contactPhone,
        String countyCode,
        boolean demo) {}
