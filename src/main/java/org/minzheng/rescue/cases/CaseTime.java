package org.minzheng.rescue.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Shows the stored instants on Beijing's clock, whatever the server's zone. */
public final class CaseTime {

    static final CaseTime INSTANCE = new CaseTime();
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(StayLimit.BEIJING);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(StayLimit.BEIJING);

    private CaseTime() {}

    public String of(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }
}
