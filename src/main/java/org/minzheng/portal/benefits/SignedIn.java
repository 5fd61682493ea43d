package org.minzheng.portal.benefits;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.minzheng.payment.BenefitHolder;

/**
 * A citizen signed in to 码上清. The list shows personal data on a phone that may be shared or lost, so the
 * sign-in ends after ten idle minutes and after thirty minutes in all, whatever the session does.
 */
record SignedIn(BenefitHolder holder, Instant signedInAt, Instant lastSeenAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "portal.benefits.signed-in";
    static final Duration IDLE = Duration.ofMinutes(10);
    static final Duration LONGEST = Duration.ofMinutes(30);

    static SignedIn at(BenefitHolder holder, Instant now) {
        return new SignedIn(holder, now, now);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(lastSeenAt.plus(IDLE)) || !now.isBefore(signedInAt.plus(LONGEST));
    }

    SignedIn seenAt(Instant now) {
        return new SignedIn(holder, signedInAt, now);
    }
}
