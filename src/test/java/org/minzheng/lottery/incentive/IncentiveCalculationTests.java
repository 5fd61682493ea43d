package org.minzheng.lottery.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.lottery.sales.SalesPeriod;

class IncentiveCalculationTests {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    @Test
    void workedExampleOfAMonth() {
        var rules = List.of(
                new IncentiveCalculation.Rule(1, "开拓通用", "OPENING", null, 50_000L, null, FROM, null),
                new IncentiveCalculation.Rule(2, "开拓商超", "OPENING", "MALL", 200_000L, null, FROM, null),
                new IncentiveCalculation.Rule(3, "业绩", "PERFORMANCE", null, null, 15, FROM, null),
                new IncentiveCalculation.Rule(
                        4, "过期", "OPENING", null, 999_999L, null, FROM, LocalDate.of(2020, 12, 31)));
        var opened = List.of(
                new IncentiveCalculation.Opened(10, "A", "MALL", LocalDate.of(2026, 10, 3), 7, 70L),
                new IncentiveCalculation.Opened(11, "B", "CHAIN_STORE", LocalDate.of(2026, 10, 9), 7, null));
        var serviced = List.of(
                // +1,234.56 yuan at 15 ‰ = 18.5184 → 18.52 yuan
                new IncentiveCalculation.Serviced(20, "C", "TRADITIONAL", 7, 71L, 1_123_456L, 1_000_000L),
                // shrank: nothing
                new IncentiveCalculation.Serviced(21, "D", "MALL", 7, 71L, 90_000L, 100_000L),
                // uncapped: +1,000,000.00 yuan at 15 ‰ = 15,000.00 yuan
                new IncentiveCalculation.Serviced(22, "E", "MALL", 8, null, 100_000_000L, 0L));
        var lines = IncentiveCalculation.calculate(rules, opened, serviced, SalesPeriod.month(YearMonth.of(2026, 10)));
        assertThat(lines)
                .containsExactly(
                        new IncentiveCalculation.Line(2, 7, 70L, 10, null, 200_000L, "A"),
                        new IncentiveCalculation.Line(1, 7, null, 11, null, 50_000L, "B"),
                        new IncentiveCalculation.Line(3, 7, 71L, 20, 123_456L, 1_852L, "C"),
                        new IncentiveCalculation.Line(3, 8, null, 22, 100_000_000L, 1_500_000L, "E"));
    }

    @Test
    void sharesRoundHalfUp() {
        assertThat(IncentiveCalculation.share(100, 5)).isEqualTo(1);
        assertThat(IncentiveCalculation.share(99, 5)).isZero();
    }
}
