package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.CreditCode;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The welfare-lottery centre registers a partner with an agreement, opens a chain-store outlet under it (a new
 * channel, badged in the list), and records today's visitors of the 快乐吧 hall.
 */
@IntegrationTest
class LotteryChannelBrowserTests extends BrowserScenario {

    static final String PENGLI = "371602005000";

    final int run = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    final String partner = "浏览器测试连锁" + run;
    final String number = "BR-" + run;
    final String outletCode = "8" + run;
    final String teamName = "浏览器拓展队" + run;

    @Autowired
    JdbcTemplate jdbc;

    Long hall;

    @BeforeEach
    void aTeam() {
        jdbc.update("insert into lottery.teams (name, kind) values (?, 'CHANNEL_DEPARTMENT')", teamName);
        hall = jdbc
                .queryForList(
                        "select id from lottery.outlets where kind = 'HAPPY_HALL' and demo order by id limit 1",
                        Long.class)
                .stream()
                .findFirst()
                .orElse(null);
    }

    @AfterEach
    void removeTheRows() {
        jdbc.update("delete from lottery.outlets where code = ?", outletCode);
        jdbc.update("delete from lottery.agreements where number = ?", number);
        jdbc.update("delete from lottery.partners where name = ?", partner);
        jdbc.update("delete from lottery.teams where name = ?", teamName);
        if (hall != null) {
            jdbc.update(
                    "delete from lottery.hall_visits where outlet_id = ? and visit_date = ? and recorded_by = 'fucai'",
                    hall,
                    LocalDate.now());
        }
    }

    @Test
    void centreOpensANewChannelOutletUnderAPartnerAgreement() {
        login("fucai", DEMO_PASSWORD);
        clickMenu("渠道商");
        screenshot("lottery-partners");

        clickAndWait(browser.findElement(By.id("new-partner")));
        browser.findElement(By.id("partner-name")).sendKeys(partner);
        choose(By.id("partner-kind"), "连锁企业");
        String first17 = "91371602MA3C" + String.valueOf(run).substring(0, 5);
        char check = CreditCode.checkChar(first17);
        browser.findElement(By.id("partner-creditCode")).sendKeys(first17 + (check == '0' ? '1' : '0'));
        new Select(browser.findElement(By.id("partner-region"))).selectByValue(PENGLI);
        browser.findElement(By.id("partner-contact")).sendKeys("柏经理");
        browser.findElement(By.id("partner-phone")).sendKeys("19905438899");
        clickAndWait(browser.findElement(By.cssSelector("#partner-form button[type=submit]")));
        assertThat(fieldError("统一社会信用代码")).contains("不正确");
        retype(By.id("partner-creditCode"), first17 + check);
        retype(By.id("partner-phone"), "19905438899");
        clickAndWait(browser.findElement(By.cssSelector("#partner-form button[type=submit]")));
        assertThat(heading()).isEqualTo(partner);

        browser.findElement(By.id("agreement-number")).sendKeys(number);
        browser.executeScript(
                "document.getElementById('agreement-signedOn').value = arguments[0];"
                        + "document.getElementById('agreement-validFrom').value = arguments[0];"
                        + "document.getElementById('agreement-validTo').value = arguments[1];",
                LocalDate.now().minusMonths(1).toString(),
                LocalDate.now().plusYears(3).toString());
        retype(By.id("agreement-planned"), "20");
        browser.findElement(By.id("agreement-terms")).sendKeys("门店代销福利彩票，中心提供设备和培训。");
        clickAndWait(browser.findElement(By.cssSelector("#agreement-form button[type=submit]")));
        assertThat(browser.findElement(By.id("agreements")).getText()).contains(number, "履行中");

        clickAndWait(browser.findElement(By.id("open-outlet")));
        browser.findElement(By.id("outlet-code")).sendKeys(outletCode);
        browser.findElement(By.id("outlet-name")).sendKeys(partner + "黄河五路店");
        choose(By.id("outlet-kind"), "连锁门店");
        new Select(browser.findElement(By.id("outlet-region"))).selectByValue(PENGLI);
        browser.findElement(By.id("outlet-address")).sendKeys("黄河五路 99 号");
        Long agreement = jdbc.queryForObject("select id from lottery.agreements where number = ?", Long.class, number);
        new Select(browser.findElement(By.id("outlet-agreement"))).selectByValue(String.valueOf(agreement));
        choose(By.id("outlet-openedTeam"), teamName);
        choose(By.id("outlet-servicedTeam"), teamName);
        clickAndWait(browser.findElement(By.cssSelector("#outlet-form button[type=submit]")));
        assertThat(heading()).isEqualTo(partner + "黄河五路店");
        assertThat(browser.findElement(By.id("outlet-facts")).getText()).contains(partner, number);
        screenshot("lottery-outlet");

        clickMenu("销售网点");
        assertThat(browser.findElement(By.id("outlet-counts")).getText()).contains("连锁门店");
        browser.findElement(By.id("q")).sendKeys(outletCode);
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(browser.findElement(By.id("outlets")).getText()).contains(outletCode, "新渠道");
        assertThat(browser.findElements(By.cssSelector("#outlets .badge.lottery-new")))
                .hasSize(1);
        retype(By.id("q"), "");
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        screenshot("lottery-outlets");

        if (hall != null) {
            clickMenu("快乐吧综合厅");
            retype(By.id("visit-visitors"), "47");
            browser.findElement(By.id("visit-note")).sendKeys("周末亲子公益活动");
            clickAndWait(browser.findElement(By.cssSelector("#visit-form button[type=submit]")));
            assertThat(browser.findElement(By.id("recent-visits")).getText()).contains("47", "周末亲子公益活动");
            screenshot("lottery-hall");
        }

        clickMenu("队伍（1+3）");
        assertThat(browser.findElement(By.id("teams")).getText()).contains(teamName);
        screenshot("lottery-teams");
    }
}
