package org.minzheng.rescue.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checklist's worked examples, the visit interval by level and the rate's rounding. */
class RiskScoringTests {

    @Test
    void mentalIllnessWithoutFamilyAfterEarlierVagrancyIsHighRisk() {
        var factors = List.of(RiskFactor.MENTAL_ILLNESS, RiskFactor.NO_FAMILY_SUPPORT, RiskFactor.EARLIER_VAGRANCY);
        assertThat(RiskScoring.score(factors)).isEqualTo(60);
        assertThat(RiskScoring.level(60)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void noHousingAndBeggingIsMediumAndOneFactorLessIsLow() {
        assertThat(RiskScoring.score(List.of(RiskFactor.NO_HOUSING, RiskFactor.BEGGING_AS_LIVING)))
                .isEqualTo(30);
        assertThat(RiskScoring.level(30)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskScoring.score(List.of(RiskFactor.NO_INCOME, RiskFactor.FAMILY_CONFLICT)))
                .isEqualTo(25);
        assertThat(RiskScoring.level(25)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskScoring.level(59)).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void aFactorTickedTwiceCountsOnceAndNothingTickedIsLow() {
        assertThat(RiskScoring.score(List.of(RiskFactor.NO_INCOME, RiskFactor.NO_INCOME)))
                .isEqualTo(15);
        assertThat(RiskScoring.level(RiskScoring.score(List.of()))).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void everyFactorHasAWeight() {
        for (RiskFactor f : RiskFactor.values()) {
            assertThat(RiskScoring.weight(f)).as(f.name()).isPositive();
        }
    }

    @Test
    void theNextVisitFollowsTheLevelUnlessTheVisitorSetADay() {
        LocalDate returned = LocalDate.of(2026, 3, 1);
        assertThat(VisitSchedule.nextDue(returned, null, null, RiskLevel.HIGH)).isEqualTo(returned.plusDays(30));
        assertThat(VisitSchedule.nextDue(returned, null, null, null)).isEqualTo(returned.plusDays(30));
        LocalDate visited = LocalDate.of(2026, 4, 10);
        assertThat(VisitSchedule.nextDue(returned, visited, null, RiskLevel.MEDIUM))
                .isEqualTo(visited.plusDays(90));
        assertThat(VisitSchedule.nextDue(returned, visited, null, RiskLevel.LOW))
                .isEqualTo(visited.plusDays(180));
        LocalDate set = LocalDate.of(2026, 4, 20);
        assertThat(VisitSchedule.nextDue(returned, visited, set, RiskLevel.LOW)).isEqualTo(set);
    }

    @Test
    void theRateIsAPercentWithOneDecimal() {
        assertThat(new RateCell(8, 1).ratePercent()).hasToString("12.5");
        assertThat(new RateCell(3, 1).ratePercent()).hasToString("33.3");
        assertThat(new RateCell(0, 0).ratePercent()).isNull();
        assertThat(new RateCell(4, 1).plus(new RateCell(6, 1)).ratePercent()).hasToString("20.0");
    }

    @Test
    void theLastEightQuartersEndWithTheCurrentOne() {
        var quarters = RepeatRate.lastQuarters(LocalDate.of(2026, 11, 30), 8);
        assertThat(quarters).hasSize(8);
        assertThat(quarters.get(0)).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(quarters.get(7)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(RepeatRate.label(quarters.get(7))).isEqualTo("2026Q4");
    }
}
