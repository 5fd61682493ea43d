package org.minzheng.childwelfare.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The monthly indicators and the two institutions' evaluation forms, on a month worked out by hand. */
@IntegrationTest
@Transactional
class RehabSupervisionTests {

    static final String PAGE = "/console/childwelfare/supervision";
    /** March 2026 has 22 working days (the 1st is a Sunday). */
    static final String MARCH = "2026-03";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    long institution;

    @BeforeEach
    void aMonthOfTherapy() {
        institution = jdbc.sql(
                        "insert into childwelfare.institutions (name, region_code) values (:n, '371600000000') returning id")
                .param("n", "监督测试福利院-" + UUID.randomUUID())
                .query(Long.class)
                .single();
        String unique = UUID.randomUUID().toString();
        long child = jdbc.sql("""
                        insert into childwelfare.children (institution_id, region_code, name, id_number_cipher, id_number_index,
                            masked_id_number, birth_date, sex, guardianship, disability_type, disability_grade, admitted_on,
                            created_by)
                        values (:inst, '371600000000', '监督测试儿童', :cipher, :index, '371602********0011',
                                date '2018-05-01', 'FEMALE', 'ORPHAN', 'PHYSICAL', 2, date '2025-01-01', 'test')
                        returning id
                        """)
                .param("inst", institution)
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .query(Long.class)
                .single();
        for (String day : new String[] {"2026-03-02", "2026-03-03", "2026-03-04"}) {
            session(child, day, "DONE", 60);
        }
        session(child, "2026-03-05", "MISSED", 0);
        long plan = jdbc.sql("""
                        insert into childwelfare.plans (child_id, starts_on, review_due_on, status, created_by)
                        values (:child, date '2026-01-10', date '2026-07-09', 'ACTIVE', 'test') returning id
                        """).param("child", child).query(Long.class).single();
        jdbc.sql(
                        "insert into childwelfare.plan_goals (plan_id, goal, met_on) values (:p, '独立坐稳 1 分钟', date '2026-03-15'),"
                                + " (:p, '扶物站立 30 秒', null)")
                .param("p", plan)
                .update();
    }

    void session(long child, String day, String status, int minutes) {
        jdbc.sql("""
                        insert into childwelfare.sessions (child_id, therapy_code, session_date, minutes, status, missed_reason,
                                                           cost_fen, region_code, recorded_by)
                        values (:child, 'PHYSICAL', cast(:day as date), :minutes, :status,
                                case when :status = 'MISSED' then 'ILLNESS' end, :minutes * 16000 / 60, '371600000000', 'test')
                        """)
                .param("child", child)
                .param("day", day)
                .param("minutes", minutes)
                .param("status", status)
                .update();
    }

    MockHttpServletRequestBuilder evaluation(String evaluator, String score) {
        return post(PAGE + "/evaluations")
                .param("institution", String.valueOf(institution))
                .param("month", MARCH)
                .param("evaluator", evaluator)
                .param("hoursScore", score)
                .param("goalsScore", "4")
                .param("satisfaction", "5")
                .param("comments", "训练按计划落实")
                .with(csrf());
    }

    int evaluations() {
        return jdbc.sql("select count(*) from childwelfare.evaluations where institution_id = :i")
                .param("i", institution)
                .query(Integer.class)
                .single();
    }

    @Test
    void theMonthsIndicatorsComeFromTheSessionsAndGoals() throws Exception {
        mvc.perform(get(PAGE)
                        .param("institution", String.valueOf(institution))
                        .param("month", MARCH)
                        .with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                // 3 hours of a 22 × 2 = 44-hour target
                .andExpect(content().string(containsString("已完成 3.0 小时 / 目标 44.0 小时（7%）")))
                .andExpect(content().string(containsString("<dd id=\"missed\">1</dd>")))
                .andExpect(content().string(containsString("本月达成 1 项，进行中 1 项")))
                .andExpect(content().string(containsString("id=\"chart-hours\"")));
    }

    @Test
    void eachInstitutionFillsItsOwnFormAndTheSatisfactionIsAveraged() throws Exception {
        mvc.perform(evaluation("HOME", "5").with(logins.as("fuliyuan"))).andExpect(status().is3xxRedirection());
        mvc.perform(evaluation("HOSPITAL", "4").with(logins.as("fuliyuan"))).andExpect(status().isForbidden());
        mvc.perform(evaluation("HOSPITAL", "4").with(logins.as("zhiliao"))).andExpect(status().is3xxRedirection());
        assertThat(evaluations()).isEqualTo(2);
        jdbc.sql(
                        "update childwelfare.evaluations set satisfaction = 4 where institution_id = :i and evaluator = 'HOSPITAL'")
                .param("i", institution)
                .update();
        mvc.perform(get(PAGE)
                        .param("institution", String.valueOf(institution))
                        .param("month", MARCH)
                        .with(logins.as("auditor")))
                .andExpect(content().string(containsString("<dd id=\"satisfaction\">4.5</dd>")))
                .andExpect(content().string(containsString("训练按计划落实")));
    }

    @Test
    void badScoresAndMarkupAreRefusedAndNothingIsStored() throws Exception {
        mvc.perform(evaluation("HOME", "6").with(logins.as("fuliyuan"))).andExpect(status().isUnprocessableEntity());
        mvc.perform(evaluation("HOME", "5")
                        .param("comments", "<script>alert(1)</script>")
                        .with(logins.as("fuliyuan")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(evaluation("HOME", "").with(logins.as("fuliyuan"))).andExpect(status().isUnprocessableEntity());
        assertThat(evaluations()).isZero();
    }

    @Test
    void othersAreRefused() throws Exception {
        mvc.perform(get(PAGE).with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(evaluation("HOME", "5").with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(evaluation("HOME", "5").with(logins.as("admin"))).andExpect(status().isForbidden());
        assertThat(evaluations()).isZero();
        assertThat(LocalDate.parse("2026-03-01").getDayOfWeek().getValue())
                .as("March 2026 starts on a Sunday")
                .isEqualTo(7);
    }
}
