package org.minzheng.charity.donation;

/**
 * A donor as staff pages show it; the phone only masked.
 *
 * @param namedConsent the donor agreed to be named in public (慈善法 art. 82)
 */
record Donor(
        long id,
        DonorKind kind,
        String name,
        String creditCode,
        String contactName,
        String phoneMasked,
        boolean namedConsent,
        String regionCode,
        boolean demo,
        String createdBy,
        long givenFen,
        int donations) {}
