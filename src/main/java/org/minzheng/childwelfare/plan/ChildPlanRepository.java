package org.minzheng.childwelfare.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assessments, plans, goals and schedules of the welfare home's children. A child is visible when its
 * region lies in the staff member's scope; everything else is reached only through a visible child.
 */
@Repository
class ChildPlanRepository {

    private static final String LISTED = """
            from childwelfare.plans p
            join childwelfare.children c on c.id = p.child_id
            where p.status = 'ACTIVE' and c.discharged_on is null
              and c.region_code like :prefix || '%'
              and (not :overdue or p.review_due_on < :today)
            """;

    private final JdbcClient jdbc;

    ChildPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanChild> child(long id, DataScope scope) {
        return jdbc.sql("""
                        select id, name, institution_id, region_code, disability_type from childwelfare.children
                        where id = :id and region_code like :prefix || '%'
                        """)
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new PlanChild(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("institution_id"),
                        RegionCode.of(rs.getString("region_code")),
                        rs.getString("disability_type")))
                .optional();
    }

    /** Locks the child's row so two plans or reviews of one child are not made at once. */
    void lock(long childId) {
        jdbc.sql("select id from childwelfare.children where id = :id for update")
                .param("id", childId)
                .query(Long.class)
                .single();
    }

    List<ChildAssessment> assessments(long childId) {
        return jdbc.sql("""
                        select * from childwelfare.assessments where child_id = :child
                        order by assessed_on desc, id desc
                        """)
                .param("child", childId)
                .query((rs, n) -> new ChildAssessment(
                        rs.getLong("id"),
                        rs.getObject("assessed_on", LocalDate.class),
                        rs.getInt("gross_motor"),
                        rs.getInt("fine_motor"),
                        rs.getInt("language"),
                        rs.getInt("cognition"),
                        rs.getInt("self_care"),
                        rs.getString("note"),
                        rs.getString("assessed_by")))
                .list();
    }

    long insertAssessment(long childId, AssessmentForm form, String username) {
        return jdbc.sql("""
                        insert into childwelfare.assessments
                            (child_id, assessed_on, gross_motor, fine_motor, language, cognition, self_care, note,
                             assessed_by)
                        values (:child, :on, :gross, :fine, :language, :cognition, :selfCare, :note, :by)
                        returning id
                        """)
                .param("child", childId)
                .param("on", form.assessedOn())
                .param("gross", form.grossMotor())
                .param("fine", form.fineMotor())
                .param("language", form.language())
                .param("cognition", form.cognition())
                .param("selfCare", form.selfCare())
                .param(
                        "note",
                        form.note() == null || form.note().isBlank()
                                ? null
                                : form.note().strip())
                .param("by", username)
                .query(Long.class)
                .single();
    }

    Optional<ActivePlan> activePlan(long childId) {
        return jdbc.sql("""
                        select p.id, p.starts_on, p.review_due_on, p.created_by, a.assessed_on
                        from childwelfare.plans p
                        left join childwelfare.assessments a on a.id = p.assessment_id
                        where p.child_id = :child and p.status = 'ACTIVE'
                        """)
                .param("child", childId)
                .query((rs, n) -> new ActivePlan(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .optional();
    }

    /** @return the id of the plan it closed, if any */
    Optional<Long> closeActive(long childId) {
        return jdbc.sql("""
                        update childwelfare.plans set status = 'CLOSED'
                        where child_id = :child and status = 'ACTIVE' returning id
                        """).param("child", childId).query(Long.class).optional();
    }

    long insertPlan(long childId, LocalDate startsOn, LocalDate reviewDueOn, String username) {
        return jdbc.sql("""
                        insert into childwelfare.plans (child_id, assessment_id, starts_on, review_due_on, status, created_by)
                        values (:child,
                                (select a.id from childwelfare.assessments a
                                 where a.child_id = :child and a.assessed_on <= :starts
                                 order by a.assessed_on desc, a.id desc limit 1),
                                :starts, :review, 'ACTIVE', :by)
                        returning id
                        """)
                .param("child", childId)
                .param("starts", startsOn)
                .param("review", reviewDueOn)
                .param("by", username)
                .query(Long.class)
                .single();
    }

    /** Carries the previous plan's schedule over, leaving out therapists who have left. */
    int copySchedule(long fromPlan, long toPlan) {
        return jdbc.sql("""
                        insert into childwelfare.plan_schedule (plan_id, weekday, therapy_code, minutes, therapist_id)
                        select :to, s.weekday, s.therapy_code, s.minutes,
                               case when t.active then s.therapist_id end
                        from childwelfare.plan_schedule s
                        left join childwelfare.therapists t on t.id = s.therapist_id
                        where s.plan_id = :from
                        order by s.id
                        """).param("from", fromPlan).param("to", toPlan).update();
    }

    long insertGoal(long planId, String goal) {
        return jdbc.sql("insert into childwelfare.plan_goals (plan_id, goal) values (:plan, :goal) returning id")
                .param("plan", planId)
                .param("goal", goal)
                .query(Long.class)
                .single();
    }

    List<PlanGoal> goals(long planId) {
        return jdbc.sql("select id, goal, met_on from childwelfare.plan_goals where plan_id = :plan order by id")
                .param("plan", planId)
                .query((rs, n) -> new PlanGoal(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** @return whether an open goal of the plan was marked */
    boolean markGoalMet(long planId, long goalId, LocalDate metOn) {
        return jdbc.sql("""
                        update childwelfare.plan_goals set met_on = :on
                        where id = :goal and plan_id = :plan and met_on is null
                        """)
                        .param("on", metOn)
                        .param("goal", goalId)
                        .param("plan", planId)
                        .update()
                == 1;
    }

    List<ScheduleRow> schedule(long planId) {
        return jdbc.sql("""
                        select s.id, s.weekday, s.therapy_code, y.name_zh, y.name_en, s.minutes, s.therapist_id, t.name
                        from childwelfare.plan_schedule s
                        join childwelfare.therapy_types y on y.code = s.therapy_code
                        left join childwelfare.therapists t on t.id = s.therapist_id
                        where s.plan_id = :plan
                        order by s.weekday, y.sort_order, s.id
                        """)
                .param("plan", planId)
                .query((rs, n) -> new ScheduleRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getObject(7) == null ? null : rs.getLong(7),
                        rs.getString(8)))
                .list();
    }

    long insertScheduleRow(long planId, int weekday, String therapyCode, int minutes, Long therapistId) {
        return jdbc.sql("""
                        insert into childwelfare.plan_schedule (plan_id, weekday, therapy_code, minutes, therapist_id)
                        values (:plan, :weekday, :therapy, :minutes, :therapist)
                        returning id
                        """)
                .param("plan", planId)
                .param("weekday", weekday)
                .param("therapy", therapyCode)
                .param("minutes", minutes)
                .param("therapist", therapistId)
                .query(Long.class)
                .single();
    }

    boolean deleteScheduleRow(long planId, long rowId) {
        return jdbc.sql("delete from childwelfare.plan_schedule where id = :id and plan_id = :plan")
                        .param("id", rowId)
                        .param("plan", planId)
                        .update()
                == 1;
    }

    List<TherapyChoice> therapies() {
        return jdbc.sql("select code, name_zh, name_en from childwelfare.therapy_types order by sort_order")
                .query((rs, n) -> new TherapyChoice(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    List<TherapistChoice> therapists(long institutionId) {
        return jdbc.sql("""
                        select id, name from childwelfare.therapists
                        where institution_id = :institution and active order by name, id
                        """)
                .param("institution", institutionId)
                .query((rs, n) -> new TherapistChoice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    Page<PlanListing> activePlans(DataScope scope, boolean overdue, LocalDate today, Pageable page) {
        long total = listed("select count(*) " + LISTED, scope, overdue, today)
                .query(Long.class)
                .single();
        List<PlanListing> rows = listed(
                        LISTING + LISTED + " order by p.review_due_on, c.name, p.id limit :limit offset :offset",
                        scope,
                        overdue,
                        today)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> listing(rs, today))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    List<PlanListing> exportActivePlans(DataScope scope, boolean overdue, LocalDate today, int limit) {
        return listed(LISTING + LISTED + " order by p.review_due_on, c.name, p.id limit :limit", scope, overdue, today)
                .param("limit", limit)
                .query((rs, n) -> listing(rs, today))
                .list();
    }

    private static final String LISTING = """
            select p.id as plan_id, c.id as child_id, c.name as child_name, p.starts_on, p.review_due_on,
                   (select coalesce(sum(s.minutes), 0) from childwelfare.plan_schedule s where s.plan_id = p.id)
                       as minutes_per_week,
                   (select string_agg(distinct t.name, '、' order by t.name) from childwelfare.plan_schedule s
                    join childwelfare.therapists t on t.id = s.therapist_id where s.plan_id = p.id) as therapists
            """;

    private JdbcClient.StatementSpec listed(String sql, DataScope scope, boolean overdue, LocalDate today) {
        return jdbc.sql(sql)
                .param("prefix", scope.prefix())
                .param("overdue", overdue)
                .param("today", today);
    }

    private static PlanListing listing(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        LocalDate due = localDate(rs.getDate("review_due_on"));
        return new PlanListing(
                rs.getLong("plan_id"),
                rs.getLong("child_id"),
                rs.getString("child_name"),
                localDate(rs.getDate("starts_on")),
                due,
                rs.getInt("minutes_per_week"),
                rs.getString("therapists") == null ? "" : rs.getString("therapists"),
                today.isAfter(due));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
