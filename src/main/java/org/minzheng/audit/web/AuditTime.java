package org.minzheng.audit.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Audit times as the bureau reads them: Beijing time, whatever zone the server runs in. */
final class AuditTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditTime() {}

    static String format(Instant instant) {
        return SHOWN.format(instant.atZone(ZONE));
    }

    /** Reads the value of a {@code datetime-local} input, {@code 2026-03-01T08:30} with optional seconds. */
    static Optional<LocalDateTime> parse(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }
}
