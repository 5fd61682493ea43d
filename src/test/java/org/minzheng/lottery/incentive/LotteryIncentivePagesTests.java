package org.minzheng.lottery.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.lottery.sales.SalesFixtures;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Incentive rules through the pages, and the calculation of May 2004 (a month no other test touches) worked by hand:
 *
 * <pre>
 *   rules (valid in May 2004): opening 200.00 per outlet, 500.00 per mall; performance 15 ‰, 30 ‰ for malls
 *   o1 mall, opened 10 May by 张 (team T), sold 1,000.00       opening 500.00 + 30 ‰ of 1,000.00 = 30.00    → 张
 *   o2 betting shop of 李 (T), 5,000.00 against 3,765.44        15 ‰ of 1,234.56 = 18.5184 → 18.52          → 李
 *   o3 chain store opened 20 May by team U, nobody named         opening 200.00                             → U
 *   o4 betting shop of 李 (T), 100.00 against 200.00             no increment, nothing
 *   o5 distribution point of 张 (T), 10,000,000.00 against 0     15 ‰ = 150,000.00, no upper limit          → 张
 *   张 150,530.00   李 18.52   U itself 200.00   team T 150,548.52   team U 200.00   run 150,748.52
 * </pre>
 */
@IntegrationTest
class LotteryIncentivePagesTests {

    private static final String BASE = "/console/lottery/incentives";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    private ResultActions rule(
            String user,
            String name,
            String kind,
            String outletKind,
            String amount,
            String rate,
            String from,
            String to)
            throws Exception {
        return mvc.perform(post(BASE + "/rules")
                .param("name", name)
                .param("kind", kind)
                .param("outletKind", outletKind)
                .param("amount", amount)
                .param("ratePermille", rate)
                .param("validFrom", from)
                .param("validTo", to)
                .with(csrf())
                .with(logins.as(user)));
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String refusedRule(String name, String kind, String amount, String rate, String from, String to)
            throws Exception {
        return rule("fucai", name, kind, "", amount, rate, from, to)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long rulesNamed(String prefix) {
        return jdbc.sql("select count(*) from lottery.incentive_rules where name like :p || '%'")
                .param("p", prefix)
                .query(Long.class)
                .single();
    }

    @Test
    void rulesAreValidatedAndBadInputStoresNothing() throws Exception {
        String u = "校验" + SalesFixtures.unique();
        assertThat(page(BASE + "/rules/new", "fucai")).contains("id=\"rule-form\"");
        assertThat(refusedRule(u + "负数", "OPENING", "-5", "", "1970-01-01", "")).contains("开拓奖励需填写大于 0");
        assertThat(refusedRule(u + "文字", "OPENING", "五百", "", "1970-01-01", "")).contains("开拓奖励需填写大于 0");
        assertThat(refusedRule(u + "零", "PERFORMANCE", "", "0", "1970-01-01", ""))
                .contains("1 到 1000 之间的千分比");
        assertThat(refusedRule(u + "字母", "PERFORMANCE", "", "abc", "1970-01-01", ""))
                .contains("1 到 1000 之间的整数");
        assertThat(refusedRule(u + "日期", "OPENING", "100", "", "1970-02-30", ""))
                .contains("请填写正确的日期");
        assertThat(refusedRule(u + "倒置", "OPENING", "100", "", "1970-02-01", "1970-01-01"))
                .contains("失效日不能早于生效日");
        assertThat(refusedRule(u + "<script>alert(1)</script>", "OPENING", "100", "", "1970-01-01", ""))
                .contains("has-error")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(refusedRule(u + "类型", "BONUS", "100", "", "1970-01-01", "")).contains("has-error");
        assertThat(rulesNamed(u)).isZero();

        rule("fucai", u, "OPENING", "HAPPY_HALL", "1000", "", "1970-01-01", "1970-01-31")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(refusedRule(u, "OPENING", "100", "", "1970-01-01", "")).contains("已有同名规则");
        assertThat(rulesNamed(u)).isEqualTo(1);
        assertThat(page(BASE, "auditor")).contains(u).contains("每个网点 1000.00 元");

        long id = jdbc.sql("select id from lottery.incentive_rules where name = :n")
                .param("n", u)
                .query(Long.class)
                .single();
        mvc.perform(post(BASE + "/rules/" + id + "/deactivate").with(csrf()).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/rules/" + id + "/deactivate").with(csrf()).with(logins.as("fucai")))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(post(BASE + "/rules/" + id + "/deactivate").with(csrf()).with(logins.as("fucai")))
                .andExpect(flash().attribute("flashError", "该规则已停用。"));
    }

    @Test
    void aMonthIsCalculatedUncappedPerPersonAndTeamApprovedByAnotherAndThenFrozen() throws Exception {
        SalesFixtures fixtures = new SalesFixtures(jdbc);
        String u = SalesFixtures.unique();
        String from = "2004-05-01";
        String to = "2004-05-31";
        rule("fucai", "开拓" + u, "OPENING", "", "200", "", from, to).andExpect(status().is3xxRedirection());
        rule("fucai", "开拓商超" + u, "OPENING", "MALL", "500.00", "", from, to).andExpect(status().is3xxRedirection());
        rule("fucai", "业绩" + u, "PERFORMANCE", "", "", "15", from, to).andExpect(status().is3xxRedirection());
        rule("fucai", "业绩商超" + u, "PERFORMANCE", "MALL", "", "30", from, to).andExpect(status().is3xxRedirection());

        long t = fixtures.team("激励T");
        long teamU = fixtures.team("激励U");
        String tName = teamName(t);
        String uName = teamName(teamU);
        long zhang = fixtures.member(t, "张" + u, LocalDate.of(2000, 1, 1));
        long li = fixtures.member(t, "李" + u, LocalDate.of(2000, 1, 1));
        String o1 = fixtures.outlet("MALL", t, zhang, LocalDate.of(2004, 5, 10), null);
        String o2 = fixtures.outlet("TRADITIONAL", t, li, LocalDate.of(2000, 1, 1), null);
        fixtures.outlet("CHAIN_STORE", teamU, null, LocalDate.of(2004, 5, 20), null);
        String o4 = fixtures.outlet("TRADITIONAL", t, li, LocalDate.of(2000, 1, 1), null);
        String o5 = fixtures.outlet("DISTRIBUTED", t, zhang, LocalDate.of(2000, 1, 1), null);
        fixtures.sale(o1, "SSQ", LocalDate.of(2004, 5, 12), 100_000);
        fixtures.sale(o2, "SSQ", LocalDate.of(2004, 5, 3), 500_000);
        fixtures.sale(o2, "SSQ", LocalDate.of(2003, 5, 3), 376_544);
        fixtures.sale(o4, "KL8", LocalDate.of(2004, 5, 4), 10_000);
        fixtures.sale(o4, "KL8", LocalDate.of(2003, 5, 4), 20_000);
        fixtures.sale(o5, "GGL", LocalDate.of(2004, 5, 5), 1_000_000_000L);

        String location = mvc.perform(post(BASE + "/runs")
                        .param("month", "2004-05")
                        .with(csrf())
                        .with(logins.as("fucai")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashSuccess"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long run = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String html = page(location, "fucai");
        assertThat(html)
                .contains("激励合计 150748.52 元")
                .contains("150530.00")
                .contains("18.52")
                .contains("150548.52")
                .contains(tName)
                .contains(uName)
                .doesNotContain("id=\"approve\"");
        assertThat(total(run, zhang)).isEqualTo(15_053_000L);
        assertThat(total(run, li)).isEqualTo(1_852L);
        assertThat(teamTotal(run, t)).isEqualTo(15_054_852L);
        assertThat(teamTotal(run, teamU)).isEqualTo(20_000L);
        assertThat(lines(run)).isEqualTo(5);

        // a draft is recalculated in place, never doubled
        mvc.perform(post(BASE + "/runs").param("month", "2004-05").with(csrf()).with(logins.as("fucai")))
                .andExpect(status().is3xxRedirection());
        assertThat(lines(run)).isEqualTo(5);
        assertThat(runTotal(run)).isEqualTo(15_074_852L);

        // whoever calculated cannot approve: fucai lacks the permission; an account with both is refused
        mvc.perform(post(BASE + "/runs/" + run + "/approve").with(csrf()).with(logins.as("fucai")))
                .andExpect(status().isForbidden());
        String both = logins.createAccount("fcboth", "371600000000", "LOTTERY_STAFF", "CITY_ADMIN");
        mvc.perform(post(BASE + "/runs").param("month", "2004-05").with(csrf()).with(logins.as(both)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(BASE + "/runs/" + run + "/approve").with(csrf()).with(logins.as(both)))
                .andExpect(flash().attribute("flashError", "核算人不能审批自己核算的激励。"));
        assertThat(runStatus(run)).isEqualTo("DRAFT");
        mvc.perform(post(BASE + "/runs/" + run + "/approve").with(csrf()).with(logins.as("auditor")))
                .andExpect(status().isForbidden());

        assertThat(page(location, "admin")).contains("id=\"approve\"");
        mvc.perform(post(BASE + "/runs/" + run + "/approve").with(csrf()).with(logins.as("admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(runStatus(run)).isEqualTo("APPROVED");
        assertThat(page(location, "auditor")).contains("已审批").doesNotContain("id=\"approve\"");

        // frozen: no recalculation, no second approval, the figures stay
        fixtures.sale(o2, "SSQ", LocalDate.of(2004, 5, 6), 900_000);
        mvc.perform(post(BASE + "/runs").param("month", "2004-05").with(csrf()).with(logins.as("fucai")))
                .andExpect(flash().attribute("flashError", "该月激励已审批冻结，不能重算或再次审批。"));
        mvc.perform(post(BASE + "/runs/" + run + "/approve").with(csrf()).with(logins.as("admin")))
                .andExpect(flash().attribute("flashError", "该月激励已审批冻结，不能重算或再次审批。"));
        assertThat(runTotal(run)).isEqualTo(15_074_852L);

        for (String file : new String[] {"/people.xlsx", "/lines.xlsx"}) {
            mvc.perform(get(BASE + "/runs/" + run + file).with(logins.as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", Matchers.containsString("spreadsheetml")))
                    .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")));
        }
        assertThat(page(BASE, "auditor")).contains("2004-05").contains("150748.52");
    }

    @Test
    void unfinishedAndUnreadableMonthsAreNotCalculated() throws Exception {
        String thisMonth =
                java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        mvc.perform(post(BASE + "/runs").param("month", thisMonth).with(csrf()).with(logins.as("fucai")))
                .andExpect(flash().attribute("flashError", "只能核算已经结束的月份。"));
        mvc.perform(post(BASE + "/runs").param("month", "2004-13").with(csrf()).with(logins.as("fucai")))
                .andExpect(flash().attribute("flashError", "请选择核算月份。"));
        assertThat(jdbc.sql("select count(*) from lottery.incentive_runs where period_start = :s")
                        .param("s", LocalDate.parse(thisMonth + "-01"))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void countyApproversStrangersAndAuditorsCannotManage() throws Exception {
        String stranger = logins.createAccount("noinc", "371602000000", "RESCUE_STAFF");
        for (String user : new String[] {"bincheng", stranger}) {
            for (String path : new String[] {BASE, BASE + "/rules/new"}) {
                mvc.perform(get(path).with(logins.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(post(BASE + "/runs")
                            .param("month", "2004-01")
                            .with(csrf())
                            .with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(page(BASE, "auditor")).doesNotContain("id=\"new-rule\"").doesNotContain("id=\"calculate-form\"");
        mvc.perform(get(BASE + "/rules/new").with(logins.as("auditor"))).andExpect(status().isForbidden());
        rule("auditor", "审计" + SalesFixtures.unique(), "OPENING", "", "100", "", "1970-01-01", "")
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/runs").param("month", "2004-01").with(csrf()).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/runs/999999999").with(logins.as("fucai"))).andExpect(status().isNotFound());
    }

    private String teamName(long team) {
        return jdbc.sql("select name from lottery.teams where id = :id")
                .param("id", team)
                .query(String.class)
                .single();
    }

    private long total(long run, long member) {
        return jdbc.sql("select sum(amount_fen) from lottery.incentive_lines where run_id = :r and member_id = :m")
                .param("r", run)
                .param("m", member)
                .query(Long.class)
                .single();
    }

    private long teamTotal(long run, long team) {
        return jdbc.sql("select sum(amount_fen) from lottery.incentive_lines where run_id = :r and team_id = :t")
                .param("r", run)
                .param("t", team)
                .query(Long.class)
                .single();
    }

    private long lines(long run) {
        return jdbc.sql("select count(*) from lottery.incentive_lines where run_id = :r")
                .param("r", run)
                .query(Long.class)
                .single();
    }

    private long runTotal(long run) {
        return jdbc.sql("select total_fen from lottery.incentive_runs where id = :r")
                .param("r", run)
                .query(Long.class)
                .single();
    }

    private String runStatus(long run) {
        return jdbc.sql("select status from lottery.incentive_runs where id = :r")
                .param("r", run)
                .query(String.class)
                .single();
    }
}
