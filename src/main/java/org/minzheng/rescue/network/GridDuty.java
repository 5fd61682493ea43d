package org.minzheng.rescue.network;

import java.util.Locale;
import org.minzheng.shared.RegionLevel;

/** A grid worker leads a township's grid or covers one village; the duty fixes the level of the region. */
enum GridDuty {
    TOWNSHIP_LEAD(RegionLevel.TOWNSHIP),
    VILLAGE(RegionLevel.VILLAGE);

    private final RegionLevel level;

    GridDuty(RegionLevel level) {
        this.level = level;
    }

    public RegionLevel level() {
        return level;
    }

    public String messageKey() {
        return "rescue.duty." + name().toLowerCase(Locale.ROOT);
    }

    static GridDuty parse(String name) {
        for (GridDuty duty : values()) {
            if (duty.name().equals(name)) {
                return duty;
            }
        }
        return null;
    }
}
