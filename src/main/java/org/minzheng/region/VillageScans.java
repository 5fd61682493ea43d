package org.minzheng.region;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.RegionCode;

/** How often citizens open the portal page behind a village's QR code, counted per day. */
public interface VillageScans {

    /**
     * Counts one opening of the village's portal page on {@code day}. The portal calls it on every page
     * open, so it is a single upsert; openings for a code that is not a village of the tree are not
     * counted, so that made-up URLs cannot fill the table.
     */
    void record(RegionCode village, LocalDate day);

    /** All openings ever counted for the village. */
    long total(RegionCode village);

    /** Openings from {@code from} to {@code to}, both inclusive. */
    long between(RegionCode village, LocalDate from, LocalDate to);

    /** One entry per day from {@code from} to {@code to}, oldest first, days without openings as zero. */
    List<DailyScans> daily(RegionCode village, LocalDate from, LocalDate to);
}
