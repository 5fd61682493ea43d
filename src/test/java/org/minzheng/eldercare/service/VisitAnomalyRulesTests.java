package org.minzheng.eldercare.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that flag a finished visit, on worked examples. */
class VisitAnomalyRulesTests {

    static final Instant NINE = Instant.parse("2026-11-20T01:00:00Z");

    final VisitAnomalyRules rules = new VisitAnomalyRules(0.5);

    static Instant nine(int plusMinutes) {
        return NINE.plusSeconds(60L * plusMinutes);
    }

    @Test
    void aVisitOfHalfTheStandardMinutesOrMoreIsNotTooShort() {
        assertThat(rules.minimumMinutes(45)).isEqualTo(23);
        assertThat(rules.check(new VisitAnomalyRules.Interval(1, nine(0), nine(23)), 45, List.of()))
                .isEmpty();
        assertThat(rules.check(new VisitAnomalyRules.Interval(1, nine(0), nine(22)), 45, List.of()))
                .containsExactly(new VisitAnomalyRules.Finding(AnomalyKind.TOO_SHORT, 0, 22));
    }

    @Test
    void aVeryShortVisitIsFlaggedWithItsMinutes() {
        assertThat(rules.check(new VisitAnomalyRules.Interval(1, nine(0), nine(4)), 60, List.of()))
                .containsExactly(new VisitAnomalyRules.Finding(AnomalyKind.TOO_SHORT, 0, 4));
    }

    @Test
    void aCheckOutBeforeTheCheckInIsFlaggedAndNothingElseIsJudged() {
        assertThat(rules.check(
                        new VisitAnomalyRules.Interval(1, nine(30), nine(0)),
                        60,
                        List.of(new VisitAnomalyRules.Interval(2, nine(0), nine(60)))))
                .containsExactly(new VisitAnomalyRules.Finding(AnomalyKind.CHECK_OUT_BEFORE_CHECK_IN, 0, 30));
    }

    @Test
    void overlappingVisitsOfTheCaregiverAreFlaggedWithTheOverlap() {
        var found = rules.check(
                new VisitAnomalyRules.Interval(1, nine(0), nine(60)),
                60,
                List.of(
                        new VisitAnomalyRules.Interval(2, nine(40), nine(100)),
                        new VisitAnomalyRules.Interval(3, nine(-90), nine(-30))));
        assertThat(found).containsExactly(new VisitAnomalyRules.Finding(AnomalyKind.OVERLAP, 2, 20));
    }

    @Test
    void visitsThatOnlyTouchDoNotOverlap() {
        assertThat(rules.check(
                        new VisitAnomalyRules.Interval(1, nine(0), nine(60)),
                        60,
                        List.of(new VisitAnomalyRules.Interval(2, nine(60), nine(120)))))
                .isEmpty();
    }

    @Test
    void anOtherVisitWithItsOwnTimesReversedIsNotCountedAsOverlap() {
        assertThat(rules.check(
                        new VisitAnomalyRules.Interval(1, nine(0), nine(60)),
                        60,
                        List.of(new VisitAnomalyRules.Interval(2, nine(50), nine(10)))))
                .isEmpty();
    }

    @Test
    void aShortVisitThatAlsoOverlapsGetsBothFlags() {
        var found = rules.check(
                new VisitAnomalyRules.Interval(1, nine(0), nine(10)),
                60,
                List.of(new VisitAnomalyRules.Interval(2, nine(5), nine(65))));
        assertThat(found)
                .extracting(VisitAnomalyRules.Finding::kind)
                .containsExactly(AnomalyKind.TOO_SHORT, AnomalyKind.OVERLAP);
    }

    @Test
    void theShareMustBeAFractionOfTheStandard() {
        assertThatThrownBy(() -> new VisitAnomalyRules(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VisitAnomalyRules(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new VisitAnomalyRules(1).minimumMinutes(30)).isEqualTo(30);
    }

    @Test
    void aPhonesTapTimeCountsOnlyWithinADayAndAFewMinutesOfDrift() {
        Instant received = Instant.parse("2026-11-20T08:00:00Z");
        assertThat(ReportedTime.of("2026-11-20T07:10:00Z", received)).isEqualTo(Instant.parse("2026-11-20T07:10:00Z"));
        assertThat(ReportedTime.of("2026-11-20T08:04:00Z", received)).isEqualTo(Instant.parse("2026-11-20T08:04:00Z"));
        assertThat(ReportedTime.of("2026-11-20T08:06:00Z", received)).isEqualTo(received);
        assertThat(ReportedTime.of("2026-11-19T07:59:00Z", received)).isEqualTo(received);
        assertThat(ReportedTime.of("yesterday", received)).isEqualTo(received);
        assertThat(ReportedTime.of("", received)).isEqualTo(received);
        assertThat(ReportedTime.of(null, received)).isEqualTo(received);
    }

    @Test
    void aPositionIsKeptOnlyWhenBothNumbersAreInRange() {
        assertThat(Position.parse("37.383333", "118.016667")).isNotNull();
        assertThat(Position.parse("91", "118")).isNull();
        assertThat(Position.parse("37", "")).isNull();
        assertThat(Position.parse("1e999999999", "1")).isNull();
        assertThat(Position.parse("<script>", "1")).isNull();
    }
}
