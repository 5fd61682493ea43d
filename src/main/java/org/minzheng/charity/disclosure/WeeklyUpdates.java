package org.minzheng.charity.disclosure;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly update log (每周动态更新) that Binzhou's charity disclosure rules ask for. Each Monday the week before is
 * published from the records: gifts by the day they were received (void ones left out), payments and refunds by the
 * day they were paid, households added. Staff may publish the running week early; publishing a week again replaces
 * its line with the figures as they now stand.
 */
@Service
class WeeklyUpdates {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    WeeklyUpdates(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Monday of the week {@code day} lies in. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    LocalDate thisWeek() {
        return weekOf(LocalDate.now(clock));
    }

    @Scheduled(cron = "${minzheng.charity.weekly-cron:0 0 1 * * MON}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "charity-weekly-update", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    void publishLastWeek() {
        publish(thisWeek().minusWeeks(1), SYSTEM, null);
    }

    /**
     * Computes and stores the week's line; audited, in the staff member's region, unless the weekly job wrote it
     * ({@code region} null).
     */
    @Transactional
    WeeklyUpdate publish(LocalDate weekStart, String by, RegionCode region) {
        LocalDate monday = weekOf(weekStart);
        jdbc.sql("""
                        insert into charity.disclosure_updates (week_start, donations_count, donations_fen,
                            payments_count, payments_fen, new_beneficiaries, projects_open, published_by)
                        select :monday,
                               (select count(*) from charity.donations d
                                where d.status = 'RECEIVED' and d.received_on between :monday and :sunday),
                               (select coalesce(sum(d.amount_fen), 0) from charity.donations d
                                where d.status = 'RECEIVED' and d.received_on between :monday and :sunday),
                               (select count(*) from charity.payments pay
                                where pay.amount_fen > 0 and pay.paid_on between :monday and :sunday),
                               (select coalesce(sum(pay.amount_fen), 0) from charity.payments pay
                                where pay.paid_on between :monday and :sunday),
                               (select count(*) from charity.beneficiaries b
                                where (b.added_at at time zone 'Asia/Shanghai')::date between :monday and :sunday),
                               (select count(*) from charity.projects p where p.status in ('FUNDRAISING', 'RUNNING')),
                               :by
                        on conflict (week_start) do update set
                            donations_count = excluded.donations_count, donations_fen = excluded.donations_fen,
                            payments_count = excluded.payments_count, payments_fen = excluded.payments_fen,
                            new_beneficiaries = excluded.new_beneficiaries, projects_open = excluded.projects_open,
                            published_by = excluded.published_by, published_at = now()
                        """)
                .param("monday", monday)
                .param("sunday", monday.plusDays(6))
                .param("by", by)
                .update();
        if (region != null) {
            audit.record(AuditEvent.operation(
                            "charity.disclosure.publish", "charity-weekly-update", monday.toString(), region)
                    .withDetail("week of " + monday));
        }
        return week(monday);
    }

    WeeklyUpdate week(LocalDate monday) {
        return jdbc.sql("select * from charity.disclosure_updates where week_start = :monday")
                .param("monday", monday)
                .query(WeeklyUpdate.class)
                .single();
    }

    /** The latest weeks first. */
    List<WeeklyUpdate> latest(int weeks) {
        return jdbc.sql("select * from charity.disclosure_updates order by week_start desc limit :n")
                .param("n", weeks)
                .query(WeeklyUpdate.class)
                .list();
    }
}
