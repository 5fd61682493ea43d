package org.minzheng.charity.provider;

/** A professional agency that bids for project services (服务机构); its phone is the organisation's, not personal. */
record ServiceProvider(
        long id,
        String name,
        String creditCode,
        ProviderKind kind,
        String contactName,
        String contactPhone,
        String address,
        String regionCode,
        boolean demo) {}
