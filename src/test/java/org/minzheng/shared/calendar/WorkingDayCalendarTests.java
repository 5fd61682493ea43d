package org.minzheng.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTests {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.load(Optional.empty());

    @Test
    void makeUpSundayBeforeSpringFestival2024IsAWorkingDay() {
        assertThat(LocalDate.of(2024, 2, 4).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
        assertThat(CALENDAR.holidayName(LocalDate.of(2024, 2, 4))).isEmpty();
    }

    @Test
    void mondayInsideSpringFestival2024IsNotAWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 2, 12))).isFalse();
        assertThat(CALENDAR.holidayName(LocalDate.of(2024, 2, 12))).contains("春节");
    }

    @Test
    void ordinaryDaysFollowTheWeekendRule() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 3, 12))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 3, 15))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 3, 16))).isFalse();
        assertThat(CALENDAR.holidayName(LocalDate.of(2025, 3, 12))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-26, true",
        "2025-01-27, true",
        "2025-01-28, false",
        "2025-02-04, false",
        "2025-02-05, true",
        "2025-02-08, true",
        "2025-04-27, true",
        "2025-05-05, false",
        "2025-09-28, true",
        "2025-10-08, false",
        "2025-10-11, true",
        "2026-01-04, true",
        "2026-02-14, true",
        "2026-02-23, false",
        "2026-02-28, true",
        "2026-05-09, true",
        "2026-06-19, false",
        "2026-09-20, true",
        "2026-09-25, false",
        "2026-10-10, true",
    })
    void followsTheStateCouncilNotices(LocalDate date, boolean working) {
        assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void deadlineRunsAcrossSpringFestival2025() {
        LocalDate fridayBeforeTheBreak = LocalDate.of(2025, 1, 24);

        assertThat(CALENDAR.plusWorkingDays(fridayBeforeTheBreak, 1)).isEqualTo(LocalDate.of(2025, 1, 26));
        assertThat(CALENDAR.plusWorkingDays(fridayBeforeTheBreak, 2)).isEqualTo(LocalDate.of(2025, 1, 27));
        assertThat(CALENDAR.plusWorkingDays(fridayBeforeTheBreak, 3)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void tenWorkingDaysFromTwentySixthOfSeptember2025EndOnSixteenthOfOctober() {
        LocalDate accepted = LocalDate.of(2025, 9, 26);

        LocalDate deadline = CALENDAR.plusWorkingDays(accepted, 10);

        assertThat(deadline).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(CALENDAR.workingDaysBetween(accepted, deadline)).isEqualTo(10);
    }

    @Test
    void zeroWorkingDaysIsTheStartItself() {
        LocalDate sunday = LocalDate.of(2025, 3, 16);

        assertThat(CALENDAR.plusWorkingDays(sunday, 0)).isEqualTo(sunday);
        assertThat(CALENDAR.workingDaysBetween(sunday, sunday)).isZero();
    }

    @Test
    void rejectsNegativeWorkingDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2025, 3, 3), -1));
    }

    @Test
    void countsWorkingDaysBetweenExcludingTheStart() {
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10)))
                .isEqualTo(5);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 8)))
                .isEqualTo(1);
    }

    @Test
    void countsOverdueWorkingDaysAsNegative() {
        LocalDate deadline = LocalDate.of(2025, 3, 10);
        LocalDate today = LocalDate.of(2025, 3, 12);

        assertThat(CALENDAR.workingDaysBetween(today, deadline)).isEqualTo(-2);
    }

    @Test
    void coversTheYearsOfTheBundledNotices() {
        assertThat(CALENDAR.coveredYears()).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(CALENDAR.covers(2026)).isTrue();
        assertThat(CALENDAR.covers(2027)).isFalse();
    }

    /**
     * Holidays that fall on a weekend are given back on a weekday, and bridge days are worked
     * off on a weekend, so each year's weekdays off minus make-up days equal the statutory days:
     * 11 until 2024, 13 since 2025 (春节 and 劳动节 one day longer).
     */
    @ParameterizedTest
    @CsvSource({"2022, 11", "2023, 11", "2024, 11", "2025, 13", "2026, 13"})
    void eachYearNetsTheStatutoryNumberOfHolidays(int year, int statutoryDays) {
        int weekdaysOff = 0;
        int makeUpDays = 0;
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            if (!weekend && !CALENDAR.isWorkingDay(date)) {
                weekdaysOff++;
            }
            if (weekend && CALENDAR.isWorkingDay(date)) {
                makeUpDays++;
            }
        }

        assertThat(weekdaysOff - makeUpDays).isEqualTo(statutoryDays);
    }

    @Test
    void namesEveryDayOfTheNationalDayBreak2025() {
        for (LocalDate date = LocalDate.of(2025, 10, 1);
                !date.isAfter(LocalDate.of(2025, 10, 8));
                date = date.plusDays(1)) {
            assertThat(CALENDAR.holidayName(date)).as(date.toString()).contains("国庆节、中秋节");
        }
        assertThat(CALENDAR.holidayName(LocalDate.of(2025, 10, 9))).isEmpty();
    }

    @Test
    void extraFileAddsNextYearWithoutARebuild(@TempDir Path folder) throws IOException {
        Path extra = folder.resolve("holidays-2027.csv");
        Files.writeString(extra, """
            \uFEFF# source: a bureau's copy of next year's notice
            date,kind,name
            2027-01-01,HOLIDAY,元旦
            2027-01-02,WORKDAY,元旦
            """, StandardCharsets.UTF_8);

        WorkingDayCalendar calendar = WorkingDayCalendar.load(Optional.of(extra));

        assertThat(calendar.covers(2027)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).isTrue();
        assertThat(calendar.holidayName(LocalDate.of(2027, 1, 1))).contains("元旦");
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
    }

    @Test
    void extraFileCorrectsTheBundledData(@TempDir Path folder) throws IOException {
        Path correction = folder.resolve("corrections.csv");
        Files.writeString(correction, "2025-10-08,HOLIDAY,国庆节\n2025-10-09,HOLIDAY,本地补充假日\n", StandardCharsets.UTF_8);

        WorkingDayCalendar calendar = WorkingDayCalendar.load(Optional.of(correction));

        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 9))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2025, 10, 9))).contains("本地补充假日");
        assertThat(calendar.holidayName(LocalDate.of(2025, 10, 8))).contains("国庆节");
    }

    @Test
    void laterEntriesForTheSameDateWin() {
        LocalDate saturday = LocalDate.of(2030, 6, 1);
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(
                new CalendarEntry(saturday, CalendarEntry.Kind.WORKDAY, "端午节"),
                new CalendarEntry(saturday, CalendarEntry.Kind.HOLIDAY, "端午节")));

        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendar.coveredYears()).containsExactly(2030);
    }

    @Test
    void reportsTheLineOfAMalformedRow() {
        String csv = "# source: test\n2025-10-01,HOLIDAY,国庆节\n2025-13-01,HOLIDAY,国庆节\n";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> HolidayScheduleCsv.read(new StringReader(csv), "test.csv"))
                .withMessageContaining("test.csv")
                .withMessageContaining("line 3");
    }

    @Test
    void rejectsAnUnknownKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HolidayScheduleCsv.read(new StringReader("2025-10-01,VACATION,国庆节"), "test.csv"))
                .withMessageContaining("HOLIDAY or WORKDAY");
    }

    @Test
    void rejectsAMakeUpWorkingDayThatIsNotAWeekend() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HolidayScheduleCsv.read(new StringReader("2025-10-09,WORKDAY,国庆节"), "test.csv"))
                .withMessageContaining("2025-10-09");
    }

    @Test
    void rejectsADateListedTwiceInOneFile() {
        String csv = "2025-10-01,HOLIDAY,国庆节\n2025-10-01,HOLIDAY,国庆节\n";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> HolidayScheduleCsv.read(new StringReader(csv), "test.csv"))
                .withMessageContaining("line 2");
    }

    @Test
    void bundledFileNamesItsSourceAndAsksBureausToConfirm() throws IOException {
        try (var in =
                WorkingDayCalendar.class.getClassLoader().getResourceAsStream(WorkingDayCalendar.BUNDLED_SCHEDULE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(text.lines().findFirst())
                    .hasValueSatisfying(first -> assertThat(first).startsWith("# source:"));
            assertThat(text).contains("confirm");
        }
    }
}
