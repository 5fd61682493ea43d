package org.minzheng.lottery.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every sales page rendered with each kind of period, its exports, and who may see them. */
@IntegrationTest
class LotterySalesPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    SalesFixtures fixtures;
    long team;
    String shop;
    String mall;

    @BeforeEach
    void setUp() {
        fixtures = new SalesFixtures(jdbc);
        team = fixtures.team("销量页测试队");
        shop = fixtures.outlet("TRADITIONAL", team, null, LocalDate.of(2001, 1, 1), null);
        mall = fixtures.outlet("MALL", team, null, LocalDate.of(2002, 6, 1), null);
        // 2003-06 against 2002-06: the shop grows 100.00 yuan, the mall opened last June grows 300.00 yuan
        fixtures.sale(shop, "SSQ", LocalDate.of(2002, 6, 3), 50_000);
        fixtures.sale(shop, "SSQ", LocalDate.of(2003, 6, 10), 60_000);
        fixtures.sale(mall, "GGL", LocalDate.of(2002, 6, 4), 10_000);
        fixtures.sale(mall, "GGL", LocalDate.of(2003, 6, 11), 40_000);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theOverviewOfAMonthWeekAndRangeShowsTotalsAndTheShareOfNewChannels() throws Exception {
        String month = page("/console/lottery/sales?kind=MONTH&month=2003-06&team=" + team, "fucai");
        // current 1000.00, baseline 600.00, increment 400.00 of which the mall's 300.00 is 75 %
        assertThat(month)
                .contains("id=\"total-current\">1000.00<")
                .contains("id=\"total-baseline\">600.00<")
                .contains("id=\"total-increment\">400.00<")
                .contains("id=\"new-share\">75.0%<")
                .contains("2003-06-01")
                .contains("2002-06-30");

        // 2003-06-10 is a Tuesday: its week runs from Monday the 9th to Sunday the 15th
        String week = page("/console/lottery/sales?kind=WEEK&week=2003-06-10&team=" + team, "fucai");
        assertThat(week).contains("2003-06-09").contains("2003-06-15").contains("id=\"total-current\">1000.00<");

        String range = page("/console/lottery/sales?kind=RANGE&from=2003-06-11&to=2003-06-11&team=" + team, "auditor");
        assertThat(range).contains("id=\"total-current\">400.00<").contains("id=\"total-baseline\">0.00<");

        String nothing = page("/console/lottery/sales?kind=MONTH&month=2003-01&team=" + team, "fucai");
        assertThat(nothing).contains("id=\"total-current\">0.00<").contains("id=\"no-growth\"");
    }

    @Test
    void unreadablePeriodsFallBackToLastMonthInsteadOfFailing() throws Exception {
        String yesterdaysMonth = LocalDate.now(SalesImports.BEIJING)
                .minusDays(1)
                .withDayOfMonth(1)
                .toString();
        for (String query : new String[] {
            "kind=MONTH&month=2003-13",
            "kind=WEEK&week=not-a-day",
            "kind=RANGE&from=2003-02-30&to=x",
            "kind=<script>&month=<script>alert(1)</script>"
        }) {
            String html = page("/console/lottery/sales?" + query, "fucai");
            assertThat(html).contains(yesterdaysMonth).doesNotContain("<script>alert");
        }
    }

    @Test
    void theOutletListSortsPagesAndExports() throws Exception {
        String base = "/console/lottery/sales/outlets?kind=MONTH&month=2003-06&team=" + team;
        String byIncrement = page(base, "fucai");
        assertThat(byIncrement).contains(shop).contains(mall).contains("300.00").contains("100.00");
        assertThat(byIncrement.indexOf(mall)).isLessThan(byIncrement.indexOf(shop));

        String byCode = page(base + "&sort=growthAsc", "fucai");
        assertThat(byCode.indexOf(shop)).isLessThan(byCode.indexOf(mall));

        assertThat(page(base + "&sort=nonsense&page=-3", "auditor")).contains(shop);
        assertThat(page("/console/lottery/sales/outlets?kind=WEEK&week=2003-06-11&team=" + team, "fucai"))
                .contains(mall);

        mvc.perform(get("/console/lottery/sales/outlets/export?kind=MONTH&month=2003-06&team=" + team)
                        .with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));
    }

    @Test
    void theImportHistoryAndTemplatesDownload() throws Exception {
        assertThat(page("/console/lottery/sales/import", "fucai")).contains("type=\"file\"");
        assertThat(page("/console/lottery/sales/import/history", "fucai")).contains("fixture");
        assertThat(page("/console/lottery/sales/import/history?page=0", "auditor"))
                .contains("</table>");
        mvc.perform(get("/console/lottery/sales/import/history/export").with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));
        String csv = mvc.perform(
                        get("/console/lottery/sales/import/template.csv").with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("日期").contains("网点编号");
        mvc.perform(get("/console/lottery/sales/import/template.xlsx").with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));
    }

    @Test
    void accountsWithoutLotteryPermissionsSeeNoSalesPage() throws Exception {
        String stranger = logins.createAccount("nolot", "371602000000", "RESCUE_STAFF");
        String[] paths = {
            "/console/lottery/sales",
            "/console/lottery/sales/outlets",
            "/console/lottery/sales/outlets/export",
            "/console/lottery/sales/import",
            "/console/lottery/sales/import/history",
            "/console/lottery/sales/import/template.csv"
        };
        for (String user : new String[] {"bincheng", stranger}) {
            for (String path : paths) {
                mvc.perform(get(path).with(logins.as(user))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/console/lottery/sales/import/template.csv").with(logins.as("auditor")))
                .andExpect(status().isForbidden());
    }
}
