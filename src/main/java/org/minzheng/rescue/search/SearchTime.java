package org.minzheng.rescue.search;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.minzheng.rescue.cases.StayLimit;

/** Shows stored instants on Beijing's clock in the search pages and exports. */
final class SearchTime {

    static final SearchTime INSTANCE = new SearchTime();
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(StayLimit.BEIJING);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(StayLimit.BEIJING);

    private SearchTime() {}

    public String of(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }
}
