package org.minzheng.childwelfare.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO DATA. For each demo child with a disability in the demo welfare home: two to four made-up assessments
 * over the last year with improving scores, and an active plan from the latest one with goals and about 120
 * minutes of therapy each weekday by the demo therapists, once. Every fourth plan is past its review date on
 * purpose, so the 待复评 flag has something to show. Skips when the demo home has not been created.
 */
@Component
@Order(71)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoRehabilitationPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRehabilitationPlans.class);
    private static final String DEMO_USER = "zhiliao";

    private record DemoChild(long id, String disability) {}

    private record Line(String therapy, int minutes) {}

    private static final List<Line> MOTOR_DAY = List.of(
            new Line("PHYSICAL", 45), new Line("OCCUPATIONAL", 30), new Line("MASSAGE", 25), new Line("SPEECH", 20));
    private static final List<Line> COMMUNICATION_DAY = List.of(
            new Line("SPEECH", 45),
            new Line("OCCUPATIONAL", 40),
            new Line("PHYSICAL", 20),
            new Line("ACUPUNCTURE", 15));

    private static final List<String> MOTOR_GOALS = List.of("扶物独站30秒", "在辅助下独立行走10米", "双手配合完成穿脱上衣", "用勺子独立进食");
    private static final List<String> COMMUNICATION_GOALS =
            List.of("能用单词表达“要”“不要”", "能按指令指认5种常见物品", "与同伴轮流游戏3个回合", "能说出自己的名字");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoRehabilitationPlans(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long institution = jdbc.sql("select id from childwelfare.institutions where demo order by id limit 1")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (institution == null) {
            return;
        }
        boolean loaded = jdbc.sql("""
                        select exists (select 1 from childwelfare.plans p
                                       join childwelfare.children c on c.id = p.child_id
                                       where c.demo and c.institution_id = :institution)
                        """)
                .param("institution", institution)
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        List<DemoChild> children = jdbc.sql("""
                        select id, disability_type from childwelfare.children
                        where demo and institution_id = :institution and disability_type <> 'NONE'
                          and discharged_on is null
                        order by id
                        """)
                .param("institution", institution)
                .query((rs, n) -> new DemoChild(rs.getLong(1), rs.getString(2)))
                .list();
        List<Long> therapists = jdbc.sql("""
                        select id from childwelfare.therapists
                        where demo and active and institution_id = :institution order by id
                        """)
                .param("institution", institution)
                .query(Long.class)
                .list();
        if (children.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        transaction.executeWithoutResult(status -> {
            int n = 0;
            for (DemoChild child : children) {
                plan(child, n++, therapists, today);
            }
        });
        log.info("Demo rehabilitation plans: {} children", children.size());
    }

    private void plan(DemoChild child, int n, List<Long> therapists, LocalDate today) {
        int count = 2 + n % 3;
        int base = 20 + (n * 7) % 30;
        // Every fourth child was last assessed seven months ago, so its plan shows as due for review.
        boolean overdue = n % 4 == 3;
        LocalDate first = today.minusDays(350 - (n % 5) * 5L);
        LocalDate last = overdue ? today.minusMonths(7) : today.minusDays(30 - (n % 5) * 5L);
        long spacing = ChronoUnit.DAYS.between(first, last) / (count - 1);
        LocalDate latest = first;
        for (int i = 0; i < count; i++) {
            latest = i == count - 1 ? last : first.plusDays(spacing * i);
            int gain = i * (6 + n % 4);
            jdbc.sql("""
                            insert into childwelfare.assessments
                                (child_id, assessed_on, gross_motor, fine_motor, language, cognition, self_care,
                                 note, assessed_by)
                            values (:child, :on, :gross, :fine, :language, :cognition, :selfCare, :note, :by)
                            """)
                    .param("child", child.id())
                    .param("on", latest)
                    .param("gross", Math.min(base + gain + 5, 100))
                    .param("fine", Math.min(base + gain, 100))
                    .param("language", Math.min(base + gain * 3 / 4 + 3, 100))
                    .param("cognition", Math.min(base + gain * 2 / 3 + 8, 100))
                    .param("selfCare", Math.min(base + gain / 2 + 2, 100))
                    .param("note", i == 0 ? "入院初评" : "定期复评")
                    .param("by", DEMO_USER)
                    .update();
        }
        LocalDate starts = latest;
        long plan = jdbc.sql("""
                        insert into childwelfare.plans (child_id, assessment_id, starts_on, review_due_on, status, created_by)
                        values (:child,
                                (select id from childwelfare.assessments where child_id = :child
                                 order by assessed_on desc, id desc limit 1),
                                :starts, :review, 'ACTIVE', :by)
                        returning id
                        """)
                .param("child", child.id())
                .param("starts", starts)
                .param("review", starts.plusMonths(PlanRules.REVIEW_MONTHS))
                .param("by", DEMO_USER)
                .query(Long.class)
                .single();
        boolean motor = List.of("PHYSICAL", "MULTIPLE", "INTELLECTUAL").contains(child.disability());
        List<String> goals = motor ? MOTOR_GOALS : COMMUNICATION_GOALS;
        for (int g = 0; g < 3; g++) {
            String goal = goals.get((n + g) % goals.size());
            jdbc.sql("insert into childwelfare.plan_goals (plan_id, goal, met_on) values (:plan, :goal, :met)")
                    .param("plan", plan)
                    .param("goal", goal)
                    .param("met", g == 0 && starts.isBefore(today.minusDays(30)) ? today.minusDays(10 + n % 20) : null)
                    .update();
        }
        List<Line> day = motor ? MOTOR_DAY : COMMUNICATION_DAY;
        for (int weekday = 1; weekday <= 5; weekday++) {
            for (int i = 0; i < day.size(); i++) {
                Line line = day.get(i);
                Long therapist = therapists.isEmpty() ? null : therapists.get((n + i) % therapists.size());
                jdbc.sql("""
                                insert into childwelfare.plan_schedule (plan_id, weekday, therapy_code, minutes, therapist_id)
                                values (:plan, :weekday, :therapy, :minutes, :therapist)
                                """)
                        .param("plan", plan)
                        .param("weekday", weekday)
                        .param("therapy", line.therapy())
                        .param("minutes", line.minutes())
                        .param("therapist", therapist)
                        .update();
            }
        }
    }
}
