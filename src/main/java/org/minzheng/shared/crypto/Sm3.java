package org.minzheng.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** SM3 (GB/T 32905-2016), the 256-bit hash that 密评 expects in place of SHA-256. */
public final class Sm3 {

    private Sm3() {}

    public static byte[] digest(byte[] data) {
        Objects.requireNonNull(data, "data");
        try {
            return MessageDigest.getInstance("SM3", BouncyCastle.provider()).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The Bouncy Castle provider offers no SM3", e);
        }
    }

    /** Lower-case hex of the digest, 64 characters. */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }

    /** Lower-case hex of the digest of the UTF-8 bytes of {@code utf8}. */
    public static String hex(String utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return hex(utf8.getBytes(StandardCharsets.UTF_8));
    }
}
