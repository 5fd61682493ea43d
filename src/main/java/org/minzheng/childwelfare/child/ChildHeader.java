package org.minzheng.childwelfare.child;

import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/**
 * A child as other features of the module show them above their own pages, ID number masked.
 *
 * @param region the institution's region, for the staff member's data scope
 * @param dischargedOn null while the child is in care
 */
public record ChildHeader(
        long id,
        String name,
        String maskedIdNumber,
        LocalDate birthDate,
        RegionCode region,
        String roomName,
        LocalDate admittedOn,
        LocalDate dischargedOn,
        boolean demo) {

    public boolean inCare() {
        return dischargedOn == null;
    }
}
