package org.minzheng.charity.evaluation;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Organisations and projects made for one test, with names no other test uses. */
final class CharityEvaluationFixtures {

    static final String BINCHENG = "371602000000";
    static final String ZHANHUA = "371603000000";
    static final String CITY = "371600000000";

    private final JdbcClient jdbc;
    final String unique = UUID.randomUUID().toString().substring(0, 8);

    CharityEvaluationFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long organisation(String name) {
        return jdbc.sql("insert into charity.organisations (name) values (:n) returning id")
                .param("n", name + unique)
                .query(Long.class)
                .single();
    }

    long project(String name, String region, String status, LocalDate startsOn) {
        long organisation = organisation("评估测试慈善会" + name);
        return project(name, region, status, startsOn, organisation);
    }

    long project(String name, String region, String status, LocalDate startsOn, long organisation) {
        return jdbc.sql("""
                        insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                            region_code, starts_on, ends_on, status, created_by)
                        values (:name, '评估测试项目', 10000000, 10, :org, :region, :starts, :ends, :status, 'test')
                        returning id
                        """)
                .param("name", name + unique)
                .param("org", organisation)
                .param("region", region)
                .param("starts", startsOn)
                .param("ends", startsOn.plusYears(3))
                .param("status", status)
                .query(Long.class)
                .single();
    }

    long evaluation(long project, int year, int quarter, int... scores) {
        return jdbc.sql("""
                        insert into charity.evaluations (project_id, year, quarter, evaluator, management_score,
                            outcome_score, funds_score, satisfaction_score, disclosure_score, findings, evaluated_on,
                            recorded_by)
                        values (:p, :y, :q, '测试评估中心', :a, :b, :c, :d, :e, '测试意见', :on, 'test')
                        returning id
                        """)
                .param("p", project)
                .param("y", year)
                .param("q", quarter)
                .param("a", scores[0])
                .param("b", scores[1])
                .param("c", scores[2])
                .param("d", scores[3])
                .param("e", scores[4])
                .param("on", LocalDate.of(year, quarter * 3, 20))
                .query(Long.class)
                .single();
    }

    long evaluationsOf(long project) {
        return jdbc.sql("select count(*) from charity.evaluations where project_id = :p")
                .param("p", project)
                .query(Long.class)
                .single();
    }

    long audited(String action, String targetId) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :a and target_id = :t")
                .param("a", action)
                .param("t", targetId)
                .query(Long.class)
                .single();
    }
}
