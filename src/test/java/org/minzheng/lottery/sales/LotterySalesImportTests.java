package org.minzheng.lottery.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LotterySalesImportTests {

    private static final String BASE = "/console/lottery/sales/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    SalesFixtures fixtures;
    String open;
    String closed;
    long team;

    @BeforeEach
    void setUp() {
        fixtures = new SalesFixtures(jdbc);
        team = fixtures.team("导入测试队");
        open = fixtures.outlet("MALL", team, null, LocalDate.of(2015, 1, 1), null);
        closed = fixtures.outlet("TRADITIONAL", team, null, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 6, 30));
    }

    private String upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart(BASE)
                        .file(new MockMultipartFile("file", name, "text/csv", bytes))
                        .with(csrf())
                        .with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long stored() {
        return jdbc.sql("select count(*) from lottery.sales s join lottery.teams t on true"
                        + " join lottery.outlets o on o.id = s.outlet_id and o.serviced_by_team_id = t.id"
                        + " where t.id = :team")
                .param("team", team)
                .query(Long.class)
                .single();
    }

    private long amount(String code, String game, String day) {
        return jdbc.sql("select amount_fen from lottery.sales where outlet_id = :o and game = :g and sales_date = :d")
                .param("o", fixtures.outletId(code))
                .param("g", game)
                .param("d", LocalDate.parse(day))
                .query(Long.class)
                .single();
    }

    @Test
    void theSameFileTwiceIsRefusedAndAnOverlappingFileCountsAddedChangedAndSame() throws Exception {
        String first = "日期,网点编号,玩法,销量(元)\n"
                + "2016-03-01," + open + ",SSQ,100.50\n"
                + "2016-03-01," + open + ",刮刮乐,20\n"
                + "2016/3/2," + open + ",FC3D,30.00\n";
        String page = upload("a.csv", first.getBytes(StandardCharsets.UTF_8));
        assertThat(page).contains("id=\"rows-added\">3<");
        assertThat(stored()).isEqualTo(3);
        assertThat(amount(open, "SSQ", "2016-03-01")).isEqualTo(10_050);

        String again = upload("a-again.csv", first.getBytes(StandardCharsets.UTF_8));
        assertThat(again).contains("以“a.csv”导入过").doesNotContain("rows-added");
        assertThat(stored()).isEqualTo(3);

        String overlapping = "2016-03-01," + open + ",SSQ,100.50\n"
                + "2016-03-01," + open + ",GGL,25.00\n"
                + "2016-03-03," + open + ",KL8,5\n";
        String counted = upload("b.csv", overlapping.getBytes(Charset.forName("GBK")));
        assertThat(counted)
                .contains("id=\"rows-added\">1<")
                .contains("id=\"rows-changed\">1<")
                .contains("id=\"rows-same\">1<");
        assertThat(stored()).isEqualTo(4);
        assertThat(amount(open, "GGL", "2016-03-01")).isEqualTo(2_500);
    }

    @Test
    void aFileWithAnyBadRowIsRefusedWholeWithExcelRowNumbers() throws Exception {
        String csv = "日期,网点编号,玩法,销量(元)\n"
                + "2016-03-01," + open + ",SSQ,10\n"
                + "2016-03-01,NOPE-0000,SSQ,10\n"
                + "2016-09-01," + closed + ",SSQ,10\n"
                + "2016-02-30," + open + ",SSQ,10\n"
                + "2016-03-02," + open + ",彩票,10\n"
                + "2016-03-03," + open + ",SSQ,-1\n"
                + "2016-03-04," + open + ",SSQ,1.234\n"
                + "2016-03-01," + open + ",SSQ,12\n";
        String page = upload("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(page)
                .contains("整份文件未入库")
                .contains("NOPE-0000")
                .contains("未营业")
                .contains("2016-02-30")
                .contains("彩票")
                .contains("为负数")
                .contains("超过两位小数")
                .contains("与第 2 行是同一网点");
        assertThat(stored()).isZero();
    }

    @Test
    void wrongTypesAndOversizedFilesAreRefused() throws Exception {
        assertThat(upload("sales.txt", "x".getBytes(StandardCharsets.UTF_8))).contains("只接受");
        assertThat(upload("fake.xlsx", "2016-03-01,x,SSQ,1".getBytes(StandardCharsets.UTF_8)))
                .contains("只接受");
        byte[] big = new byte[(int) SalesImports.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(upload("big.csv", big)).contains("文件超过");
        assertThat(stored()).isZero();
    }

    @Test
    void onlyLotteryStaffImportAndOthersAreForbidden() throws Exception {
        mvc.perform(get(BASE).with(logins.as("fucai"))).andExpect(status().isOk());
        mvc.perform(get(BASE).with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/lottery/sales").with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(get(BASE + "/history").with(logins.as("auditor"))).andExpect(status().isOk());
        for (String user : new String[] {"bincheng", "jiuzhu", "cunwei", "pengli"}) {
            mvc.perform(get(BASE).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/console/lottery/sales").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/console/lottery/rankings").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/console/lottery/incentives").with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void overviewShowsGrowthOfTheTeamsOutlets() throws Exception {
        fixtures.sale(open, "SSQ", LocalDate.of(2014, 5, 3), 1_000);
        String mall = fixtures.outlet("MALL", team, null, LocalDate.of(2013, 1, 1), null);
        String shop = fixtures.outlet("TRADITIONAL", team, null, LocalDate.of(2013, 1, 1), null);
        fixtures.sale(mall, "SSQ", LocalDate.of(2013, 5, 3), 10_000);
        fixtures.sale(mall, "GGL", LocalDate.of(2014, 5, 4), 40_000);
        fixtures.sale(shop, "SSQ", LocalDate.of(2013, 5, 3), 20_000);
        fixtures.sale(shop, "SSQ", LocalDate.of(2014, 5, 3), 20_000);
        String page = mvc.perform(get("/console/lottery/sales?kind=MONTH&month=2014-05&team=" + team)
                        .with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // current 610.00, baseline 300.00, increment 310.00 all from new channels (310 / 310 = 100 %)
        assertThat(page)
                .contains("610.00")
                .contains("300.00")
                .contains("310.00")
                .contains("100.0%");
        mvc.perform(get("/console/lottery/sales/outlets/export?kind=MONTH&month=2014-05&team=" + team)
                        .with(logins.as("auditor")))
                .andExpect(status().isOk());
    }
}
