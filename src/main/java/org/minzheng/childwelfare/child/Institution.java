package org.minzheng.childwelfare.child;

import java.util.List;
import org.minzheng.shared.RegionCode;

/** A child welfare institution (儿童福利机构) and its rooms. */
record Institution(long id, String name, RegionCode region, boolean demo, List<Room> rooms) {

    record Room(long id, String name) {}

    boolean hasRoom(long roomId) {
        return rooms.stream().anyMatch(r -> r.id() == roomId);
    }
}
