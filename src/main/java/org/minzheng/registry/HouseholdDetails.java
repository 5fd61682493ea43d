package org.minzheng.registry;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.minzheng.shared.RegionCode;

/**
 * A household with its members, ID numbers masked.
 *
 * @param version for optimistic locking: pass it back with a change
 * @param members the head first
 */
public record HouseholdDetails(
        HouseholdId id,
        String number,
        RegionCode village,
        String address,
        HukouType hukouType,
        Set<HouseholdCategory> categories,
        boolean demo,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<PersonSummary> members) {

    public PersonSummary head() {
        return members.stream().filter(PersonSummary::head).findFirst().orElseThrow();
    }
}
