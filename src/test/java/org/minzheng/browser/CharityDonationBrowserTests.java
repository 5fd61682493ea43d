package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.CreditCode;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 滨城区's clerk registers an enterprise that agrees to be named, records its gift directed to an open project
 * (typing an amount with three decimals first), prints the receipt with the amount in capital numerals and finds
 * the gift in the project's list of donations.
 */
@IntegrationTest
class CharityDonationBrowserTests extends BrowserScenario {

    final int suffix = ThreadLocalRandom.current().nextInt(10_000, 99_999);
    final String enterprise = "滨州浏览器测试爱心集团" + suffix;
    final String project = "浏览器测试助老项目" + suffix;

    @Autowired
    JdbcTemplate jdbc;

    long openProject() {
        Long organisation = jdbc.queryForObject(
                "insert into charity.organisations (name) values (?) returning id", Long.class, "浏览器测试慈善会" + suffix);
        return jdbc.queryForObject(
                """
                insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id, region_code,
                    starts_on, ends_on, status, created_by)
                values (?, '为困难老人提供上门照护', 50000000, 20, ?, '371602000000', ?, ?, 'RUNNING', 'test')
                returning id
                """,
                Long.class,
                project,
                organisation,
                LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(6));
    }

    @Test
    void registersADonorRecordsADirectedGiftAndPrintsTheReceipt() {
        long projectId = openProject();
        String first17 = "91371602MA9B" + suffix;
        String creditCode = first17 + CreditCode.checkChar(first17);

        login("bincheng", DEMO_PASSWORD);
        clickMenu("捐赠人");
        clickAndWait(browser.findElement(By.id("new-donor")));
        browser.findElement(By.id("name")).sendKeys(enterprise);
        browser.findElement(By.id("creditCode")).sendKeys(creditCode);
        browser.findElement(By.id("contactName")).sendKeys("孙经理");
        browser.findElement(By.id("phone")).sendKeys("13905431234");
        browser.findElement(By.id("namedConsent")).click();
        clickAndWait(browser.findElement(By.cssSelector("#donor-form button[type=submit]")));
        assertThat(heading()).isEqualTo(enterprise);
        assertThat(pageText()).contains("139****1234", "同意公开姓名或名称").doesNotContain("13905431234");
        screenshot("charity-donor");

        clickAndWait(browser.findElement(By.id("record-donation")));
        browser.findElement(By.id("amountYuan")).sendKeys("12000.555");
        choose(By.id("brand"), "企业冠名慈善基金");
        browser.findElement(By.id("fundName")).sendKeys("浏览器测试爱心基金");
        choose(By.id("projectId"), "定向：" + project + "（实施中）");
        clickAndWait(browser.findElement(By.cssSelector("#donation-form button[type=submit]")));
        assertThat(fieldError("金额（元）")).isEqualTo("金额最多到分（两位小数）。");
        screenshot("charity-donation-form");

        retype(By.id("amountYuan"), "12000");
        clickAndWait(browser.findElement(By.cssSelector("#donation-form button[type=submit]")));
        assertThat(heading()).contains(enterprise, "12000.00");
        String receipt = browser.findElement(By.id("receipt-number")).getText();
        assertThat(receipt).matches("CS371602-\\d{4}-\\d{6}");

        clickAndWait(browser.findElement(By.id("print-receipt")));
        assertThat(browser.findElement(By.id("receipt-capital")).getText()).isEqualTo("壹万贰仟元整");
        assertThat(browser.findElement(By.id("receipt-donor")).getText()).isEqualTo(enterprise);
        assertThat(pageText()).contains(receipt, "滨城区慈善总会", project);
        screenshot("charity-donation-receipt");

        open("/console/charity/donations?project=" + projectId);
        assertThat(texts(By.cssSelector("#donations tbody tr td.mono a"))).containsExactly(receipt);
        assertThat(browser.findElement(By.id("donation-totals")).getText()).contains("有效捐赠 1 笔", "¥12000.00");
        screenshot("charity-donations");

        open("/console/charity/pledges");
        screenshot("charity-pledges");
        open("/console/charity/general-fund");
        assertThat(heading()).isEqualTo("滨城区非定向资金池");
        screenshot("charity-general-fund");

        open("/console/charity/donations?project=" + projectId);
        clickAndWait(browser.findElement(By.linkText(receipt)));
        browser.findElement(By.id("reason")).sendKeys("捐赠企业要求改为非定向，作废重开");
        clickAndConfirm(browser.findElement(By.cssSelector("#void-form button[type=submit]")));
        assertThat(browser.findElement(By.id("donation-status")).getText()).isEqualTo("作废");
        clickAndWait(browser.findElement(By.id("print-receipt")));
        assertThat(pageText()).contains(receipt, "作废");
        screenshot("charity-donation-void-receipt");
    }
}
