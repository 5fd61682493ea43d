package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The city administrator records next year's rural 低保 standard of 沾化区, corrects it, reads the
 * history, and tries the 低保 rule on a sample household before and after changing its income.
 */
@IntegrationTest
class LocalStandardsBrowserTests extends BrowserScenario {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheScenariosStandards() {
        jdbc.update(
                "delete from policy.parameters where region_code = '371603000000' and valid_from = date '2031-01-01'");
    }

    /** A date input takes what its calendar picker would give; typing depends on the browser's locale. */
    private void pickDate(By field, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(field), isoDate);
    }

    @Test
    void administratorRecordsCorrectsAndTriesTheLocalStandards() throws InterruptedException {
        signInWithSecondFactor("admin", DEMO_PASSWORD);
        clickMenu("地方标准");
        assertThat(heading()).isEqualTo("地方标准");
        assertThat(pageText()).contains("城市低保标准", "¥1,010.00", "¥1,030.00", "滨城区");
        screenshot("policy-parameters");

        clickAndWait(browser.findElement(By.id("new-parameter")));
        choose(By.id("region"), "沾化区");
        choose(By.id("parameter"), "最低生活保障 · 农村低保标准（元/人·月）");
        retype(By.id("value"), "九百");
        pickDate(By.id("validFrom"), "2031-01-01");
        clickAndWait(browser.findElement(By.cssSelector("#parameter-form button[type=submit]")));
        assertThat(fieldError("数值")).isEqualTo("请填写金额，例如 1010 或 1010.50。");
        screenshot("policy-parameter-form");

        retype(By.id("value"), "900");
        clickAndWait(browser.findElement(By.cssSelector("#parameter-form button[type=submit]")));
        assertThat(pageText()).contains("已录入标准。", "¥900.00", "2031-01-01");

        clickAndWait(browser.findElement(By.xpath("//tr[td[contains(., '¥900.00')]]//a[text()='更正']")));
        retype(By.id("value"), "905");
        retype(By.id("note"), "按文件更正");
        clickAndWait(browser.findElement(By.cssSelector("#parameter-form button[type=submit]")));
        assertThat(pageText()).contains("已更正，原记录保留在历史中。");
        assertThat(texts(By.cssSelector("#history tbody td.num"))).containsExactly("¥905.00", "¥900.00");
        assertThat(pageText()).contains("现行", "已被 admin");
        screenshot("policy-parameter-history");

        clickMenu("政策目录");
        clickAndWait(browser.findElement(By.linkText("城乡最低生活保障")));
        assertThat(browser.findElement(By.cssSelector("#rule-trial .rule-reading"))
                        .getText())
                .contains("家庭人均月收入", "当地低保标准");
        choose(By.id("trial-sample"), "84岁农村独居老人，低保户，部分失能");
        browser.findElement(By.id("try-rule")).click();
        wait.until(visibilityOfElementLocated(By.cssSelector("#trial-result .verdict")));
        assertThat(browser.findElement(By.cssSelector("#trial-result .verdict .badge"))
                        .getText())
                .isEqualTo("符合");
        screenshot("policy-rule-trial");

        clickAndWait(browser.findElement(By.id("trial-details")));
        assertThat(heading()).isEqualTo("试一试规则");
        retype(By.id("household.income_per_capita"), "2000");
        clickAndWait(browser.findElement(By.cssSelector("#trial-form button[name=custom]")));
        assertThat(browser.findElement(By.cssSelector("#trial-outcome .verdict .badge"))
                        .getText())
                .isEqualTo("不符合");
        retype(By.id("household.income_per_capita"), "");
        clickAndWait(browser.findElement(By.cssSelector("#trial-form button[name=custom]")));
        assertThat(browser.findElement(By.cssSelector("#trial-outcome .verdict .badge"))
                        .getText())
                .isEqualTo("还不能判断");
        assertThat(texts(By.cssSelector("#trial-outcome ul.missing li"))).contains("家庭人均月收入（元）");
        screenshot("policy-rule-trial-page");
    }
}
