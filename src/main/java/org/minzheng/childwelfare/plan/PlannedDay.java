package org.minzheng.childwelfare.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the child's active plan schedules on a given day, for features that record or check the sessions
 * actually given. Callers check the staff scope on the child themselves; this only reads the plan.
 */
@Component
public class PlannedDay {

    /** One scheduled therapy of the day; therapistId is null when no therapist is assigned. */
    public record Therapy(long scheduleId, long planId, String therapyCode, int minutes, Long therapistId) {}

    private final JdbcClient jdbc;

    PlannedDay(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schedule rows of the child's active plan for the weekday of {@code day}, empty without a plan. */
    public List<Therapy> of(long childId, LocalDate day) {
        return jdbc.sql("""
                        select s.id, s.plan_id, s.therapy_code, s.minutes, s.therapist_id
                        from childwelfare.plan_schedule s
                        join childwelfare.plans p on p.id = s.plan_id
                        join childwelfare.therapy_types t on t.code = s.therapy_code
                        where p.child_id = :child and p.status = 'ACTIVE' and p.starts_on <= :day
                          and s.weekday = :weekday
                        order by t.sort_order, s.id
                        """)
                .param("child", childId)
                .param("day", day)
                .param("weekday", day.getDayOfWeek().getValue())
                .query((rs, n) -> new Therapy(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5) == null ? null : rs.getLong(5)))
                .list();
    }

    /** The child's active plan id, if any. */
    public Optional<Long> activePlan(long childId) {
        return jdbc.sql("select id from childwelfare.plans where child_id = :child and status = 'ACTIVE'")
                .param("child", childId)
                .query(Long.class)
                .optional();
    }
}
