package org.minzheng.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A deterministic keyed hash of a personal value, stored beside its ciphertext so that an exact
 * match ({@code where id_number_index = ?}) works without decrypting every row. The context keeps
 * equal values in different columns from producing equal indexes.
 *
 * <p>Normalise before indexing (e.g. {@code IdNumber.parse(...).value()}): the index only matches
 * byte-for-byte equal input.
 */
public final class BlindIndex {

    private static final int MINIMUM_KEY_BYTES = 16;

    private final byte[] key;

    /** @param key at least 16 bytes, distinct from the encryption key */
    public BlindIndex(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("A blind-index key needs at least 16 bytes");
        }
        this.key = key.clone();
    }

    /** Lower-case hex of HMAC-SM3(key, context + ":" + value); null for a null value. */
    public String of(String normalisedValue, String context) {
        if (context == null || context.isBlank() || context.indexOf(':') >= 0) {
            throw new IllegalArgumentException("A blind-index context is required and must not contain ':'");
        }
        if (normalisedValue == null) {
            return null;
        }
        byte[] input = (context + ":" + normalisedValue).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(HmacSm3.mac(key, input));
    }
}
