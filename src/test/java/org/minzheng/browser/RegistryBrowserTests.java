package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.IdNumber;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 里则街道's reviewer finds a demo household, then registers a new one after correcting a mistyped ID number. */
@IntegrationTest
class RegistryBrowserTests extends BrowserScenario {

    static final String ADDRESS = "里则街村浏览器测试路9号";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheScenariosHousehold() {
        jdbc.update("delete from registry.households where address = ?", ADDRESS);
    }

    @Test
    void findsAHouseholdAndRegistersANewOneAfterCorrectingTheIdNumber() {
        login("lize", DEMO_PASSWORD);
        waitForHeading("您好");
        assertThat(menuHeadings()).contains("低收入人口");

        clickMenu("低收入家庭");

        assertThat(path()).isEqualTo("/console/registry/households");
        assertThat(heading()).isEqualTo("低收入家庭");
        List<WebElement> rows = browser.findElements(By.cssSelector("#households tbody tr"));
        assertThat(rows).hasSizeGreaterThan(5);
        assertThat(rows.get(0).findElement(By.cssSelector(".badge.demo")).getText())
                .isEqualTo("演示");
        screenshot("registry-households");

        browser.findElement(By.id("q")).sendKeys("里则街村");
        clickAndWait(browser.findElement(By.cssSelector(".filters button[type=submit]")));

        rows = browser.findElements(By.cssSelector("#households tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText())
                .contains("里则街村委会"));
        clickAndWait(rows.get(0).findElement(By.cssSelector("td a")));

        assertThat(heading()).endsWith("户 演示");
        List<String> idCells = texts(By.cssSelector("#members .id-number"));
        assertThat(idCells).isNotEmpty().allSatisfy(id -> assertThat(id).matches("371602\\*{8}[0-9]{3}[0-9X]"));
        screenshot("registry-household");

        clickAndWait(browser.findElement(By.linkText("低收入家庭")));
        clickAndWait(browser.findElement(By.id("new-household")));

        String headId = freshIdNumber();
        String mistyped = headId.substring(0, 17) + (headId.charAt(17) == '1' ? '2' : '1');
        choose(By.id("villageCode"), "里则街村委会");
        browser.findElement(By.id("address")).sendKeys(ADDRESS);
        browser.findElement(By.id("head.name")).sendKeys("浏览器户主");
        browser.findElement(By.id("head.idNumber")).sendKeys(mistyped);
        browser.findElement(By.id("members0.name")).sendKeys("浏览器配偶");
        browser.findElement(By.id("members0.idNumber")).sendKeys(freshIdNumber());
        choose(By.id("members0.relationship"), "配偶");
        browser.findElement(By.cssSelector("input[name=categories][value=DIBAO]"))
                .click();
        clickAndWait(browser.findElement(By.cssSelector("#household-form button[type=submit]")));

        assertThat(fieldError("身份证号")).isEqualTo("身份证号码校验位不正确，请核对后重新输入");
        assertThat(browser.findElement(By.id("members0.name")).getDomProperty("value"))
                .isEqualTo("浏览器配偶");
        screenshot("registry-form");

        retype(By.id("head.idNumber"), headId);
        clickAndWait(browser.findElement(By.cssSelector("#household-form button[type=submit]")));

        assertThat(path()).matches("/console/registry/households/\\d+");
        assertThat(pageText()).contains("家庭已登记。", "浏览器户主户", "浏览器配偶", "低保");
        assertThat(texts(By.cssSelector("#members .id-number")))
                .hasSize(2)
                .startsWith(headId.substring(0, 6) + "********" + headId.substring(14));
    }

    @Test
    void aCountyNarrowsItsListToATownshipAndThenToAVillage() {
        login("bincheng", DEMO_PASSWORD);
        waitForHeading("您好");
        clickMenu("低收入家庭");

        WebElement villages = browser.findElement(By.id("village"));
        assertThat(villages.isEnabled()).as("no village list before a township").isFalse();
        assertThat(browser.findElement(By.id("village-hint")).getText()).isEqualTo("先选乡镇（街道）并查询，再选村居");

        WebElement page = browser.findElement(By.tagName("html"));
        choose(By.id("township"), "里则街道");
        wait.until(replaced(page));

        assertThat(new Select(browser.findElement(By.id("township")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("里则街道");
        assertThat(browser.findElement(By.id("village")).isEnabled()).isTrue();
        choose(By.id("village"), "里则街村委会");
        clickAndWait(browser.findElement(By.cssSelector(".filters button[type=submit]")));

        List<WebElement> rows = browser.findElements(By.cssSelector("#households tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText())
                .contains("里则街村委会"));
        screenshot("registry-households-county-filter");
    }

    private static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371626%04d%02d%02d%03d",
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }
}
