package org.minzheng.childwelfare.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A welfare home of the test's own with a child and therapists, written straight to the database. */
final class PlanFixtures {

    static final String CITY = "371600000000";

    private final JdbcClient jdbc;

    PlanFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long anInstitution(String region) {
        return jdbc.sql(
                        "insert into childwelfare.institutions (name, region_code) values (:name, :region) returning id")
                .param("name", "测试福利院" + UUID.randomUUID())
                .param("region", region)
                .query(Long.class)
                .single();
    }

    long aChild(long institution, String name, String region) {
        String unique = UUID.randomUUID().toString().replace("-", "");
        return jdbc.sql("""
                        insert into childwelfare.children
                            (institution_id, region_code, name, id_number_cipher, id_number_index, masked_id_number,
                             birth_date, sex, guardianship, disability_type, disability_grade, admitted_on, created_by)
                        values (:institution, :region, :name, '\\x00'::bytea, :index, '3716**********0011',
                                :birth, 'MALE', 'ORPHAN', 'PHYSICAL', 2, :admitted, 'test')
                        returning id
                        """)
                .param("institution", institution)
                .param("region", region)
                .param("name", name)
                .param("index", unique)
                .param("birth", LocalDate.now().minusYears(6))
                .param("admitted", LocalDate.now().minusYears(2))
                .query(Long.class)
                .single();
    }

    long aTherapist(long institution, String name, boolean active) {
        return jdbc.sql("""
                        insert into childwelfare.therapists (institution_id, name, active) values (:institution, :name, :active)
                        returning id
                        """)
                .param("institution", institution)
                .param("name", name)
                .param("active", active)
                .query(Long.class)
                .single();
    }

    /** A plan written directly, e.g. one whose review date has long passed. */
    long aPlan(long child, LocalDate startsOn, LocalDate reviewDueOn) {
        return jdbc.sql("""
                        insert into childwelfare.plans (child_id, starts_on, review_due_on, status, created_by)
                        values (:child, :starts, :review, 'ACTIVE', 'test') returning id
                        """)
                .param("child", child)
                .param("starts", startsOn)
                .param("review", reviewDueOn)
                .query(Long.class)
                .single();
    }

    void aScheduleLine(long plan, int weekday, String therapy, int minutes, Long therapist) {
        jdbc.sql("""
                        insert into childwelfare.plan_schedule (plan_id, weekday, therapy_code, minutes, therapist_id)
                        values (:plan, :weekday, :therapy, :minutes, :therapist)
                        """)
                .param("plan", plan)
                .param("weekday", weekday)
                .param("therapy", therapy)
                .param("minutes", minutes)
                .param("therapist", therapist)
                .update();
    }

    long count(String table, long child) {
        String sql =
                switch (table) {
                    case "assessments", "plans" ->
                        "select count(*) from childwelfare." + table + " where child_id = :child";
                    case "plan_goals", "plan_schedule" ->
                        "select count(*) from childwelfare." + table
                                + " x join childwelfare.plans p on p.id = x.plan_id where p.child_id = :child";
                    default -> throw new IllegalArgumentException(table);
                };
        return jdbc.sql(sql).param("child", child).query(Long.class).single();
    }

    long audited(String action, String targetType) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :action and target_type = :type")
                .param("action", action)
                .param("type", targetType)
                .query(Long.class)
                .single();
    }
}
