package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 彭李街道's reviewer counts the township's needs from the registry, then enters the need for company for
 * older people left behind (more covered than needed first), and sees the gap in the list.
 */
@IntegrationTest
class CharityNeedsBrowserTests extends BrowserScenario {

    static final String NOTE = "浏览器测试：留守老人走访";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheEntries() {
        jdbc.update("delete from charity.need_entries where note = ?", NOTE);
        jdbc.update("delete from charity.need_entries where region_code like '371602005%' and source = 'REGISTRY'");
    }

    @Test
    void countsFromTheRegistryAndEntersANeed() {
        login("pengli", DEMO_PASSWORD);
        clickMenu("急难愁盼清单");
        clickAndWait(browser.findElement(By.cssSelector("#recount-form button[type=submit]")));
        assertThat(browser.findElement(By.id("need-totals")).getText()).contains("独居重度残疾老人照护");

        choose(By.id("township"), "彭李街道");
        choose(By.id("category"), "留守老人精神慰藉");
        retype(By.id("form-year"), String.valueOf(Year.now().getValue()));
        retype(By.id("people"), "40");
        retype(By.id("neededYuan"), "24000");
        retype(By.id("coveredYuan"), "30000");
        browser.findElement(By.id("note")).sendKeys(NOTE);
        clickAndWait(browser.findElement(By.cssSelector("#need-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("#need-form .has-error")))
                .isNotEmpty();
        screenshot("charity-need-form-error");
        assertThat(fieldError("政府救助已覆盖（元）")).isNotBlank();
        retype(By.id("coveredYuan"), "6000");
        clickAndWait(browser.findElement(By.cssSelector("#need-form button[type=submit]")));
        assertThat(browser.findElement(By.id("total-LEFT_BEHIND_ELDERLY")).getText())
                .contains("40", "18000");
        screenshot("charity-needs");
    }
}
