package org.minzheng.region;

import java.time.LocalDate;

/** Openings of a village's portal page on one day. */
public record DailyScans(LocalDate day, long scans) {}
