package org.minzheng.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sm3Tests {

    @Test
    void matchesTheFirstExampleOfGbt32905() {
        assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void matchesTheSecondExampleOfGbt32905() {
        String sixteenTimesAbcd = "abcd".repeat(16);

        assertThat(Sm3.hex(sixteenTimesAbcd))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void hashesTheUtf8BytesOfText() {
        String text = "滨州市民政局";

        assertThat(Sm3.hex(text)).isEqualTo(Sm3.hex(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(Sm3.digest(text.getBytes(StandardCharsets.UTF_8))).hasSize(32);
    }
}
