package org.minzheng.lottery.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SalesGrowthTests {

    @Test
    void newChannelsShareOfGrowthOnAWorkedExample() {
        // Betting shops 800,000.00 → 850,000.00 yuan; new channels 200,000.00 → 300,000.00 yuan.
        var growth = new SalesGrowth(115_000_000L, 100_000_000L, 30_000_000L, 20_000_000L);
        assertThat(growth.incrementFen()).isEqualTo(15_000_000L);
        assertThat(growth.newChannelIncrementFen()).isEqualTo(10_000_000L);
        assertThat(growth.traditionalIncrementFen()).isEqualTo(5_000_000L);
        assertThat(growth.growthPercent()).contains(new BigDecimal("15.0"));
        assertThat(growth.newChannelShare()).contains(new BigDecimal("66.7"));
    }

    @Test
    void noShareIsGivenWhenTheTotalDidNotGrow() {
        var shrank = new SalesGrowth(90_000L, 100_000L, 30_000L, 10_000L);
        assertThat(shrank.incrementFen()).isEqualTo(-10_000L);
        assertThat(shrank.newChannelShare()).isEmpty();
        assertThat(shrank.grew()).isFalse();
        assertThat(new SalesGrowth(100L, 100L, 50L, 40L).newChannelShare()).isEmpty();
    }

    @Test
    void shareExceedsAHundredWhenBettingShopsShrank() {
        var growth = new SalesGrowth(110_000L, 100_000L, 40_000L, 20_000L);
        assertThat(growth.newChannelShare()).contains(new BigDecimal("200.0"));
    }

    @Test
    void periodsAndTheirBaselines() {
        var week = SalesPeriod.week(LocalDate.of(2026, 11, 26));
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 11, 29));
        var month = SalesPeriod.month(YearMonth.of(2024, 2));
        assertThat(month.baseline().start()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(month.baseline().end()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(SalesPeriod.range(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 1))
                        .days())
                .isEqualTo(10);
    }
}
