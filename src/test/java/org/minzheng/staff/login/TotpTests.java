package org.minzheng.staff.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTests {

    /** RFC 6238 appendix B, SHA-1 key "12345678901234567890": 94287082 at T=59 s, of which we show 6 digits. */
    @Test
    void matchesTheRfcTestVector() {
        String secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.codeAt(secret, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.codeAt(secret, Totp.stepAt(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
    }

    @Test
    void acceptsOneStepOfClockDriftAndNoMore() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, step - 1), now))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, step + 1), now))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.codeAt(secret, step - 2), now))
                .isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        String secret = Totp.newSecret();
        assertThat(Totp.matchingStep(secret, "12345", Instant.now())).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", Instant.now())).isEmpty();
        assertThat(Totp.matchingStep(secret, null, Instant.now())).isEmpty();
    }

    @Test
    void base32RoundTripsAndIgnoresTheDisplaySpaces() {
        byte[] data = {1, 2, 3, 4, 5, (byte) 250};
        String encoded = Totp.base32(data);
        assertThat(Totp.decodeBase32(encoded.substring(0, 4) + " " + encoded.substring(4)))
                .containsExactly(data);
    }
}
