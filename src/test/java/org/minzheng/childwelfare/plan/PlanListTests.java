package org.minzheng.childwelfare.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The list of active plans: review flags, the overdue filter, the staff member's area and the export. */
@IntegrationTest
@Transactional
class PlanListTests {

    static final String PLANS = "/console/childwelfare/plans";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    PlanFixtures fixtures;
    final LocalDate today = LocalDate.now();
    long therapist;

    @BeforeEach
    void fixtures() {
        fixtures = new PlanFixtures(jdbc);
        long home = fixtures.anInstitution(PlanFixtures.CITY);
        therapist = fixtures.aTherapist(home, "列表治疗师李", true);
        long overdue = fixtures.aChild(home, "列表待复评儿童", PlanFixtures.CITY);
        long current = fixtures.aChild(home, "列表在期儿童", PlanFixtures.CITY);
        long elsewhere = fixtures.aChild(home, "列表外市儿童", "370102000000");
        long closed = fixtures.aChild(home, "列表已结束计划儿童", PlanFixtures.CITY);
        long old = fixtures.aPlan(overdue, today.minusMonths(8), today.minusMonths(2));
        fixtures.aScheduleLine(old, 1, "PHYSICAL", 60, therapist);
        fixtures.aScheduleLine(old, 2, "SPEECH", 40, therapist);
        fixtures.aPlan(current, today.minusMonths(1), today.plusMonths(5));
        fixtures.aPlan(elsewhere, today.minusMonths(8), today.minusMonths(2));
        long ended = fixtures.aPlan(closed, today.minusMonths(8), today.minusMonths(2));
        jdbc.sql("update childwelfare.plans set status = 'CLOSED' where id = :id")
                .param("id", ended)
                .update();
    }

    String list(String user, String overdue) throws Exception {
        return mvc.perform(get(PLANS).param("overdue", overdue).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theListShowsActivePlansInTheAreaWithOverdueOnesFlagged() throws Exception {
        String html = list("zhiliao", "false");

        assertThat(html).contains("列表待复评儿童").contains("列表在期儿童").contains("待复评");
        assertThat(html).doesNotContain("列表外市儿童").doesNotContain("列表已结束计划儿童");
        assertThat(html).contains("列表治疗师李").contains(">100<");
    }

    @Test
    void theOverdueFilterLeavesOnlyPlansPastReview() throws Exception {
        String html = list("fuliyuan", "true");

        assertThat(html).contains("列表待复评儿童").doesNotContain("列表在期儿童");
    }

    @Test
    void theAuditorAndTheCityAdministratorSeeTheList() throws Exception {
        assertThat(list("auditor", "false")).contains("列表待复评儿童");
        assertThat(list("admin", "false")).contains("列表待复评儿童");
    }

    @Test
    void countyStaffAreForbidden() throws Exception {
        mvc.perform(get(PLANS).with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(get(PLANS + "/export").with(logins.as("bincheng"))).andExpect(status().isForbidden());
    }

    @Test
    void theExportHoldsTheFilteredPlans() throws Exception {
        byte[] file = mvc.perform(
                        get(PLANS + "/export").param("overdue", "true").with(logins.as("zhiliao")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(file))
                .sheet()
                .headRowNumber(0)
                .doReadSync();

        assertThat(rows.get(0)).containsValues("儿童", "开始日期", "复评日期", "每周训练分钟", "治疗师", "复评状态");
        List<String> names = rows.stream().skip(1).map(row -> row.get(0)).toList();
        assertThat(names).contains("列表待复评儿童").doesNotContain("列表在期儿童", "列表外市儿童");
        Map<Integer, String> row = rows.stream()
                .filter(r -> "列表待复评儿童".equals(r.get(0)))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(3)).isEqualTo("100");
        assertThat(row.get(4)).isEqualTo("列表治疗师李");
        assertThat(row.get(5)).isEqualTo("待复评");
        assertThat(jdbc.sql("select count(*) from audit.audit_entries where action = 'childwelfare.plan.export'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
