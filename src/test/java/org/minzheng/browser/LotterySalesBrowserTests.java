package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The welfare-lottery centre imports yesterday's sales of two outlets, sees a bad file refused whole with its row
 * problems, then publishes a weekly growth ranking on the demo sales, records the interview of the last-placed team
 * and opens the printable bulletin.
 */
@IntegrationTest
class LotterySalesBrowserTests extends BrowserScenario {

    final int run = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    final String teamName = "浏览器销量队" + run;
    final String shop = "6" + run;
    final String mall = "5" + run;
    final LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    Long bulletin;

    @BeforeEach
    void twoOutlets() {
        jdbc.update("insert into lottery.teams (name, kind) values (?, 'OUTLET_MANAGERS')", teamName);
        long team = jdbc.queryForObject("select id from lottery.teams where name = ?", Long.class, teamName);
        for (String[] outlet : new String[][] {{shop, "TRADITIONAL"}, {mall, "MALL"}}) {
            jdbc.update("""
                    insert into lottery.outlets (code, name, kind, address, region_code, opened_on,
                        opened_by_team_id, serviced_by_team_id, created_by)
                    values (?, ?, ?, '浏览器测试路 1 号', '371602005000', date '2020-01-01', ?, ?, 'test')
                    """, outlet[0], "浏览器网点" + outlet[0], outlet[1], team, team);
        }
    }

    @AfterEach
    void removeTheRows() {
        jdbc.update(
                "delete from lottery.sales where outlet_id in (select id from lottery.outlets where code in (?, ?))",
                shop,
                mall);
        jdbc.update("delete from lottery.sales_imports where file_name like ?", "%" + run + "%");
        jdbc.update("delete from lottery.outlets where code in (?, ?)", shop, mall);
        jdbc.update("delete from lottery.teams where name = ?", teamName);
        if (bulletin != null) {
            jdbc.update("delete from lottery.interviews where bulletin_id = ?", bulletin);
            jdbc.update("delete from lottery.bulletin_rows where bulletin_id = ?", bulletin);
            jdbc.update("delete from lottery.ranking_bulletins where id = ?", bulletin);
        }
    }

    private String file(String name, String text) throws Exception {
        Path path = files.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path.toAbsolutePath().toString();
    }

    private long storedSales() {
        return jdbc.queryForObject(
                "select count(*) from lottery.sales s join lottery.outlets o on o.id = s.outlet_id"
                        + " where o.code in (?, ?)",
                Long.class,
                shop,
                mall);
    }

    @Test
    void centreImportsSalesPublishesARankingAndInterviewsTheLast() throws Exception {
        login("fucai", DEMO_PASSWORD);
        clickMenu("销量导入");
        waitForHeading("销量导入");

        String bad = file(
                "bad-" + run + ".csv",
                "日期,网点编号,玩法,销量(元)\n"
                        + yesterday + "," + shop + ",SSQ,120\n"
                        + yesterday + ",NOPE-" + run + ",SSQ,10\n"
                        + yesterday + "," + mall + ",GGL,-5\n");
        browser.findElement(By.id("file")).sendKeys(bad);
        clickAndWait(browser.findElement(By.id("upload")));
        assertThat(browser.findElement(By.id("file-error")).getText()).contains("整份文件未入库");
        assertThat(browser.findElement(By.id("problems")).getText())
                .contains("NOPE-" + run)
                .contains("为负数");
        screenshot("lottery-sales-import-refused");
        assertThat(storedSales()).isZero();

        String good = file(
                "sales-" + run + ".csv",
                "日期,网点编号,玩法,销量(元)\n"
                        + yesterday + "," + shop + ",SSQ,1280.00\n"
                        + yesterday + "," + shop + ",快乐8,300\n"
                        + yesterday + "," + mall + ",刮刮乐,650.50\n");
        browser.findElement(By.id("file")).sendKeys(good);
        clickAndWait(browser.findElement(By.id("upload")));
        assertThat(browser.findElement(By.id("rows-read")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("rows-added")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("import-result")).getText()).contains("2230.50");
        screenshot("lottery-sales-imported");
        assertThat(storedSales()).isEqualTo(3);

        clickMenu("销量分析");
        assertThat(browser.findElement(By.id("total-current")).getText()).isNotEmpty();
        screenshot("lottery-sales-overview");

        LocalDate week = yesterday.minusWeeks(3);
        open("/console/lottery/rankings?kind=WEEK&week=" + week + "&subject=TEAM&measure=GROWTH");
        waitFor(By.id("ranking"));
        assertThat(browser.findElements(By.cssSelector("#ranking tr.lottery-bottom")))
                .isNotEmpty();
        screenshot("lottery-sales-ranking");

        browser.findElement(By.id("comment")).sendKeys("社会渠道增长明显，末位队伍本周内约谈。");
        clickAndConfirm(browser.findElement(By.id("publish")));
        assertThat(path()).startsWith("/console/lottery/rankings/bulletins/");
        bulletin = Long.valueOf(path().substring(path().lastIndexOf('/') + 1));
        assertThat(browser.findElement(By.id("awaiting")).getText()).contains("尚未约谈");
        screenshot("lottery-sales-bulletin");

        browser.findElement(By.id("interviewer")).sendKeys("王主任");
        browser.findElement(By.id("causes")).sendKeys("新开网点少，老站点客源下降。");
        browser.findElement(By.id("measures")).sendKeys("每周走访，两周内新开两个社会网点。");
        clickAndWait(browser.findElement(By.id("save-interview")));
        assertThat(pageText()).contains("新开网点少，老站点客源下降。");
        screenshot("lottery-sales-interviewed");

        clickAndWait(browser.findElement(By.id("print-bulletin")));
        assertThat(browser.findElement(By.id("bulletin-sheet")).getText())
                .contains("滨州市福利彩票发行中心")
                .contains("社会渠道增长明显");
        screenshot("lottery-sales-print");

        // the demo month's incentives await the bureau's approval, which fucai cannot give
        open("/console/lottery/incentives");
        waitForHeading("拓展激励");
        screenshot("lottery-sales-incentives");
        clickAndWait(browser.findElement(By.cssSelector("#runs tbody a")));
        assertThat(browser.findElement(By.id("run-status")).getText()).isEqualTo("草稿");
        assertThat(browser.findElements(By.id("approve"))).isEmpty();
        screenshot("lottery-sales-incentive-run");
    }
}
