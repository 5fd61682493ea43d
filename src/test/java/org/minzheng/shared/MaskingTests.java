package org.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingTests {

    @ParameterizedTest
    @CsvSource({
        "张三, 张*",
        "张三丰, 张*丰",
        "欧阳小明, 欧**明",
        "' 李四 ', 李*",
        "买买提·艾力, 买****力",
        "王, *",
    })
    void masksNamesKeepingFirstAndLastCharacter(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void countsRareCharactersOutsideTheBasicPlaneAsOne() {
        assertThat(Masking.name("\uD842\uDFB7明")).isEqualTo("\uD842\uDFB7*");
        assertThat(Masking.name("李\uD842\uDFB7")).isEqualTo("李*");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void masksNothingIntoEmptyText(String blank) {
        assertThat(Masking.name(blank)).isEmpty();
        assertThat(Masking.idNumberForStaff(blank)).isEmpty();
        assertThat(Masking.idNumberForPublic(blank)).isEmpty();
        assertThat(Masking.phone(blank)).isEmpty();
        assertThat(Masking.bankCard(blank)).isEmpty();
    }

    @Test
    void masksIdNumbersForStaffAndPublic() {
        assertThat(Masking.idNumberForStaff("371602199003071236")).isEqualTo("371602********1236");
        assertThat(Masking.idNumberForPublic("371602199003071236")).isEqualTo("3716**********1236");
        assertThat(Masking.idNumberForStaff("110105491231002")).isEqualTo("110105*****1002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3716021990", "37160219900307", "3"})
    void hidesShortIdNumberInputCompletely(String tooShort) {
        assertThat(Masking.idNumberForStaff(tooShort)).matches("\\*+");
        assertThat(Masking.idNumberForPublic(tooShort)).matches("\\*+");
    }

    @Test
    void masksPhones() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("+86 138 1234 5678")).isEqualTo("138****5678");
        assertThat(Masking.phone("0543-1234567")).isEqualTo("0543-*****67");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1381234567", "12345", "not a phone 13812345678"})
    void hidesInputThatIsNotAPhoneNumberCompletely(String notAPhone) {
        assertThat(Masking.phone(notAPhone)).matches("\\*+");
    }

    @Test
    void masksBankCardsToTheSameShapeWhateverTheirLength() {
        assertThat(Masking.bankCard("6217000012341234")).isEqualTo("6217 **** **** 1234");
        assertThat(Masking.bankCard("6217 0000 1234 5678 901")).isEqualTo("6217 **** **** 8901");
        assertThat(Masking.bankCard("62170000")).isEqualTo("********");
    }
}
