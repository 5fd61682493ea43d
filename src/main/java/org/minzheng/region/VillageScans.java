package org.minzheng.region;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.RegionCode;

/** How often citizens open the portal page behind a village's QR code, counted per day. */
public interface VillageScans {

    /**
     * Counts one opening of the village's portal page on {@code day}. The portal calls it on every page
     * open, so it only counts in memory; {@link #flush} writes the counts in one batch every few seconds
     * (and at shutdown), which keeps 50 citizens scanning at once from queueing on one row. Openings for
     * a code that is not a village of the tree are not written, so made-up URLs cannot fill the table.
     */
    void record(RegionCode village, LocalDate day);

    /** Writes the openings counted so far; the figures below include them from then on. */
    void flush();

    /** All openings ever counted for the village. */
    long total(RegionCode village);

    /** Openings from {@code from} to {@code to}, both inclusive. */
    long between(RegionCode village, LocalDate from, LocalDate to);

    /** Openings of every village within {@code area} from {@code from} to {@code to}, both inclusive. */
    long within(RegionCode area, LocalDate from, LocalDate to);

    /** One entry per day from {@code from} to {@code to}, oldest first, days without openings as zero. */
    List<DailyScans> daily(RegionCode village, LocalDate from, LocalDate to);
}
