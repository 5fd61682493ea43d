package org.minzheng.charity.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's money as its page shows it, the fund statement, and the leftover a running project passes on before
 * it may close (慈善法 art. 58). Every test rolls back.
 */
@IntegrationTest
@Transactional
class ProjectMoneyTests {

    static final String PROJECTS = "/console/charity/projects";
    static final String BINCHENG = "371602000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundLedger ledger;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    long organisation;
    long running;
    long similar;
    long otherNeed;

    @BeforeEach
    void projects() {
        organisation = jdbc.sql("insert into charity.organisations (name) values (:n) returning id")
                .param("n", "结余测试会" + unique)
                .query(Long.class)
                .single();
        running = project("结余项目" + unique, "RUNNING", BINCHENG, "SCHOOL_CHILDREN");
        similar = project("同类项目" + unique, "FUNDRAISING", BINCHENG, "SCHOOL_CHILDREN");
        otherNeed = project("别类项目" + unique, "RUNNING", BINCHENG, "HOUSING_SAFETY");
        give(running, 5_000_00);
    }

    @Test
    void theProjectPageShowsItsMoneyAndTheStatementEveryLine() throws Exception {
        mvc.perform(get(PROJECTS + "/" + running).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fund-balance\">¥5000.00<")))
                .andExpect(content().string(containsString("id=\"leftover-form\"")))
                .andExpect(content().string(containsString("同类项目" + unique)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("别类项目" + unique))));
        mvc.perform(get(PROJECTS + "/" + running + "/fund").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("捐赠收入")))
                .andExpect(content().string(containsString("5000.00")));
        mvc.perform(get(PROJECTS + "/" + running + "/fund/export").with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void aProjectWithMoneyLeftCannotClose() throws Exception {
        mvc.perform(post(PROJECTS + "/" + running + "/status")
                        .with(csrf())
                        .param("to", "CLOSED")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("¥5000.00")));
        assertThat(statusOf(running)).isEqualTo("RUNNING");
    }

    @Test
    void theLeftoverGoesToASimilarProjectAndThenTheProjectCloses() throws Exception {
        mvc.perform(post(PROJECTS + "/" + running + "/leftover")
                        .with(csrf())
                        .param("to", String.valueOf(similar))
                        .param("reason", "项目提前完成，结余转同类项目")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));

        var from = ledger.ofProject(running).orElseThrow();
        var to = ledger.ofProject(similar).orElseThrow();
        assertThat(from.balanceFen()).isZero();
        assertThat(from.spentFen()).isEqualTo(5_000_00);
        assertThat(to.receivedFen()).isEqualTo(5_000_00);
        assertThat(ledger.fundsOutOfBalance()).doesNotContain(from.fundId(), to.fundId());
        assertThat(jdbc.sql("select kind from charity.fund_transfers where from_fund_id = :f")
                        .param("f", from.fundId())
                        .query(String.class)
                        .single())
                .isEqualTo("LEFTOVER");
        assertThat(jdbc.sql(
                                "select count(*) from audit.audit_entries where action = 'charity.project.leftover' and target_id = :id")
                        .param("id", String.valueOf(running))
                        .query(Long.class)
                        .single())
                .isOne();

        mvc.perform(post(PROJECTS + "/" + running + "/status")
                        .with(csrf())
                        .param("to", "CLOSED")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(statusOf(running)).isEqualTo("CLOSED");
    }

    @Test
    void theLeftoverMayGoBackToTheGeneralFund() throws Exception {
        long before = ledger.generalOf(BINCHENG).map(f -> f.balanceFen()).orElse(0L);
        mvc.perform(post(PROJECTS + "/" + running + "/leftover")
                        .with(csrf())
                        .param("to", "")
                        .param("reason", "结余回到非定向资金池")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(ledger.generalOf(BINCHENG).orElseThrow().balanceFen()).isEqualTo(before + 5_000_00);
    }

    @Test
    void aWrongTargetOrReasonMovesNothing() throws Exception {
        for (String[] bad : new String[][] {
            {String.valueOf(otherNeed), "别的需求"},
            {String.valueOf(running), "转给自己"},
            {"999999999", "不存在"},
            {String.valueOf(similar), ""},
            {String.valueOf(similar), "<script>alert(1)</script>"},
            {String.valueOf(similar), "理".repeat(201)}
        }) {
            mvc.perform(post(PROJECTS + "/" + running + "/leftover")
                            .with(csrf())
                            .param("to", bad[0])
                            .param("reason", bad[1])
                            .with(logins.as("bincheng")))
                    .andExpect(flash().attributeExists("flashError"));
        }
        assertThat(ledger.ofProject(running).orElseThrow().balanceFen()).isEqualTo(5_000_00);
        assertThat(ledger.ofProject(similar)).isEmpty();
    }

    @Test
    void othersCannotMoveTheMoney() throws Exception {
        mvc.perform(post(PROJECTS + "/" + running + "/leftover")
                        .with(csrf())
                        .param("to", String.valueOf(similar))
                        .param("reason", "越权")
                        .with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(post(PROJECTS + "/" + running + "/leftover")
                        .with(csrf())
                        .param("reason", "越权")
                        .with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(get(PROJECTS + "/" + running + "/fund").with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PROJECTS + "/" + running + "/fund").with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
        assertThat(ledger.ofProject(running).orElseThrow().balanceFen()).isEqualTo(5_000_00);
    }

    private long project(String name, String status, String region, String need) {
        long id = jdbc.sql("""
                        insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                            region_code, starts_on, ends_on, status, created_by)
                        values (:n, '目标', 10000000, 10, :o, :r, current_date - 100, current_date + 100, :s, 'test')
                        returning id
                        """)
                .param("n", name)
                .param("o", organisation)
                .param("r", region)
                .param("s", status)
                .query(Long.class)
                .single();
        jdbc.sql("insert into charity.project_needs (project_id, category_code) values (:p, :c)")
                .param("p", id)
                .param("c", need)
                .update();
        return id;
    }

    private void give(long project, long fen) {
        long donor = jdbc.sql("""
                        insert into charity.donors (kind, name, region_code, created_by)
                        values ('INDIVIDUAL', :n, :r, 'test') returning id
                        """)
                .param("n", "结余测试捐赠人" + unique)
                .param("r", BINCHENG)
                .query(Long.class)
                .single();
        long fund = ledger.projectFund(project);
        long gift = jdbc.sql("""
                        insert into charity.donations (donor_id, amount_fen, channel, brand, directed, project_id,
                            fund_id, received_on, receipt_number, region_code, recorded_by)
                        values (:d, :fen, 'CASH', 'OTHER', true, :p, :f, current_date, :no, :r, 'test') returning id
                        """)
                .param("d", donor)
                .param("fen", fen)
                .param("p", project)
                .param("f", fund)
                .param("no", "JY-" + unique)
                .param("r", BINCHENG)
                .query(Long.class)
                .single();
        ledger.receiveDonation(fund, gift, fen, "test");
    }

    private String statusOf(long project) {
        return jdbc.sql("select status from charity.projects where id = :id")
                .param("id", project)
                .query(String.class)
                .single();
    }
}
