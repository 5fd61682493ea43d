package org.minzheng.portal.benefits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits per client address on top of the one-time codes' limits per phone: one address may not ask for codes
 * to many phones, nor try codes for many phones, which per-phone limits alone would allow. Kept in memory, so
 * each application instance counts for itself; behind a proxy the address is the forwarded one
 * ({@code server.forward-headers-strategy}).
 */
@Component
class ClientLimits {

    /** What is counted, how many in how long. */
    enum Action {
        /** Sign-in forms sent (each may send a code). */
        SIGN_IN(10, Duration.ofHours(1)),
        /** Codes typed. */
        CODE(20, Duration.ofHours(1));

        final int most;
        final Duration window;

        Action(int most, Duration window) {
            this.most = most;
            this.window = window;
        }
    }

    /** Beyond this many addresses, those with nothing in their window are forgotten. */
    private static final int MAX_CLIENTS = 50_000;

    private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    ClientLimits(Clock clock) {
        this.clock = clock;
    }

    /** Counts the action and says whether it is within the limit; one refused is not counted. */
    boolean allow(Action action, String client) {
        Instant now = clock.instant();
        if (seen.size() > MAX_CLIENTS) {
            forgetIdle(now);
        }
        Deque<Instant> times = seen.computeIfAbsent(action.name() + "|" + client, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(action.window))) {
                times.pollFirst();
            }
            if (times.size() >= action.most) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private void forgetIdle(Instant now) {
        Instant longest = now.minus(Duration.ofHours(1));
        seen.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty()
                        || !entry.getValue().peekLast().isAfter(longest);
            }
        });
    }
}
