package org.minzheng.childwelfare.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicators of the two institutions' supervision, read with set-based SQL, and the evaluation forms. */
@Repository
class SupervisionRecords {

    /** Minutes a day of therapy for a child with a physical disability (about two hours in Binzhou). */
    static final int DAILY_TARGET_MINUTES = 120;

    record Institution(long id, String name) {}

    private final JdbcClient jdbc;

    SupervisionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Institution> institutions(DataScope scope) {
        return jdbc.sql(
                        "select id, name from childwelfare.institutions where region_code like :prefix || '%' order by name")
                .param("prefix", scope.prefix())
                .query((rs, n) -> new Institution(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** @param until the last day counted: the month's end, or yesterday for the current month */
    MonthIndicators indicators(long institution, YearMonth month, LocalDate until) {
        LocalDate from = month.atDay(1);
        LocalDate to = until.isBefore(month.atEndOfMonth()) ? until : month.atEndOfMonth();
        long workingDays = from.datesUntil(to.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .count();
        var sessions = jdbc.sql("""
                        select coalesce(sum(s.minutes) filter (where s.status = 'DONE'), 0),
                               count(*) filter (where s.status = 'MISSED')
                        from childwelfare.sessions s
                        join childwelfare.children c on c.id = s.child_id
                        where c.institution_id = :inst and s.session_date between :from and :to
                        """)
                .param("inst", institution)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        long children = jdbc.sql("""
                        select count(*) from childwelfare.children
                        where institution_id = :inst and disability_type = 'PHYSICAL'
                          and admitted_on <= :to and (discharged_on is null or discharged_on >= :from)
                        """)
                .param("inst", institution)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
        var goals = jdbc.sql("""
                        select count(*) filter (where g.met_on between :from and :to),
                               count(*) filter (where g.met_on is null and p.status = 'ACTIVE')
                        from childwelfare.plan_goals g
                        join childwelfare.plans p on p.id = g.plan_id
                        join childwelfare.children c on c.id = p.child_id
                        where c.institution_id = :inst
                        """)
                .param("inst", institution)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        Double satisfaction = jdbc.sql("""
                        select avg(satisfaction)::float8 from childwelfare.evaluations
                        where institution_id = :inst and month = :month
                        """)
                .param("inst", institution)
                .param("month", from)
                .query(Double.class)
                .optional()
                .orElse(null);
        return new MonthIndicators(
                month,
                sessions[0],
                children * workingDays * DAILY_TARGET_MINUTES,
                (int) sessions[1],
                goals[0],
                goals[1],
                satisfaction);
    }

    Optional<Evaluation> evaluation(long institution, YearMonth month, String evaluator) {
        return jdbc.sql("""
                        select evaluator, hours_score, goals_score, satisfaction, comments, evaluated_by, evaluated_at
                        from childwelfare.evaluations where institution_id = :inst and month = :month and evaluator = :who
                        """)
                .param("inst", institution)
                .param("month", month.atDay(1))
                .param("who", evaluator)
                .query((rs, n) -> new Evaluation(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .optional();
    }

    void save(long institution, YearMonth month, EvaluationForm form, String staff) {
        jdbc.sql("""
                        insert into childwelfare.evaluations (institution_id, month, evaluator, hours_score, goals_score,
                                                              satisfaction, comments, evaluated_by)
                        values (:inst, :month, :who, :hours, :goals, :satisfaction, :comments, :staff)
                        on conflict (institution_id, month, evaluator) do update
                        set hours_score = excluded.hours_score, goals_score = excluded.goals_score,
                            satisfaction = excluded.satisfaction, comments = excluded.comments,
                            evaluated_by = excluded.evaluated_by, evaluated_at = now()
                        """)
                .param("inst", institution)
                .param("month", month.atDay(1))
                .param("who", form.evaluator())
                .param("hours", form.hoursScore())
                .param("goals", form.goalsScore())
                .param("satisfaction", form.satisfaction())
                .param(
                        "comments",
                        form.comments() == null || form.comments().isBlank()
                                ? null
                                : form.comments().strip())
                .param("staff", staff)
                .update();
    }
}
