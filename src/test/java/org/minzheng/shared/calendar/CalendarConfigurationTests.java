package org.minzheng.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarConfigurationTests {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(CalendarConfiguration.class);

    @Test
    void bundledScheduleCoversTheYearsOfTheDemo() {
        context.run(ctx -> {
            WorkingDayCalendar calendar = ctx.getBean(WorkingDayCalendar.class);
            assertThat(calendar.covers(2026)).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        });
    }

    @Test
    void extraFileAddsAYearWithoutARelease(@TempDir Path folder) throws Exception {
        Path extra = folder.resolve("2027.csv");
        Files.writeString(extra, "date,kind,name\n2027-01-01,HOLIDAY,元旦\n");
        context.withPropertyValues("minzheng.calendar.extra-file=" + extra).run(ctx -> {
            WorkingDayCalendar calendar = ctx.getBean(WorkingDayCalendar.class);
            assertThat(calendar.covers(2027)).isTrue();
            assertThat(calendar.holidayName(LocalDate.of(2027, 1, 1))).contains("元旦");
        });
    }
}
