package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.minzheng.shared.IdNumber;
import org.openqa.selenium.By;

/** Registers an older person through 老年人档案 → 新建, as township staff do, for scenarios that need one. */
final class ElderRegistration {

    private ElderRegistration() {}

    /** A profile in the first village offered, with one family contact and consent to the assessment. */
    static void register(BrowserScenario scenario, String name, String address, String living, String economic) {
        var browser = scenario.browser;
        scenario.open("/console/eldercare/elders/new");
        browser.findElement(By.id("idNumber")).sendKeys(anIdNumberBornIn1941());
        browser.findElement(By.id("name")).sendKeys(name);
        scenario.choose(
                By.id("villageCode"),
                browser.findElement(By.cssSelector("#villageCode option:nth-child(2)"))
                        .getText()
                        .strip());
        browser.findElement(By.id("address")).sendKeys(address);
        scenario.choose(By.id("livingSituation"), living);
        scenario.choose(By.id("economicCategory"), economic);
        browser.findElement(By.id("contactName")).sendKeys("测试家属");
        browser.findElement(By.id("contactRelation")).sendKeys("儿子");
        browser.findElement(By.id("contactPhone")).sendKeys("13900002222");
        browser.findElement(By.id("consentAssessment1")).click();
        scenario.clickAndWait(browser.findElement(By.cssSelector("#elder-form button[type=submit]")));
        assertThat(scenario.heading()).contains(name);
    }

    private static String anIdNumberBornIn1941() {
        String first17 = "371602" + "19410305"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }
}
