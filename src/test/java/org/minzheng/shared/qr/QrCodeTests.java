package org.minzheng.shared.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTests {

    static final String VILLAGE_PAGE = "https://mz.example.gov.cn/v/371602012201";

    @Test
    void pngReadsBackAsTheExactContent() {
        assertThat(QrScanner.read(QrCode.of(VILLAGE_PAGE).png(300))).isEqualTo(VILLAGE_PAGE);
    }

    @Test
    void pngHasTheRequestedSizeInPureBlackAndWhite() throws IOException {
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(QrCode.of(VILLAGE_PAGE).png(480)));

        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(480);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("quiet zone").isEqualTo(0xFFFFFF);
        for (int x = 0; x < 480; x += 7) {
            assertThat(image.getRGB(x, 240) & 0xFFFFFF).isIn(0x000000, 0xFFFFFF);
        }
    }

    @Test
    void chineseTextSurvivesAsUtf8() {
        String text = "滨州市民政局 码上救";

        assertThat(QrScanner.read(QrCode.of(text).png(300))).isEqualTo(text);
    }

    @Test
    void dataUriCarriesTheSamePng() {
        String uri = QrCode.of(VILLAGE_PAGE).dataUri(240);

        assertThat(uri).startsWith("data:image/png;base64,");
        assertThat(QrScanner.readDataUri(uri)).isEqualTo(VILLAGE_PAGE);
    }

    @Test
    void writesIntoAStreamThatStaysOpen() throws IOException {
        var out = new java.io.ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };

        QrCode.of(VILLAGE_PAGE).writePng(200, out);

        assertThat(out.closed).isFalse();
        assertThat(QrScanner.read(out.toByteArray())).isEqualTo(VILLAGE_PAGE);
    }

    @Test
    void refusesEmptyContentAndImpossibleSizes() {
        assertThatThrownBy(() -> QrCode.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.of(VILLAGE_PAGE).png(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheContentOutOfToString() {
        assertThat(QrCode.of("otpauth://totp/secret").toString()).doesNotContain("secret");
    }
}
