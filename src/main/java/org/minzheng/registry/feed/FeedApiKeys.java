package org.minzheng.registry.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.crypto.BlindIndex;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feed API keys read {@code <department code>.<secret>}. Only their HMAC-SM3 is stored; a presented key is
 * hashed and compared in constant time with the stored hash of the department it names, so the key itself
 * says who delivers.
 */
@Component
class FeedApiKeys {

    private static final String CONTEXT = "registry.feed_departments.api-key";
    private static final Pattern KEY = Pattern.compile("([a-z][a-z0-9-]{1,29})\\.([A-Za-z0-9_-]{16,100})");
    /** Compared against when the department is unknown, so that guessing codes costs the same work. */
    private static final String NO_HASH = "0".repeat(64);

    private final BlindIndex index;
    private final FeedRecordRepository repository;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    FeedApiKeys(BlindIndex index, FeedRecordRepository repository, AuditLog audit) {
        this.index = index;
        this.repository = repository;
        this.audit = audit;
    }

    /** The department the key belongs to; empty when the key is missing, malformed or wrong. */
    Optional<FeedDepartmentPrincipal> authenticate(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        var matcher = KEY.matcher(presented.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String code = matcher.group(1);
        String stored = repository.keyHash(code).orElse(NO_HASH);
        boolean right = MessageDigest.isEqual(
                index.of(presented.strip(), CONTEXT).getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
        return right && !stored.equals(NO_HASH) ? Optional.of(new FeedDepartmentPrincipal(code)) : Optional.empty();
    }

    /** A new random key for the department, replacing its old one; returned once, never stored. */
    @Transactional
    Optional<String> issue(String department) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = department + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        if (!repository.setKeyHash(department, index.of(key, CONTEXT))) {
            return Optional.empty();
        }
        audit.record(AuditEvent.operation("registry.feed.key", "registry.feed-department", department, null));
        return Optional.of(key);
    }
}
