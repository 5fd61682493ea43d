package org.minzheng.charity.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * DEMO DATA. Publishes the weekly update log for the weeks of this year so far, computed from the demo donations,
 * payments and beneficiaries as the Monday job would have; once, after the other charity demo runners.
 */
@Component
@Order(78)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoWeeklyUpdates implements ApplicationRunner {

    private final WeeklyUpdates updates;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoWeeklyUpdates(WeeklyUpdates updates, JdbcClient jdbc, Clock clock) {
        this.updates = updates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean published = jdbc.sql("select exists (select 1 from charity.disclosure_updates)")
                .query(Boolean.class)
                .single();
        if (published) {
            return;
        }
        LocalDate lastWeek = updates.thisWeek().minusWeeks(1);
        for (LocalDate week = WeeklyUpdates.weekOf(LocalDate.now(clock).withDayOfYear(1));
                !week.isAfter(lastWeek);
                week = week.plusWeeks(1)) {
            updates.publish(week, WeeklyUpdates.SYSTEM, null);
        }
    }
}
