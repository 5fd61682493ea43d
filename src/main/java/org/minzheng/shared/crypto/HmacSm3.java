package org.minzheng.shared.crypto;

import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC (RFC 2104) over SM3: keyed hashes for integrity checks and blind indexes. */
public final class HmacSm3 {

    static final String ALGORITHM = "HMACSM3";

    private HmacSm3() {}

    public static byte[] mac(byte[] key, byte[] data) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
        if (key.length == 0) {
            throw new IllegalArgumentException("An HMAC key must not be empty");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM, BouncyCastle.provider());
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SM3 is not available from the Bouncy Castle provider", e);
        }
    }
}
