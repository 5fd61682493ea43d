package org.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13812345678",
                "138 1234 5678",
                "138-1234-5678",
                "+86 138 1234 5678",
                "+8613812345678",
                "8613812345678",
                "0086 13812345678",
                "１３８１２３４５６７８",
                " 13812345678 "
            })
    void normalisesMobileNumbers(String raw) {
        PhoneNumber phone = PhoneNumber.parse(raw);

        assertThat(phone.value()).isEqualTo("13812345678");
        assertThat(phone.isMobile()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0543-1234567|0543-1234567",
                "05431234567|0543-1234567",
                "(0543)1234567|0543-1234567",
                "0543 123 4567|0543-1234567",
                "010-12345678|010-12345678",
                "01012345678|010-12345678",
                "021-87654321|021-87654321",
                "0543-12345678|0543-12345678",
            })
    void normalisesLandlinesWithAreaCode(String raw, String value) {
        PhoneNumber phone = PhoneNumber.parse(raw);

        assertThat(phone.value()).isEqualTo(value);
        assertThat(phone.isMobile()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "1234567",
                "12812345678",
                "1381234567",
                "138123456789",
                "+1 13812345678",
                "+86 0543-1234567",
                "0543-123456",
                "0543-123456789",
                "0012345678",
                "13812345678a",
                "tel:13812345678",
                "+",
                "138+12345678"
            })
    void rejectsWhatIsNeitherMobileNorLandline(String raw) {
        assertThatExceptionOfType(InvalidPhoneNumberException.class)
                .isThrownBy(() -> PhoneNumber.parse(raw))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("phone.invalid"));
        assertThat(PhoneNumber.isValid(raw)).isFalse();
        assertThat(PhoneNumber.tryParse(raw)).isEmpty();
    }

    @Test
    void exceptionMessageNeverContainsTheNumber() {
        assertThatExceptionOfType(InvalidPhoneNumberException.class)
                .isThrownBy(() -> PhoneNumber.parse("1281234567"))
                .withMessageNotContaining("1281234567")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksMobileMiddleDigits() {
        assertThat(PhoneNumber.parse("13812345678").masked()).isEqualTo("138****5678");
    }

    @Test
    void masksLandlineKeepingAreaCodeAndLastTwoDigits() {
        assertThat(PhoneNumber.parse("0543-1234567").masked()).isEqualTo("0543-*****67");
        assertThat(PhoneNumber.parse("010-12345678").masked()).isEqualTo("010-******78");
    }

    @Test
    void toStringIsMasked() {
        assertThat(PhoneNumber.parse("13812345678")).hasToString("138****5678");
        assertThat(PhoneNumber.parse("0543-1234567").toString()).doesNotContain("12345");
    }

    @Test
    void canonicalConstructorAcceptsOnlyNormalisedForms() {
        assertThat(new PhoneNumber("0543-1234567").isMobile()).isFalse();
        assertThatExceptionOfType(InvalidPhoneNumberException.class).isThrownBy(() -> new PhoneNumber("05431234567"));
        assertThatExceptionOfType(InvalidPhoneNumberException.class).isThrownBy(() -> new PhoneNumber("054-31234567"));
        assertThatExceptionOfType(InvalidPhoneNumberException.class).isThrownBy(() -> new PhoneNumber("0012-1234567"));
        assertThatExceptionOfType(InvalidPhoneNumberException.class)
                .isThrownBy(() -> new PhoneNumber("+8613812345678"));
    }
}
