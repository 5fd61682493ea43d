package org.minzheng.registry;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.minzheng.shared.RegionCode;

/**
 * A household to register: the people living together (低保办法 art. 7) at a village.
 *
 * @param village the village or community where the household lives
 * @param persons the head and the other members, in display order
 * @param demo generated demo data, shown with a badge
 */
public record NewHousehold(
        RegionCode village,
        String address,
        HukouType hukouType,
        Set<HouseholdCategory> categories,
        List<NewPerson> persons,
        boolean demo) {

    public NewHousehold {
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(hukouType, "hukouType");
        categories = Set.copyOf(categories);
        persons = List.copyOf(persons);
    }
}
