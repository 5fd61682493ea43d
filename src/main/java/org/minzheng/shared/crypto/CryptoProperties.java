package org.minzheng.shared.crypto;

import java.util.Base64;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal-data encryption, base64-encoded. They come from the environment (or, for the
 * demo profile only, its properties file), never from code.
 *
 * @param dataKey SM4-128 key for {@link PersonalDataCipher}: 16 bytes
 * @param indexKey HMAC-SM3 key for {@link BlindIndex}: at least 16 bytes
 */
@ConfigurationProperties("minzheng.crypto")
public record CryptoProperties(String dataKey, String indexKey) {

    static final String DATA_KEY_PROPERTY = "minzheng.crypto.data-key";
    static final String INDEX_KEY_PROPERTY = "minzheng.crypto.index-key";

    /** @throws IllegalStateException naming the property when the key is missing or malformed */
    public byte[] dataKeyBytes() {
        byte[] key = decode(dataKey, DATA_KEY_PROPERTY);
        if (key.length != PersonalDataCipher.KEY_BYTES) {
            throw new IllegalStateException(
                    DATA_KEY_PROPERTY + " must decode to exactly 16 bytes (an SM4-128 key), not " + key.length);
        }
        return key;
    }

    /** @throws IllegalStateException naming the property when the key is missing or malformed */
    public byte[] indexKeyBytes() {
        byte[] key = decode(indexKey, INDEX_KEY_PROPERTY);
        if (key.length < 16) {
            throw new IllegalStateException(
                    INDEX_KEY_PROPERTY + " must decode to at least 16 bytes, not " + key.length);
        }
        return key;
    }

    /** Keeps key material out of logs and error pages. */
    @Override
    public String toString() {
        return "CryptoProperties[dataKey=" + (dataKey == null ? "unset" : "***") + ", indexKey="
                + (indexKey == null ? "unset" : "***") + "]";
    }

    private static byte[] decode(String base64, String property) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set; provide a base64-encoded key (for example via "
                    + environmentVariable(property) + ")");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            // The decoder's message quotes the offending character, which is part of the key.
            throw new IllegalStateException(property + " is not valid base64");
        }
    }

    private static String environmentVariable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
