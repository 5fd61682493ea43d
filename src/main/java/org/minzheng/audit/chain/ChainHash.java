package org.minzheng.audit.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.minzheng.shared.crypto.Sm3;

/**
 * The SM3 hash of an audit entry. Every field is length-prefixed so no two different entries can
 * serialise to the same text, and the time is hashed in microseconds, the precision PostgreSQL keeps.
 */
final class ChainHash {

    private ChainHash() {}

    static String of(AuditRecord entry) {
        var text = new StringBuilder(256);
        append(text, entry.prevHash());
        append(text, Long.toString(entry.id()));
        append(text, Long.toString(micros(entry.occurredAt())));
        append(text, entry.category());
        append(text, entry.action());
        append(text, entry.outcome());
        append(text, entry.actorUsername());
        append(text, entry.actorRegion());
        append(text, entry.targetType());
        append(text, entry.targetId());
        append(text, entry.regionCode());
        append(text, entry.detail());
        append(text, entry.clientIp());
        return Sm3.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static void append(StringBuilder text, String field) {
        if (field == null) {
            text.append("-1:;");
        } else {
            text.append(field.length()).append(':').append(field).append(';');
        }
    }
}
