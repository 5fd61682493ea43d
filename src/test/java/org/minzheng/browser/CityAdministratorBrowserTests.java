package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The city administrator signs in with a one-time code and looks after the whole city's regions. Other
 * tests may have enrolled {@code admin} already, so the second-factor page may or may not show a QR code.
 */
@IntegrationTest
class CityAdministratorBrowserTests extends BrowserScenario {

    @Test
    void passesTheSecondFactorAndSeesTheSevenCountiesOfBinzhou() throws InterruptedException {
        login("admin", DEMO_PASSWORD);

        assertThat(path()).isEqualTo("/login/second-factor");
        assertThat(heading()).isEqualTo("双因素认证");
        if (browser.findElements(By.cssSelector("img.totp-qr")).isEmpty()) {
            assertThat(pageText()).contains("请输入身份验证器应用中账户 admin 的 6 位验证码。");
            screenshot("08-admin-totp-code");
        } else {
            WebElement qr = browser.findElement(By.cssSelector("img.totp-qr"));
            assertThat(qr.getDomAttribute("src")).startsWith("data:image/png;base64,");
            assertThat(browser.executeScript("return arguments[0].naturalWidth", qr))
                    .isNotEqualTo(0L);
            assertThat(browser.findElement(By.id("totp-secret")).getText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
            screenshot("08-admin-totp-enrol");
        }

        passSecondFactor("admin");

        assertThat(path()).isEqualTo("/console");
        assertThat(heading()).isEqualTo("演示·市级管理员，您好");
        WebElement regions = tile("行政区划");
        assertThat(texts(regions, By.tagName("dt"))).containsExactly("区县", "乡镇（街道）", "村（社区）");
        assertThat(texts(regions, By.tagName("dd")).get(0)).isEqualTo("7");
        screenshot("09-home-admin");

        clickMenu("行政区划");
        assertThat(path()).isEqualTo("/console/region/regions/371600000000");
        assertThat(heading()).startsWith("滨州市");
        List<WebElement> counties = browser.findElements(By.cssSelector("#children tbody tr"));
        assertThat(counties).hasSize(7);
        assertThat(texts(By.cssSelector("#children tbody td a"))).contains("滨城区", "沾化区", "邹平市");
        screenshot("10-region-tree-city");

        clickMenu("导入区划代码");
        assertThat(path()).isEqualTo("/console/region/import");
        assertThat(heading()).isEqualTo("导入区划代码");
        assertThat(browser.findElement(By.id("file")).getDomAttribute("type")).isEqualTo("file");
        assertThat(browser.findElement(By.cssSelector("#import-form button")).getText())
                .isEqualTo("检查并导入");
        screenshot("11-region-import");
    }
}
