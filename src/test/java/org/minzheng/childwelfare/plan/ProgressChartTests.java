package org.minzheng.childwelfare.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressChartTests {

    static ChildAssessment scored(long id, LocalDate on, int gross) {
        return new ChildAssessment(id, on, gross, 0, 100, 50, 50, null, "t");
    }

    @Test
    void pointsSitAtTheirDatesDistanceApartOnAZeroToHundredScale() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        ProgressChart chart = ProgressChart.of(
                List.of(scored(3, start.plusDays(300), 80), scored(1, start, 20), scored(2, start.plusDays(100), 40)));

        var gross = chart.lines().get(Domain.GROSS_MOTOR.ordinal()).dots();
        assertThat(gross).extracting(ProgressChart.Point::score).containsExactly(20, 40, 80);
        assertThat(gross.get(0).x()).isEqualTo(chart.left());
        assertThat(gross.get(2).x()).isEqualTo(chart.right());
        int third = (gross.get(2).x() - gross.get(0).x()) / 3;
        assertThat(gross.get(1).x() - gross.get(0).x()).isBetween(third - 1, third + 1);
        var fine = chart.lines().get(Domain.FINE_MOTOR.ordinal()).dots();
        var language = chart.lines().get(Domain.LANGUAGE.ordinal()).dots();
        assertThat(fine.get(0).y()).isEqualTo(chart.baseline());
        assertThat(language.get(0).y()).isEqualTo(chart.top());
        assertThat(chart.ticks())
                .extracting(ProgressChart.Tick::day)
                .containsExactly(start, start.plusDays(100), start.plusDays(300));
    }

    @Test
    void oneAssessmentIsCentredAndNoneLeavesTheChartEmpty() {
        ProgressChart one = ProgressChart.of(List.of(scored(1, LocalDate.of(2026, 1, 1), 50)));
        assertThat(one.ticks()).hasSize(1);
        assertThat(one.empty()).isFalse();
        assertThat(ProgressChart.of(List.of()).empty()).isTrue();
    }

    @Test
    void dailyMinutesAreMeasuredOnWeekdaysAndOnWeekendDaysWithTherapy() {
        var days = DailyMinutes.of(List.of(
                new ScheduleRow(1, 1, "PHYSICAL", "", "", 90, null, null),
                new ScheduleRow(2, 1, "SPEECH", "", "", 30, null, null),
                new ScheduleRow(3, 6, "MASSAGE", "", "", 20, null, null)));

        assertThat(days.get(0).minutes()).isEqualTo(120);
        assertThat(days.get(0).meetsTarget()).isTrue();
        assertThat(days.get(1).shortBy()).isEqualTo(120);
        assertThat(days.get(5).measured()).isTrue();
        assertThat(days.get(6).measured()).isFalse();
    }
}
