package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A villager with a cheap phone scans the QR code on the notice board: the village page, a policy, the
 * self-check and its result, then large font. Scripts are switched off in the browser throughout, as
 * some phone browsers have them, and no page may be wider than the phone.
 */
@IntegrationTest
class PortalBrowserTests extends PhoneScenario {

    static final String VILLAGE = "/v/371602012201";

    @Test
    void aVillagerReadsAPolicyChecksWhatTheFamilyMayGetAndSwitchesToLargeFont() {
        open(VILLAGE);
        assertThat(browser.findElement(By.cssSelector(".village-name")).getText())
                .isEqualTo("里则街村委会");
        assertThat(browser.findElement(By.cssSelector(".village-place")).getText())
                .contains("里则街道", "滨城区");
        assertThat(texts(By.cssSelector(".service.open strong"))).containsExactly("码上通", "码上办", "码上查", "码上清");
        fitsThePhone("portal-home");

        clickAndWait(browser.findElement(By.id("service-policies")));
        assertThat(heading()).isEqualTo("码上通 · 政策查询");
        fitsThePhone("portal-policies");
        String policy =
                browser.findElement(By.cssSelector(".policy-list strong")).getText();
        retype(By.id("q"), policy);
        clickAndWait(browser.findElement(By.cssSelector("form.search button")));
        assertThat(texts(By.cssSelector(".policy-list strong"))).contains(policy);
        clickAndWait(browser.findElement(By.cssSelector(".policy-list a")));
        assertThat(heading()).isEqualTo(policy);
        assertThat(browser.findElement(By.id("call")).getDomAttribute("href")).matches("tel:[0-9+]+");
        fitsThePhone("portal-policy");

        clickAndWait(browser.findElement(By.id("self-check-link")));
        assertThat(heading()).isEqualTo("政策自查");
        assertThat(texts(By.cssSelector(".group-heading"))).containsExactly("您家的情况", "您本人的情况");
        browser.findElement(By.name("person.age")).sendKeys("85");
        tick("person.hukou", "rural");
        tick("household.categories", "dibao");
        fitsThePhone("portal-self-check");

        clickAndWait(browser.findElement(By.cssSelector("#self-check-form button[type=submit]")));
        assertThat(heading()).isEqualTo("自查结果");
        assertThat(browser.findElement(By.cssSelector("#likely h2")).getText()).startsWith("可能符合");
        assertThat(browser.findElement(By.cssSelector("#need-more h2")).getText())
                .startsWith("还需要了解");
        assertThat(browser.findElement(By.cssSelector("#unlikely summary")).getText())
                .startsWith("暂不符合");
        assertThat(browser.findElement(By.cssSelector("#unlikely ul")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.id("guide-note")).getText()).contains("最终以部门审核为准");
        fitsThePhone("portal-result");

        String result = browser.getCurrentUrl();
        clickAndWait(browser.findElement(By.id("font-switch")));
        assertThat(browser.getCurrentUrl()).isEqualTo(result);
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("class"))
                .contains("large-font");
        assertThat(browser.findElement(By.id("font-switch")).getText()).isEqualTo("标准字体");
        assertThat(browser.findElement(By.tagName("body")).getCssValue("font-size"))
                .isEqualTo("24.3px");
        assertThat(browser.findElement(By.id("answer-more")).getSize().getHeight())
                .isGreaterThanOrEqualTo(48);
        fitsThePhone("portal-large-font");

        open("/v/999999999999");
        assertThat(heading()).isEqualTo("没有找到这个村（社区）");
        fitsThePhone("portal-not-found");
    }

    /** Taps the option of a radio or checkbox question by its label, as a finger does. */
    private void tick(String question, String value) {
        WebElement input = browser.findElement(By.cssSelector("input[name='" + question + "'][value='" + value + "']"));
        input.findElement(By.xpath("./ancestor::label[1]")).click();
        assertThat(input.isSelected()).isTrue();
    }
}
