package org.minzheng.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTests {

    private static final byte[] KEY = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String PHONE_CONTEXT = "staff.accounts.phone";
    private static final String ADDRESS = "山东省滨州市滨城区彭李街道黄河五路 18 号";

    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    @Test
    void decryptsWhatItEncryptedIncludingChineseText() {
        byte[] sealed = cipher.encrypt(ADDRESS, "registry.persons.address");

        assertThat(cipher.decrypt(sealed, "registry.persons.address")).isEqualTo(ADDRESS);
    }

    @Test
    void storesVersionByteIvCiphertextAndTag() {
        byte[] plaintext = "13812345678".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = cipher.encrypt("13812345678", PHONE_CONTEXT);

        assertThat(sealed[0]).isEqualTo(PersonalDataCipher.VERSION);
        assertThat(sealed).hasSize(1 + 12 + plaintext.length + 16);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("13812345678");
    }

    @Test
    void twoEncryptionsOfTheSameValueDiffer() {
        byte[] first = cipher.encrypt("13812345678", PHONE_CONTEXT);
        byte[] second = cipher.encrypt("13812345678", PHONE_CONTEXT);

        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
    }

    @Test
    void refusesToDecryptAValueCopiedIntoAnotherColumn() {
        byte[] phone = cipher.encrypt("13812345678", PHONE_CONTEXT);

        assertThatExceptionOfType(DecryptionFailedException.class)
                .isThrownBy(() -> cipher.decrypt(phone, "registry.persons.phone"))
                .withMessageNotContaining("13812345678");
    }

    @Test
    void detectsEveryTamperedByte() {
        byte[] sealed = cipher.encrypt("13812345678", PHONE_CONTEXT);

        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatExceptionOfType(DecryptionFailedException.class)
                    .as("byte %d", i)
                    .isThrownBy(() -> cipher.decrypt(tampered, PHONE_CONTEXT))
                    .withMessageNotContaining("13812345678");
        }
    }

    @Test
    void refusesAValueEncryptedUnderAnotherKey() {
        PersonalDataCipher otherBureau = new PersonalDataCipher("fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
        byte[] sealed = otherBureau.encrypt("13812345678", PHONE_CONTEXT);

        assertThatExceptionOfType(DecryptionFailedException.class)
                .isThrownBy(() -> cipher.decrypt(sealed, PHONE_CONTEXT));
    }

    @Test
    void refusesATruncatedValue() {
        byte[] sealed = cipher.encrypt("", PHONE_CONTEXT);

        assertThat(cipher.decrypt(sealed, PHONE_CONTEXT)).isEmpty();
        assertThatExceptionOfType(DecryptionFailedException.class)
                .isThrownBy(() -> cipher.decrypt(Arrays.copyOf(sealed, sealed.length - 1), PHONE_CONTEXT));
    }

    @Test
    void passesNullThrough() {
        assertThat(cipher.encrypt(null, PHONE_CONTEXT)).isNull();
        assertThat(cipher.decrypt(null, PHONE_CONTEXT)).isNull();
    }

    @Test
    void requiresAContext() {
        assertThatIllegalArgumentException().isThrownBy(() -> cipher.encrypt("13812345678", " "));
        assertThatIllegalArgumentException().isThrownBy(() -> cipher.decrypt(new byte[40], null));
    }

    @Test
    void requiresASixteenByteKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(new byte[15]));
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(new byte[32]));
    }
}
