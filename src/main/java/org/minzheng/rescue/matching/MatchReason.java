package org.minzheng.rescue.matching;

import java.util.List;

/**
 * One line of why two descriptions match (or do not): a message key under {@code rescue.match.reason.*}, its
 * arguments, and the points it gave.
 */
public record MatchReason(String key, List<Object> arguments, int points) {

    public MatchReason {
        arguments = List.copyOf(arguments);
    }

    static MatchReason of(String key, int points, Object... arguments) {
        return new MatchReason("rescue.match.reason." + key, List.of(arguments), points);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
