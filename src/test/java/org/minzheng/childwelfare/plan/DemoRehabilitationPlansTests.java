package org.minzheng.childwelfare.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo plans, when the demo welfare home has been created: one per disabled child, about 2 hours a weekday. */
@IntegrationTest
class DemoRehabilitationPlansTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDisabledDemoChildHasAssessmentsShowingProgressAndAnActivePlanOfTwoHoursAWeekday() {
        List<Long> children = jdbc.sql("""
                        select c.id from childwelfare.children c
                        join childwelfare.institutions i on i.id = c.institution_id
                        where i.demo and c.demo and c.disability_type <> 'NONE' and c.discharged_on is null
                        """).query(Long.class).list();
        assumeTrue(!children.isEmpty(), "the demo welfare home is not there");

        for (long child : children) {
            List<Integer> gross =
                    jdbc.sql("""
                            select gross_motor from childwelfare.assessments where child_id = :c order by assessed_on, id
                            """).param("c", child).query(Integer.class).list();
            assertThat(gross).hasSizeBetween(2, 4);
            assertThat(gross.get(gross.size() - 1)).isGreaterThan(gross.get(0));
            List<Integer> weekdays =
                    jdbc.sql("""
                            select coalesce(sum(s.minutes), 0)::int from generate_series(1, 5) d(day)
                            left join childwelfare.plan_schedule s on s.weekday = d.day
                                and s.plan_id = (select id from childwelfare.plans where child_id = :c and status = 'ACTIVE')
                            group by d.day order by d.day
                            """).param("c", child).query(Integer.class).list();
            assertThat(weekdays).containsOnly(PlanRules.DAILY_TARGET_MINUTES);
            assertThat(jdbc.sql("""
                            select count(*) from childwelfare.plan_goals g join childwelfare.plans p on p.id = g.plan_id
                            where p.child_id = :c and p.status = 'ACTIVE'
                            """).param("c", child).query(Long.class).single())
                    .isBetween(1L, 10L);
        }
    }
}
