package org.minzheng.portal.village;

import org.minzheng.shared.RegionCode;

/**
 * The village (or urban community) whose QR code a citizen scanned, with the names a villager knows it by.
 *
 * @param demo a generated stand-in village of the demo data
 */
public record Village(RegionCode code, String name, String township, String county, boolean demo) {

    /** The 12 digits as they appear in the portal's addresses. */
    public String path() {
        return code.value();
    }
}
