package org.minzheng.registry;

import java.util.Set;
import org.minzheng.shared.RegionCode;

/**
 * A household in a list: who heads it and how many live in it.
 *
 * @param number e.g. {@code 371602012201-000123}
 * @param headMaskedIdNumber the head's ID number, masked for staff
 */
public record HouseholdSummary(
        HouseholdId id,
        String number,
        RegionCode village,
        String headName,
        String headMaskedIdNumber,
        int memberCount,
        Set<HouseholdCategory> categories,
        boolean demo) {}
