package org.minzheng.charity.donation;

/** What a filtered list of gifts adds up to; voided gifts are counted apart and not in the sum. */
record DonationTotals(long count, long validCount, long validFen) {}
