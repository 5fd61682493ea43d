package org.minzheng.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BlindIndexTests {

    private static final byte[] KEY = "an index key of 28 bytes!!!!".getBytes(StandardCharsets.US_ASCII);
    private static final String ID_NUMBER = "371602199003071236";

    private final BlindIndex index = new BlindIndex(KEY);

    @Test
    void isStableForTheSameValueAndContext() {
        assertThat(index.of(ID_NUMBER, "registry.persons.id_number"))
                .isEqualTo(new BlindIndex(KEY).of(ID_NUMBER, "registry.persons.id_number"))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void isHmacSm3OfContextAndValue() {
        byte[] expected =
                HmacSm3.mac(KEY, ("registry.persons.id_number:" + ID_NUMBER).getBytes(StandardCharsets.UTF_8));

        assertThat(index.of(ID_NUMBER, "registry.persons.id_number"))
                .isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void separatesContexts() {
        assertThat(index.of(ID_NUMBER, "registry.persons.id_number"))
                .isNotEqualTo(index.of(ID_NUMBER, "staff.accounts.id_number"));
    }

    @Test
    void separatesValuesAndKeys() {
        assertThat(index.of(ID_NUMBER, "registry.persons.id_number"))
                .isNotEqualTo(index.of("11010519491231002X", "registry.persons.id_number"))
                .isNotEqualTo(new BlindIndex("another index key, 28 bytes!".getBytes(StandardCharsets.US_ASCII))
                        .of(ID_NUMBER, "registry.persons.id_number"));
    }

    @Test
    void doesNotRevealTheValue() {
        assertThat(index.of(ID_NUMBER, "registry.persons.id_number")).doesNotContain("1990");
    }

    @Test
    void passesNullThrough() {
        assertThat(index.of(null, "registry.persons.id_number")).isNull();
    }

    @Test
    void rejectsAmbiguousOrMissingContext() {
        assertThatIllegalArgumentException().isThrownBy(() -> index.of(ID_NUMBER, "a:b"));
        assertThatIllegalArgumentException().isThrownBy(() -> index.of(ID_NUMBER, ""));
    }

    @Test
    void rejectsAShortKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BlindIndex(new byte[15]));
    }
}
