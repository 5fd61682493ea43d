package org.minzheng.staff.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times in staff lists and exports are Beijing time, whatever zone the server runs in. */
final class AccountTimes {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AccountTimes() {}

    static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(BEIJING));
    }
}
