package org.minzheng.registry.household;

import java.time.Instant;
import java.util.Set;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.shared.RegionCode;

/** A row of {@code registry.households}. */
record StoredHousehold(
        long id,
        String number,
        RegionCode village,
        String address,
        HukouType hukouType,
        Set<HouseholdCategory> categories,
        boolean demo,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
