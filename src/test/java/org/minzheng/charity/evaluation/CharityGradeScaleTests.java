package org.minzheng.charity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The illustrative grade thresholds and the quarters evaluations are about, without Spring. */
class CharityGradeScaleTests {

    @Test
    void gradesChangeExactlyAtNinetySeventyFiveAndSixty() {
        assertThat(EvaluationGrade.of(100)).isEqualTo(EvaluationGrade.EXCELLENT);
        assertThat(EvaluationGrade.of(90)).isEqualTo(EvaluationGrade.EXCELLENT);
        assertThat(EvaluationGrade.of(89)).isEqualTo(EvaluationGrade.GOOD);
        assertThat(EvaluationGrade.of(75)).isEqualTo(EvaluationGrade.GOOD);
        assertThat(EvaluationGrade.of(74)).isEqualTo(EvaluationGrade.PASS);
        assertThat(EvaluationGrade.of(60)).isEqualTo(EvaluationGrade.PASS);
        assertThat(EvaluationGrade.of(59)).isEqualTo(EvaluationGrade.FAIL);
        assertThat(EvaluationGrade.of(0)).isEqualTo(EvaluationGrade.FAIL);
    }

    @Test
    void eachGradeCoversTheTotalsUpToTheNextOne() {
        assertThat(EvaluationGrade.EXCELLENT.upTo()).isEqualTo(100);
        assertThat(EvaluationGrade.GOOD.upTo()).isEqualTo(89);
        assertThat(EvaluationGrade.PASS.upTo()).isEqualTo(74);
        assertThat(EvaluationGrade.FAIL.upTo()).isEqualTo(59);
    }

    @Test
    void aTotalOutsideZeroToHundredHasNoGrade() {
        assertThatThrownBy(() -> EvaluationGrade.of(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvaluationGrade.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFivePartsOfTheFormAddUpToAHundred() {
        assertThat(EvaluationPart.sumOfMaxima()).isEqualTo(EvaluationPart.MAXIMUM_TOTAL);
        assertThat(EvaluationPart.OUTCOME.maximum()).isEqualTo(30);
        assertThat(EvaluationPart.MANAGEMENT.field()).isEqualTo("managementScore");
    }

    @Test
    void theLastCompletedQuarterOfJanuaryIsTheFourthOfTheYearBefore() {
        assertThat(Quarter.lastCompleted(LocalDate.of(2026, 1, 15))).isEqualTo(new Quarter(2025, 4));
        assertThat(Quarter.lastCompleted(LocalDate.of(2026, 11, 30))).isEqualTo(new Quarter(2026, 3));
        assertThat(new Quarter(2026, 3).lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(new Quarter(2024, 1).lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(new Quarter(2026, 2).firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(new Quarter(2026, 1).compareTo(new Quarter(2025, 4))).isPositive();
    }
}
