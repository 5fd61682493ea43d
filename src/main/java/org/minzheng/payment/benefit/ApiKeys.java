package org.minzheng.payment.benefit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minzheng.shared.crypto.BlindIndex;
import org.springframework.stereotype.Component;

/**
 * Partner departments' API keys: {@code <department code>.<secret>}. Only HMAC-SM3 of a key is stored; a
 * presented key is hashed and compared in constant time with the hash of the department it names, so the key
 * itself tells which department calls, and no other department's records can be reached with it.
 */
@Component
class ApiKeys {

    static final String CONTEXT = "payment.departments.api-key";
    private static final Pattern KEY = Pattern.compile("([a-z][a-z0-9-]{1,29})\\.([A-Za-z0-9_-]{16,100})");
    /** Compared against when the key names no department, so that an unknown code costs the same work. */
    private static final String NO_HASH = "0".repeat(64);

    private final BlindIndex index;
    private final DepartmentRepository departments;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(BlindIndex index, DepartmentRepository departments) {
        this.index = index;
        this.departments = departments;
    }

    Optional<PartnerDepartment> authenticate(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        var matcher = KEY.matcher(presented.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String code = matcher.group(1);
        String stored = departments.keyHash(code).orElse(NO_HASH);
        boolean right = MessageDigest.isEqual(
                hash(presented.strip()).getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
        return right && !stored.equals(NO_HASH) ? Optional.of(new PartnerDepartment(code)) : Optional.empty();
    }

    /** A new random key for the department, replacing its old one; shown once, never stored. */
    String issue(String code) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = code + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        departments.setKeyHash(code, hash(key));
        return key;
    }

    String hash(String key) {
        return index.of(key, CONTEXT);
    }
}
