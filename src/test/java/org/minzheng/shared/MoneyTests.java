package org.minzheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12|1200",
                "12.3|1230",
                "12.34|1234",
                "1,234.50|123450",
                "¥1,234.50|123450",
                "￥ 88|8800",
                "  0.05 |5",
                "１２３.４５|12345",
                "-12.50|-1250",
                "1,234,567|123456700",
            })
    void parsesYuanAsPeopleTypeIt(String text, long fen) {
        assertThat(Money.parseYuan(text)).isEqualTo(Money.ofFen(fen));
    }

    @Test
    void rejectsMoreThanTwoDecimals() {
        assertThatExceptionOfType(InvalidMoneyException.class)
                .isThrownBy(() -> Money.parseYuan("12.345"))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("money.invalid.decimals"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "abc", "1,23.00", "12,34", "12.", ".5", "1.2.3", "12 34", "¥", "--1", "$12"})
    void rejectsMalformedAmounts(String text) {
        assertThatExceptionOfType(InvalidMoneyException.class)
                .isThrownBy(() -> Money.parseYuan(text))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(InvalidMoneyException.Reason.FORMAT);
                    assertThat(e.messageKey()).isEqualTo("money.invalid.format");
                    assertThat(e).isInstanceOf(IllegalArgumentException.class);
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsBlankInput(String text) {
        assertThatExceptionOfType(InvalidMoneyException.class)
                .isThrownBy(() -> Money.parseYuan(text))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(InvalidMoneyException.Reason.FORMAT));
    }

    @Test
    void rejectsAmountsBeyondTheRangeOfFen() {
        assertThatExceptionOfType(InvalidMoneyException.class)
                .isThrownBy(() -> Money.parseYuan("92233720368547758.08"))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("money.invalid.range"));
        assertThat(Money.parseYuan("92233720368547758.07").fen()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void errorMessageDoesNotRepeatTheInput() {
        assertThatThrownBy(() -> Money.parseYuan("13812345678.123")).hasMessageNotContaining("13812345678");
    }

    @Test
    void formatsForExportsAndForDisplay() {
        Money money = Money.ofFen(123450);

        assertThat(money.toYuanString()).isEqualTo("1234.50");
        assertThat(money.format()).isEqualTo("¥1,234.50");
        assertThat(Money.ofFen(5).format()).isEqualTo("¥0.05");
        assertThat(Money.ofYuan(1_000_000).format()).isEqualTo("¥1,000,000.00");
        assertThat(Money.ofFen(-123450).format()).isEqualTo("-¥1,234.50");
        assertThat(Money.ZERO.toYuanString()).isEqualTo("0.00");
    }

    @Test
    void formattedTextParsesBackToTheSameAmount() {
        for (long fen : new long[] {0, 1, 99, 100, 123450, -123450, 987654321012L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            Money money = Money.ofFen(fen);
            assertThat(Money.parseYuan(money.format())).isEqualTo(money);
            assertThat(Money.parseYuan(money.toYuanString())).isEqualTo(money);
        }
    }

    @Test
    void calculatesExactlyInFen() {
        Money standard = Money.ofYuan(880);
        Money income = Money.parseYuan("312.40");

        Money gap = standard.minus(income);

        assertThat(gap).isEqualTo(Money.ofFen(56760));
        assertThat(gap.times(3)).isEqualTo(Money.ofFen(170280));
        assertThat(gap.plus(income)).isEqualTo(standard);
        assertThat(income.minus(standard).isNegative()).isTrue();
        assertThat(standard.minus(standard).isZero()).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
    }

    @Test
    void refusesToOverflowSilently() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)));
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Money.ofFen(Long.MAX_VALUE / 2 + 1).times(2));
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Money.ofYuan(Long.MAX_VALUE));
    }

    @Test
    void comparesByAmount() {
        assertThat(Money.ofFen(100)).isLessThan(Money.ofFen(101));
        assertThat(Money.ofYuan(1)).isEqualByComparingTo(Money.ofFen(100));
        assertThat(Money.ofFen(-1)).isLessThan(Money.ZERO);
    }
}
