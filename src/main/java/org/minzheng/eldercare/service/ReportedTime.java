package org.minzheng.eldercare.service;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The moment a caregiver tapped check-in or check-out, as the phone reported it. A phone without signal
 * in a farmhouse submits later, so the tap time counts rather than the arrival time; a reported time
 * more than a day old or in the future beyond a few minutes of clock drift is not believed, and the
 * server's time counts instead.
 */
final class ReportedTime {

    static final Duration OLDEST = Duration.ofHours(24);
    static final Duration DRIFT = Duration.ofMinutes(5);

    private ReportedTime() {}

    static Instant of(String reported, Instant received) {
        if (reported == null || reported.isBlank() || reported.length() > 40) {
            return received;
        }
        try {
            Instant tapped = Instant.parse(reported.strip());
            if (tapped.isAfter(received.plus(DRIFT)) || tapped.isBefore(received.minus(OLDEST))) {
                return received;
            }
            return tapped;
        } catch (DateTimeParseException e) {
            return received;
        }
    }
}
