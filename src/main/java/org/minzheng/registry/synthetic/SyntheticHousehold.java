package org.minzheng.registry.synthetic;

import java.util.List;
import java.util.Set;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.shared.RegionCode;

/**
 * A made-up low-income household, the head first.
 *
 * @param key the household's number in the collection file (户编号), unique within one generation
 * @param assetsFen the household's countable assets (deposits, vehicles, second homes)
 */
public record SyntheticHousehold(
        String key,
        RegionCode village,
        String address,
        HukouType hukouType,
        Set<HouseholdCategory> categories,
        long assetsFen,
        List<SyntheticPerson> members) {

    public SyntheticPerson head() {
        return members.get(0);
    }

    public long incomeFen() {
        return members.stream().mapToLong(SyntheticPerson::monthlyIncomeFen).sum();
    }
}
