package org.minzheng.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HmacSm3Tests {

    private static final int SM3_BLOCK_BYTES = 64;

    @Test
    void followsTheRfc2104ConstructionOverSm3() {
        byte[] key = "a sixteen-byte k".getBytes(StandardCharsets.UTF_8);
        byte[] data = "低保对象身份证号".getBytes(StandardCharsets.UTF_8);

        assertThat(HmacSm3.mac(key, data)).isEqualTo(hmacByDefinition(key, data));
    }

    @Test
    void hashesKeysLongerThanOneBlockFirst() {
        byte[] longKey = new byte[100];
        Arrays.fill(longKey, (byte) 0x5a);
        byte[] data = "abc".getBytes(StandardCharsets.UTF_8);

        assertThat(HmacSm3.mac(longKey, data)).isEqualTo(hmacByDefinition(Sm3.digest(longKey), data));
    }

    @Test
    void differsByKey() {
        byte[] data = "abc".getBytes(StandardCharsets.UTF_8);

        assertThat(HmacSm3.mac(new byte[] {1}, data))
                .isNotEqualTo(HmacSm3.mac(new byte[] {2}, data))
                .hasSize(32);
    }

    @Test
    void rejectsAnEmptyKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> HmacSm3.mac(new byte[0], new byte[] {1}));
    }

    /** H((K ^ opad) || H((K ^ ipad) || m)), written out from RFC 2104 as an independent check. */
    private static byte[] hmacByDefinition(byte[] key, byte[] data) {
        byte[] block = Arrays.copyOf(key, SM3_BLOCK_BYTES);
        byte[] inner = new byte[SM3_BLOCK_BYTES + data.length];
        byte[] outer = new byte[SM3_BLOCK_BYTES + 32];
        for (int i = 0; i < SM3_BLOCK_BYTES; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
        System.arraycopy(data, 0, inner, SM3_BLOCK_BYTES, data.length);
        System.arraycopy(Sm3.digest(inner), 0, outer, SM3_BLOCK_BYTES, 32);
        return Sm3.digest(outer);
    }
}
