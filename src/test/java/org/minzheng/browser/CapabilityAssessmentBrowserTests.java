package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.IdNumber;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 彭李街道's reviewer opens a profile for an older woman living in an empty nest, then sits with her and fills
 * in the capability assessment on a phone: one item forgotten first, then the level and the printable report.
 */
@IntegrationTest
class CapabilityAssessmentBrowserTests extends PhoneScenario {

    static final String ADDRESS = "彭李街道浏览器测试路8号";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheScenariosElder() {
        jdbc.update(
                "delete from eldercare.assessments where elder_id in"
                        + " (select id from eldercare.elders where address = ?)",
                ADDRESS);
        jdbc.update("delete from eldercare.elders where address = ?", ADDRESS);
    }

    static String anIdNumberBornIn1944() {
        String first17 = "371602" + "19440612"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    @Test
    void recordsAnAssessmentOnAPhoneAndOpensTheReport() {
        login("pengli", DEMO_PASSWORD);
        open("/console/eldercare/elders/new");
        browser.findElement(By.id("idNumber")).sendKeys(anIdNumberBornIn1944());
        browser.findElement(By.id("name")).sendKeys("浏览器测试老人");
        choose(
                By.id("villageCode"),
                browser.findElement(By.cssSelector("#villageCode option:nth-child(2)"))
                        .getText()
                        .strip());
        browser.findElement(By.id("address")).sendKeys(ADDRESS);
        choose(By.id("livingSituation"), "空巢");
        browser.findElement(By.id("contactName")).sendKeys("浏览器家属");
        browser.findElement(By.id("contactRelation")).sendKeys("女儿");
        browser.findElement(By.id("contactPhone")).sendKeys("13900001111");
        browser.findElement(By.id("consentAssessment1")).click();
        fitsThePhone("eldercare-elder-form-phone");
        clickAndWait(browser.findElement(By.cssSelector("#elder-form button[type=submit]")));

        assertThat(heading()).contains("浏览器测试老人");
        assertThat(pageText()).contains("139****1111").doesNotContain("13900001111");
        clickAndWait(browser.findElement(By.id("new-assessment")));

        choose(By.id("agencyId"), "滨州市老年人能力评估中心（演示）");
        choose(By.id("firstAssessorId"), "评估员甲（演示） · 滨州市老年人能力评估中心（演示）");
        choose(By.id("secondAssessorId"), "评估员乙（演示） · 滨州市老年人能力评估中心（演示）");
        for (var group : browser.findElements(By.cssSelector(".assessment-dimension [role=radiogroup]"))) {
            var choices = group.findElements(By.cssSelector("input[type=radio]"));
            boolean memory = choices.get(0).getAttribute("name").equals("scores[MEMORY]");
            boolean bathing = choices.get(0).getAttribute("name").equals("scores[BATHING]");
            if (!memory) {
                // highest first: the second choice is one point below the maximum
                choices.get(bathing ? 2 : 0).click();
            }
        }
        browser.findElement(By.id("dementia1")).click();
        fitsThePhone("eldercare-assessment-form-phone");
        clickAndWait(browser.findElement(By.cssSelector("#assessment-form button[type=submit]")));

        assertThat(pageText()).contains("还有 1 项没有评分");
        assertThat(browser.findElement(By.cssSelector("input[name='scores[EATING]'][value='4']"))
                        .isSelected())
                .isTrue();
        screenshot("eldercare-assessment-missing-item-phone");
        browser.findElement(By.cssSelector("input[name='scores[MEMORY]'][value='3']"))
                .click();
        clickAndWait(browser.findElement(By.cssSelector("#assessment-form button[type=submit]")));

        assertThat(texts(By.cssSelector("#history tbody td"))).contains("87", "能力轻度受损（轻度失能）");
        assertThat(browser.findElement(By.cssSelector("#history .badge.level")).getText())
                .isEqualTo("能力中度受损（中度失能）");
        fitsThePhone("eldercare-assessment-history-phone");
        clickAndWait(browser.findElement(By.linkText("评估报告")));

        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("87 / 90");
        assertThat(browser.findElement(By.id("final-level")).getText()).isEqualTo("能力中度受损（中度失能）");
        assertThat(pageText()).contains("确诊痴呆（上调一级）", "评估员甲（演示）、评估员乙（演示）");
        screenshot("eldercare-assessment-report-phone");
    }
}
