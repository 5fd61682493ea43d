package org.minzheng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.minzheng.shared.PhoneNumber;

class SmsTests {

    static final PhoneNumber MOBILE = new PhoneNumber("13812345678");

    @Test
    void acceptsPlainTextUpToThreeHundredCharacters() {
        Sms sms = new Sms(MOBILE, "您".repeat(300), "assistance.case.accepted", "  BZ-2026-0001 ");
        assertThat(sms.reference()).isEqualTo("BZ-2026-0001");
        assertThat(new Sms(MOBILE, "ok", "notification.code", " ").reference()).isNull();
    }

    @Test
    void refusesBlankTooLongOrMarkedUpText() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms(MOBILE, " ", "a.b", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms(MOBILE, null, "a.b", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms(MOBILE, "x".repeat(301), "a.b", null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Sms(MOBILE, "<script>alert(1)</script>", "a.b", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms(MOBILE, "two\nlines", "a.b", null));
    }

    @Test
    void refusesLandlinesMissingPhonesAndBadPurposesOrReferences() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Sms(new PhoneNumber("0543-1234567"), "text", "a.b", null));
        assertThatNullPointerException().isThrownBy(() -> new Sms(null, "text", "a.b", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms(MOBILE, "text", "Case Accepted", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms(MOBILE, "text", "", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms(MOBILE, "text", "a.b", "<b>"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sms(MOBILE, "text", "a.b", "x".repeat(65)));
    }

    @Test
    void describesItselfWithoutPhoneOrText() {
        String described = new Sms(MOBILE, "您的验证码是 123456", "notification.code", "portal.case.phone").toString();
        assertThat(described).contains("138****5678").doesNotContain("13812345678", "123456");
    }
}
