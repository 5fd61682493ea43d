package org.minzheng.registry.household;

import java.util.Set;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.shared.RegionCode;

/** A household of a list as read from the database, the head's ID number still encrypted. */
record HouseholdRow(
        long id,
        String number,
        RegionCode village,
        String headName,
        byte[] headIdNumberCipher,
        int memberCount,
        Set<HouseholdCategory> categories,
        boolean demo) {}
