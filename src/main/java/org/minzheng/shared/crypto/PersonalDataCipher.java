package org.minzheng.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (GB/T 39786 level 3: confidentiality and integrity of important
 * data in storage) with SM4 in GCM mode.
 *
 * <p>Stored layout: one version byte, a random 12-byte IV, then ciphertext and 16-byte tag. The
 * caller's context (e.g. {@code "staff.accounts.phone"}) is authenticated as associated data, so a
 * ciphertext copied into another column or row type fails to decrypt instead of silently showing
 * someone's data in the wrong place. The version byte lets a later key be introduced beside this
 * one.
 *
 * <p>Thread-safe: a new {@link Cipher} is made per call.
 */
public final class PersonalDataCipher {

    static final byte VERSION = 1;
    static final int KEY_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "SM4/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** @param key 16 bytes (SM4-128) */
    public PersonalDataCipher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An SM4 key has 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "SM4");
    }

    /** Null stays null, so optional columns need no special handling. */
    public byte[] encrypt(String plaintext, String context) {
        requireContext(context);
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(VERSION)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4/GCM encryption failed for context " + context, e);
        }
    }

    /**
     * @throws DecryptionFailedException if the value was altered, belongs to another context or
     *     was encrypted under another key
     */
    public String decrypt(byte[] ciphertext, String context) {
        requireContext(context);
        if (ciphertext == null) {
            return null;
        }
        if (ciphertext.length < 1 + IV_BYTES + TAG_BITS / 8) {
            throw new DecryptionFailedException("Encrypted value for " + context + " is truncated");
        }
        if (ciphertext[0] != VERSION) {
            throw new DecryptionFailedException("Encrypted value for " + context + " has an unknown key version");
        }
        byte[] iv = Arrays.copyOfRange(ciphertext, 1, 1 + IV_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, context);
            byte[] plain = cipher.doFinal(ciphertext, 1 + IV_BYTES, ciphertext.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new DecryptionFailedException(
                    "Encrypted value for " + context + " failed authentication (altered, wrong column or wrong key)");
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException("Encrypted value for " + context + " cannot be decrypted", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION, BouncyCastle.provider());
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static void requireContext(String context) {
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("An encryption context such as \"staff.accounts.phone\" is required");
        }
    }
}
