package org.minzheng.childwelfare.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DemoTherapySessionsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transaction;

    SessionFixture rows;

    @AfterEach
    void removeTheHome() {
        if (rows != null) {
            rows.remove();
        }
    }

    @Test
    void everyWeekdaySessionIsAllocatedAndChildrenWithAPhysicalDisabilityGetAboutTheTarget() {
        rows = new SessionFixture(jdbc);
        long home = rows.institution("371600000000");
        for (int i = 0; i < 30; i++) {
            rows.child(home, "演示生成测试" + rows.tag + "-" + i, i % 2 == 0 ? "PHYSICAL" : "AUTISM");
        }
        for (int i = 0; i < 6; i++) {
            rows.therapist(home, "演示生成治疗师" + rows.tag + "-" + i, null);
        }
        var runner = new DemoTherapySessions(
                jdbc(), context.getBean(org.minzheng.childwelfare.funding.FundAllocation.class), transaction);
        LocalDate today = LocalDate.now();
        LocalDate from = today.minusMonths(2);
        int written = transaction.execute(status -> runner.generate(home, from, today));

        String children = "(select id from childwelfare.children where institution_id = " + home + ")";
        assertThat(written).isGreaterThan(1000);
        assertThat(jdbc.queryForObject(
                        "select count(*) from childwelfare.sessions where child_id in " + children, Integer.class))
                .isEqualTo(written);
        assertThat(jdbc.queryForObject(
                        "select count(*) from childwelfare.sessions where (session_date >= current_date"
                                + " or extract(isodow from session_date) > 5) and child_id in " + children,
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from childwelfare.sessions s where s.child_id in " + children
                                + " and s.cost_fen <> coalesce((select sum(a.amount_fen) from childwelfare.allocations a"
                                + " where a.session_id = s.id), 0)",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from childwelfare.sessions where status = 'MISSED' and child_id in "
                                + children,
                        Integer.class))
                .isPositive();
        double physicalAverage = jdbc.queryForObject("""
                select avg(m) from (select sum(s.minutes) m from childwelfare.sessions s
                                    join childwelfare.children c on c.id = s.child_id
                                    where c.institution_id = ? and c.disability_type = 'PHYSICAL'
                                    group by s.child_id, s.session_date) d
                """, Double.class, home);
        assertThat(physicalAverage).isBetween(100.0, 120.0);
    }

    private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    }
}
