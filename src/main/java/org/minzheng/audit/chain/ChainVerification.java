package org.minzheng.audit.chain;

import java.time.Instant;
import java.util.Optional;

/**
 * The result of walking the audit chain from its first entry.
 *
 * @param checked entries whose hash was recomputed
 * @param firstBroken id of the first entry whose stored hash or link does not match, if any
 * @param reason why that entry is broken
 * @param verifiedAt when the walk finished
 */
public record ChainVerification(long checked, Optional<Long> firstBroken, Optional<Break> reason, Instant verifiedAt) {

    /** How an entry fails the check. */
    public enum Break {
        /** Its {@code prev_hash} is not the hash of the entry before it: that one was changed or removed. */
        LINK,
        /** Its own content no longer matches its hash: the entry was changed. */
        CONTENT;

        public String messageKey() {
            return "audit.chain.break." + name().toLowerCase();
        }
    }

    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
