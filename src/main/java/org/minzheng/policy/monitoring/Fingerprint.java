package org.minzheng.policy.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.minzheng.policy.rule.Attribute;

/**
 * What a finding rested on, as a short hash: the rule's version and the values of the facts it read. The
 * same hash tomorrow means nothing has changed since the warning was raised, so the nightly run does not
 * raise it again once the village assistant has looked and closed it; a new figure or an edited rule does.
 * Personal facts go into the hash only, never into the table in clear.
 */
final class Fingerprint {

    private Fingerprint() {}

    static String of(ActiveRule rule, Map<String, Object> facts) {
        StringBuilder text = new StringBuilder().append(rule.rule().version());
        for (Attribute attribute : rule.compiled().attributes()) {
            text.append('|').append(attribute.path()).append('=').append(shown(facts.get(attribute.path())));
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Lists in a fixed order: the household's categories come from a set, whose order varies between runs. */
    private static String shown(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).sorted().toList().toString();
        }
        return String.valueOf(value);
    }
}
