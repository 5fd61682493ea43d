package org.minzheng.audit.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.minzheng.audit.chain.ChainVerification;

/**
 * The outcome of the last chain check in this session. Kept apart from {@link ChainVerification} because
 * sessions live in PostgreSQL and must serialise, which {@code Optional} does not. Public only because the
 * page template reads it.
 *
 * @param firstBroken id of the first broken entry, null when intact
 * @param reason why that entry is broken, null when intact
 */
public record LastVerification(long checked, Long firstBroken, ChainVerification.Break reason, Instant verifiedAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = LastVerification.class.getName();

    static LastVerification of(ChainVerification result) {
        return new LastVerification(
                result.checked(),
                result.firstBroken().orElse(null),
                result.reason().orElse(null),
                result.verifiedAt());
    }

    public boolean intact() {
        return firstBroken == null;
    }

    public String reasonKey() {
        return reason == null ? null : reason.messageKey();
    }

    /** The audit entry's detail: plain words in English, like the other entries' details. */
    String detail() {
        return intact()
                ? "intact, " + checked + " entries checked"
                : "broken at entry " + firstBroken + " (" + reason + "), " + checked + " entries checked";
    }
}
