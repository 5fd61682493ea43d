package org.minzheng.notification.outbox;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try a message again after the gateway failed: 30 s, then twice as long after each further
 * failure, never more than an hour apart, and no more after the tenth failure. Doubling spares a
 * provider that is struggling; the cap and the limit mean a message is given up after about five
 * hours (2^9 × 30 s would be over four hours for the last pause alone), when an SMS about a case is
 * no longer news and staff should phone the citizen instead.
 */
record RetryPolicy(Duration firstPause, Duration longestPause, int maxAttempts) {

    static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 10);

    /** The pause after the given number of failed attempts, or empty when the message is given up. */
    Optional<Duration> pauseAfter(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.max(failedAttempts - 1, 0);
        long cap = longestPause.toSeconds();
        long seconds = doublings >= 62 ? cap : Math.min(firstPause.toSeconds() << doublings, cap);
        return Optional.of(Duration.ofSeconds(Math.min(seconds, cap)));
    }
}
