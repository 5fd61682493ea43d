package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 滨城区's county approver proposes a project answering the needs of older people left behind (an end before
 * the start first), starts fundraising, and adds a registry household of 彭李街道 as a beneficiary.
 */
@IntegrationTest
class CharityProjectBrowserTests extends BrowserScenario {

    final String project = "浏览器测试一米阳光" + ThreadLocalRandom.current().nextInt(10_000, 99_999);

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheProject() {
        jdbc.update("delete from charity.projects where name = ?", project);
    }

    @Test
    void proposesAProjectAndAddsABeneficiary() {
        long household = jdbc.queryForObject(
                "select id from registry.households where region_code like '371602005%' order by id limit 1",
                Long.class);
        login("bincheng", DEMO_PASSWORD);
        clickMenu("慈善项目");
        clickAndWait(browser.findElement(By.id("new-project")));
        browser.findElement(By.id("name")).sendKeys(project);
        browser.findElement(By.id("goal")).sendKeys("为留守老人提供每周上门陪伴");
        browser.findElement(By.id("budgetYuan")).sendKeys("200000");
        browser.findElement(By.id("targetBeneficiaries")).sendKeys("50");
        browser.findElement(By.id("organisation")).sendKeys("滨州市慈善总会（演示）");
        browser.findElement(By.id("contact")).sendKeys("0543-3200000");
        browser.executeScript(
                "document.getElementById('startsOn').value = arguments[0];"
                        + "document.getElementById('endsOn').value = arguments[1];",
                LocalDate.now().toString(),
                LocalDate.now().minusDays(1).toString());
        browser.findElement(By.cssSelector("input[name=needs][value=LEFT_BEHIND_ELDERLY]"))
                .click();
        clickAndWait(browser.findElement(By.cssSelector("#project-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("#project-form .has-error")))
                .isNotEmpty();
        screenshot("charity-project-form-error");
        browser.executeScript(
                "document.getElementById('endsOn').value = arguments[0];",
                LocalDate.now().plusMonths(6).toString());
        if (!browser.findElement(By.cssSelector("input[name=needs][value=LEFT_BEHIND_ELDERLY]"))
                .isSelected()) {
            browser.findElement(By.cssSelector("input[name=needs][value=LEFT_BEHIND_ELDERLY]"))
                    .click();
        }
        clickAndWait(browser.findElement(By.cssSelector("#project-form button[type=submit]")));
        assertThat(heading()).contains(project);

        clickAndConfirm(browser.findElement(By.cssSelector("#status-form button[type=submit]")));
        browser.findElement(By.id("householdId")).sendKeys(String.valueOf(household));
        choose(By.id("category"), "留守老人精神慰藉");
        clickAndWait(browser.findElement(By.cssSelector("#beneficiary-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("#beneficiaries tbody tr")))
                .hasSize(1);
        screenshot("charity-project");
    }
}
