package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.disclosure.PaidListFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A villager checks the public lists (码上查) on a cheap phone without JavaScript: from the city page down to
 * the village, a month back and forth, a search by surname, the statistics, then large font.
 */
@IntegrationTest
class DisclosureBrowserTests extends PhoneScenario {

    @Autowired
    JdbcClient jdbc;

    PaidListFixtures fixtures;

    @BeforeEach
    void payTheSample() {
        fixtures = new PaidListFixtures(jdbc);
        fixtures.paySample();
    }

    @AfterEach
    void removeTheSample() {
        fixtures.removeAll();
    }

    @Test
    void aVillagerFindsTheVillageListSwitchesMonthSearchesAndReadsTheStatistics() {
        open("/gs?programme=DIBAO&month=2019-03");
        assertThat(heading()).isEqualTo("救助名单公示");
        assertThat(browser.findElement(By.id("amount")).getText()).isEqualTo("¥4,150.50");
        fitsThePhone("disclosure-city");

        clickAndWait(browser.findElement(By.xpath("//details[@id='drill']//a[strong='滨城区']")));
        assertThat(browser.findElement(By.id("area-name")).getText()).isEqualTo("滨城区");
        assertThat(browser.findElement(By.id("shown-month")).getText()).isEqualTo("2019年3月");
        fitsThePhone("disclosure-county");

        clickAndWait(browser.findElement(By.xpath("//details[@id='drill']//a[strong='杨柳雪镇']")));
        assertThat(texts(By.cssSelector("#trail li"))).containsExactly("滨州市", "滨城区", "杨柳雪镇");
        browser.findElement(By.cssSelector("#drill summary")).click();
        fitsThePhone("disclosure-township");
        clickAndWait(browser.findElement(By.xpath("//details[@id='drill']//a[strong='纪家新村村委会']")));
        assertThat(browser.findElement(By.id("area-name")).getText()).isEqualTo("纪家新村村委会");
        assertThat(texts(By.cssSelector("#payments .masked-name"))).containsExactly("王*英", "王*", "李*国");
        fitsThePhone("disclosure-village");

        clickAndWait(browser.findElement(By.id("previous-month")));
        assertThat(browser.findElement(By.id("shown-month")).getText()).isEqualTo("2019年2月");
        assertThat(texts(By.cssSelector("#payments .masked-name"))).containsExactly("王*英");
        clickAndWait(browser.findElement(By.id("next-month")));
        assertThat(browser.findElement(By.id("shown-month")).getText()).isEqualTo("2019年3月");

        browser.findElement(By.id("q")).sendKeys("王");
        clickAndWait(browser.findElement(By.cssSelector("form.search button")));
        assertThat(texts(By.cssSelector("#payments .masked-name"))).containsExactly("王*英", "王*");
        assertThat(browser.findElement(By.id("found")).getText()).isEqualTo("找到 2 户与“王”相符");
        fitsThePhone("disclosure-search");

        retype(By.id("q"), "王秀英");
        browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
        waitFor(By.id("no-payments"));
        fitsThePhone("disclosure-no-match");

        clickAndWait(browser.findElement(By.id("show-all")));
        clickAndWait(browser.findElement(By.id("stats-link")));
        assertThat(heading()).isEqualTo("救助统计");
        assertThat(browser.findElement(By.cssSelector("#by-programme svg")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.cssSelector("#by-month svg")).isDisplayed())
                .isTrue();
        fitsThePhone("disclosure-village-stats");

        clickAndWait(browser.findElement(By.cssSelector("#trail a[href^='/gs/371602106?']")));
        clickAndWait(browser.findElement(By.id("stats-link")));
        assertThat(browser.findElement(By.cssSelector("#by-area h2")).getText()).isEqualTo("按村（社区）统计");
        fitsThePhone("disclosure-township-stats");

        clickAndWait(browser.findElement(By.id("font-switch")));
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("class"))
                .contains("large-font");
        assertThat(heading()).isEqualTo("救助统计");
        fitsThePhone("disclosure-stats-large-font");
        clickAndWait(browser.findElement(By.id("back-to-list")));
        fitsThePhone("disclosure-township-large-font");
        clickAndWait(browser.findElement(By.id("font-switch")));
    }

    @Test
    void theDemoListsOfTheLatestMonthAndAnUnknownAddressFitThePhone() {
        open("/gs/371602012");
        assertThat(heading()).isEqualTo("救助名单公示");
        fitsThePhone("disclosure-demo-township");

        open("/gs/371602999999");
        assertThat(heading()).isEqualTo("没有找到这个地区的公示");
        fitsThePhone("disclosure-not-found");
    }
}
