package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 彭李街道's reviewer keeps an older woman's profile up to date after her son moved back in: the living
 * situation, a second contact (a mistyped phone first), and the withdrawal of a consent.
 */
@IntegrationTest
class ElderProfileBrowserTests extends BrowserScenario {

    static final String ADDRESS = "彭李街道档案维护测试路3号";
    static final String ELDER = "档案维护测试老人";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheElder() {
        jdbc.update("delete from eldercare.elders where address = ?", ADDRESS);
    }

    @Test
    void updatesLivingSituationContactsAndConsents() {
        login("pengli", DEMO_PASSWORD);
        ElderRegistration.register(this, ELDER, ADDRESS, "独居", "低保边缘");

        choose(By.cssSelector("#living-form select"), "与家人同住");
        clickAndWait(browser.findElement(By.cssSelector("#living-form button[type=submit]")));
        assertThat(browser.findElement(By.id("elder-facts")).getText()).contains("与家人同住");

        browser.findElement(By.cssSelector("#contact-form input[name=name]")).sendKeys("档案测试儿子");
        browser.findElement(By.cssSelector("#contact-form input[name=relation]"))
                .sendKeys("儿子");
        browser.findElement(By.cssSelector("#contact-form input[name=phone]")).sendKeys("1390000");
        clickAndWait(browser.findElement(By.cssSelector("#contact-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("#contact-form .has-error")))
                .isNotEmpty();
        retype(By.cssSelector("#contact-form input[name=phone]"), "13900003333");
        clickAndWait(browser.findElement(By.cssSelector("#contact-form button[type=submit]")));
        assertThat(browser.findElement(By.id("contacts")).getText()).contains("档案测试儿子", "139****3333");

        clickAndConfirm(browser.findElement(By.cssSelector("#consents button.danger")));
        assertThat(browser.findElement(By.id("consents")).getText()).contains("已撤回");
        screenshot("eldercare-elder-profile");
    }
}
