package org.minzheng.eldercare.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly service plans. Every active bed gets the package of its elder's latest capability level for the
 * month, each visit a day of its own: a package item with n visits is spread evenly over the days left in
 * the month (at most one a day), shifted per item so that one elder's services do not all fall on the same
 * days. A month planned part-way through is priced by the visits it still holds. Planning twice adds
 * nothing.
 */
@Service
class ServicePlanning {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ServicePlanning(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The months that may be planned: this one and the next. */
    boolean plannable(YearMonth month) {
        YearMonth now = YearMonth.from(today());
        return month.equals(now) || month.equals(now.plusMonths(1));
    }

    /** @return the number of new plans */
    @Transactional
    int plan(YearMonth month, DataScope scope, String staff) {
        if (!plannable(month)) {
            throw new ServiceRefusedException("eldercare.plan.refused.month", month.toString());
        }
        LocalDate first = month.atDay(1);
        LocalDate start = first.isBefore(today()) ? today() : first;
        int days = month.atEndOfMonth().getDayOfMonth() - start.getDayOfMonth() + 1;
        List<Long> plans = jdbc.sql("""
                        with candidates as (
                            select b.id as bed_id, b.region_code, b.provider_id,
                                   (select a.final_level from eldercare.assessments a
                                    where a.elder_id = b.elder_id
                                    order by a.assessed_on desc, a.id desc limit 1) as level
                            from eldercare.beds b
                            where b.status = 'ACTIVE' and b.region_code like :prefix || '%'
                              and not exists (select 1 from eldercare.service_plans p
                                              where p.bed_id = b.id and p.month = :month)
                        )
                        insert into eldercare.service_plans
                            (bed_id, month, region_code, provider_id, capability_level, planned_fen, created_by)
                        select c.bed_id, :month, c.region_code, c.provider_id, c.level,
                               (select coalesce(sum(i.unit_price_fen * sp.visits_per_month), 0)
                                from eldercare.service_packages sp
                                join eldercare.service_items i on i.id = sp.item_id
                                where sp.capability_level = c.level),
                               :staff
                        from candidates c
                        where c.level between 1 and 4
                        on conflict (bed_id, month) do nothing
                        returning id
                        """)
                .param("prefix", scope.prefix())
                .param("month", first)
                .param("staff", staff)
                .query(Long.class)
                .list();
        if (plans.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                        insert into eldercare.visits (plan_id, bed_id, provider_id, region_code, item_id, item_name,
                                                      standard_minutes, unit_price_fen, scheduled_on, status,
                                                      county_code)
                        select p.id, p.bed_id, p.provider_id, p.region_code, i.id, i.name, i.standard_minutes,
                               i.unit_price_fen,
                               cast(:start as date)
                                   + ((floor((n - 0.5) * :days / sp.visits_per_month))::int + i.sort_order / 10) % :days,
                               'PLANNED', left(p.region_code, 6)
                        from eldercare.service_plans p
                        join eldercare.service_packages sp on sp.capability_level = p.capability_level
                        join eldercare.service_items i on i.id = sp.item_id
                        cross join lateral generate_series(1, least(sp.visits_per_month, :days)) as n
                        where p.id = any(:plans)
                        """)
                .param("start", start)
                .param("days", days)
                .param("plans", plans.toArray(Long[]::new))
                .update();
        // a month planned part-way through has fewer visits, and its package costs what they cost
        jdbc.sql("""
                        update eldercare.service_plans sp
                        set planned_fen = (select coalesce(sum(v.unit_price_fen), 0) from eldercare.visits v
                                           where v.county_code = left(sp.region_code, 6) and v.plan_id = sp.id)
                        where sp.id = any(:plans)
                        """).param("plans", plans.toArray(Long[]::new)).update();
        audit.record(
                AuditEvent.operation("eldercare.plan.create", "eldercare.service-plan", month.toString(), scope.root())
                        .withDetail(plans.size() + " plans"));
        return plans.size();
    }
}
