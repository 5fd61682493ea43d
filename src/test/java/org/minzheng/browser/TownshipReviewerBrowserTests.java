package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 彭李街道's reviewer at work: the workbench, the own township's communities, search, and a closed door. */
@IntegrationTest
class TownshipReviewerBrowserTests extends BrowserScenario {

    static final String PENGLI = "371602005000";
    static final String LIZE = "371602012000";

    @BeforeEach
    void signIn() {
        login("pengli", DEMO_PASSWORD);
        waitForHeading("您好");
    }

    @Test
    void landsOnTheWorkbenchWithTheRegionTile() {
        assertThat(path()).isEqualTo("/console");
        assertThat(browser.getTitle()).startsWith("工作台");
        assertThat(heading()).isEqualTo("演示·彭李街道审核，您好");
        assertThat(pageText()).contains("数据范围：彭李街道及下辖区域");
        assertThat(browser.findElement(By.cssSelector(".sidebar a.active")).getText())
                .isEqualTo("工作台");
        WebElement regions = tile("行政区划");
        assertThat(texts(regions, By.tagName("dt"))).containsExactly("村（社区）");
        assertThat(texts(regions, By.tagName("dd"))).containsExactly("20");
        screenshot("04-home-township");
    }

    @Test
    void browsesTheOwnTownshipDownToACommunityAndBackByTheBreadcrumb() {
        clickMenu("行政区划");

        assertThat(path()).isEqualTo("/console/region/regions/" + PENGLI);
        assertThat(heading()).startsWith("彭李街道").contains("乡镇（街道）");
        List<WebElement> communities = browser.findElements(By.cssSelector("#children tbody tr"));
        assertThat(communities).hasSize(20);
        assertThat(communities).allSatisfy(row -> {
            assertThat(row.getText()).contains("社区居委会");
            assertThat(row.findElement(By.cssSelector(".badge.demo")).getText()).isEqualTo("演示");
        });
        assertThat(pageText()).contains("本区域内有 20 个演示村居");
        screenshot("05-region-tree-township");

        WebElement first = communities.get(0).findElement(By.cssSelector("td a"));
        String community = first.getText();
        clickAndWait(first);

        assertThat(heading()).startsWith(community).contains("村（社区）", "演示");
        assertThat(browser.findElement(By.cssSelector(".empty")).getText()).isEqualTo("这是最末一级区划，没有下级。");
        assertThat(texts(By.cssSelector(".breadcrumb li"))).containsSubsequence("滨城区", "彭李街道", community);
        screenshot("06-region-village");

        clickAndWait(browser.findElement(By.cssSelector(".breadcrumb")).findElement(By.linkText("彭李街道")));

        assertThat(path()).isEqualTo("/console/region/regions/" + PENGLI);
        assertThat(browser.findElements(By.cssSelector("#children tbody tr"))).hasSize(20);
    }

    @Test
    void findsACommunityByItsName() {
        clickMenu("行政区划");
        String community = browser.findElement(By.cssSelector("#children tbody tr:nth-child(9) td a"))
                .getText();

        browser.findElement(By.cssSelector(".search-inline input[name=q]")).sendKeys(community);
        clickAndWait(browser.findElement(By.cssSelector(".search-inline button")));

        assertThat(heading()).isEqualTo("查询区划");
        assertThat(browser.findElement(By.id("q")).getDomProperty("value")).isEqualTo(community);
        List<WebElement> results = browser.findElements(By.cssSelector("#results tbody tr"));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getText()).contains(community, "彭李街道", "演示");
        assertThat(results.get(0).findElement(By.cssSelector("td.mono")).getText())
                .startsWith("371602005");
        screenshot("07-region-search");
    }

    @Test
    void anotherTownshipByUrlShowsTheFriendlyNotFoundPage() {
        open("/console/region/regions/" + LIZE);

        assertThat(browser.findElement(By.cssSelector(".error-code")).getText()).isEqualTo("404");
        assertThat(heading()).isEqualTo("页面不存在");
        assertThat(pageText()).contains("不在您的管辖范围内").doesNotContain("里则");
        screenshot("13-not-found");

        clickAndWait(browser.findElement(By.linkText("返回工作台")));
        assertThat(path()).isEqualTo("/console");
    }
}
