package org.minzheng.charity.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Amounts in capital numerals, each worked out by hand from the People's Bank of China rules. */
class ChineseAmountTests {

    @Test
    void wholeYuanEndWithZheng() {
        assertThat(ChineseAmount.of(1_200_000)).isEqualTo("壹万贰仟元整");
        assertThat(ChineseAmount.of(100)).isEqualTo("壹元整");
        assertThat(ChineseAmount.of(32_510_000_00L)).isEqualTo("叁仟贰佰伍拾壹万元整");
    }

    @Test
    void tenIsWrittenWithItsOne() {
        assertThat(ChineseAmount.of(1_000)).isEqualTo("壹拾元整");
        assertThat(ChineseAmount.of(10_000_000)).isEqualTo("壹拾万元整");
        assertThat(ChineseAmount.of(1_500)).isEqualTo("壹拾伍元整");
    }

    @Test
    void oneZeroStandsForARunOfZeros() {
        assertThat(ChineseAmount.of(1_000_500)).isEqualTo("壹万零伍元整");
        assertThat(ChineseAmount.of(1_010_00)).isEqualTo("壹仟零壹拾元整");
        assertThat(ChineseAmount.of(100_010_000L)).isEqualTo("壹佰万零壹佰元整");
        assertThat(ChineseAmount.of(20_030_500L)).isEqualTo("贰拾万零叁佰零伍元整");
    }

    @Test
    void emptyGroupsAreSkippedButLeaveTheirZero() {
        assertThat(ChineseAmount.of(100_000_000_00L)).isEqualTo("壹亿元整");
        assertThat(ChineseAmount.of(100_010_000_00L)).isEqualTo("壹亿零壹万元整");
        assertThat(ChineseAmount.of(100_000_001_00L)).isEqualTo("壹亿零壹元整");
        assertThat(ChineseAmount.of(1_000_000_000_00L)).isEqualTo("壹拾亿元整");
    }

    @Test
    void jiaoAndFen() {
        assertThat(ChineseAmount.of(1_234_56)).isEqualTo("壹仟贰佰叁拾肆元伍角陆分");
        assertThat(ChineseAmount.of(105)).isEqualTo("壹元零伍分");
        assertThat(ChineseAmount.of(150)).isEqualTo("壹元伍角整");
        assertThat(ChineseAmount.of(5)).isEqualTo("伍分");
        assertThat(ChineseAmount.of(50)).isEqualTo("伍角整");
        assertThat(ChineseAmount.of(1_005)).isEqualTo("壹拾元零伍分");
    }

    @Test
    void zeroAndOutOfRange() {
        assertThat(ChineseAmount.of(0)).isEqualTo("零元整");
        assertThatThrownBy(() -> ChineseAmount.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseAmount.of(ChineseAmount.LIMIT_FEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
