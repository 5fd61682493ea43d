package org.minzheng.eldercare.bed;

/** A bed in the list. */
record BedListing(
        long id, String elderName, String regionCode, String providerName, String contractNumber, BedStatus status) {}
