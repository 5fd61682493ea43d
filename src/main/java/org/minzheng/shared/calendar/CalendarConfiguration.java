package org.minzheng.shared.calendar;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar as a bean. A bureau adds next year's State Council schedule by pointing
 * {@code minzheng.calendar.extra-file} at a CSV of the same format, without a new release.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(@Value("${minzheng.calendar.extra-file:}") String extraFile) {
        return WorkingDayCalendar.load(extraFile.isBlank() ? Optional.empty() : Optional.of(Path.of(extraFile)));
    }
}
