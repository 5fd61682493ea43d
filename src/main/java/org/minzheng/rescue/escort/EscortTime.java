package org.minzheng.rescue.escort;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.minzheng.rescue.cases.StayLimit;

/** Moments as Beijing wall-clock time to the minute; public so that templates can call it. */
public final class EscortTime {

    static final EscortTime INSTANCE = new EscortTime();
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EscortTime() {}

    public String of(Instant at) {
        return at == null ? "—" : FORMAT.format(at.atZone(StayLimit.BEIJING));
    }
}
