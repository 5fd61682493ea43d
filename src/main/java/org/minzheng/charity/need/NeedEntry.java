package org.minzheng.charity.need;

import java.time.Instant;

/** One township's need of one category in one year, as the list shows it. */
record NeedEntry(
        long id,
        String townshipCode,
        String categoryCode,
        int year,
        NeedSource source,
        int people,
        long neededFen,
        long coveredFen,
        long gapFen,
        String note,
        String enteredBy,
        Instant updatedAt) {}
