package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;

@IntegrationTest
class LanguageSwitchBrowserTests extends BrowserScenario {

    @Test
    void englishLinkInTheTopBarSwitchesTheConsoleAndChineseSwitchesBack() {
        login("pengli", DEMO_PASSWORD);
        waitForHeading("您好");

        clickAndWait(browser.findElement(By.cssSelector(".topbar-tools")).findElement(By.linkText("English")));

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(heading()).isEqualTo("Hello, 演示·彭李街道审核");
        assertThat(texts(By.cssSelector(".sidebar a"))).contains("Workbench", "Regions");
        assertThat(texts(By.cssSelector(".topbar-tools a"))).contains("Change password", "中文");
        assertThat(pageText()).contains("Sign out", "Data scope: 彭李街道 and everything below it");
        screenshot("12-english");

        clickMenu("Regions");
        assertThat(browser.findElement(By.cssSelector("#children thead")).getText())
                .doesNotContainPattern("\\p{IsHan}");
        screenshot("12-english-region");

        clickAndWait(browser.findElement(By.cssSelector(".topbar-tools")).findElement(By.linkText("中文")));

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("zh-CN");
        assertThat(heading()).startsWith("彭李街道");
        assertThat(texts(By.cssSelector(".sidebar a"))).contains("工作台", "行政区划");
    }
}
