package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 滨城区's county approver registers an assessment agency (a wrong phone first), adds two assessors and stops
 * one of them; the stopped one is no longer offered on the assessment form.
 */
@IntegrationTest
class AssessmentAgencyBrowserTests extends BrowserScenario {

    final String agency = "浏览器测试评估站" + ThreadLocalRandom.current().nextInt(10_000, 99_999);

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheAgency() {
        jdbc.update(
                "delete from eldercare.assessors where agency_id in (select id from eldercare.assessment_agencies where name = ?)",
                agency);
        jdbc.update("delete from eldercare.assessment_agencies where name = ?", agency);
    }

    @Test
    void registersAnAgencyWithAssessorsAndStopsOne() {
        login("bincheng", DEMO_PASSWORD);
        clickMenu("评估机构");
        screenshot("eldercare-agencies");
        clickAndWait(browser.findElement(By.id("new-agency")));
        browser.findElement(By.id("name")).sendKeys(agency);
        browser.findElement(By.id("contactPhone")).sendKeys("12345");
        clickAndWait(browser.findElement(By.cssSelector("#agency-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("#agency-form .has-error")))
                .isNotEmpty();
        screenshot("eldercare-agency-form-error");
        retype(By.id("contactPhone"), "0543-3211234");
        clickAndWait(browser.findElement(By.cssSelector("#agency-form button[type=submit]")));
        assertThat(heading()).contains(agency);

        addAssessor("浏览器评估员甲", "PG-BR-" + agency.substring(agency.length() - 5) + "1");
        addAssessor("浏览器评估员乙", "PG-BR-" + agency.substring(agency.length() - 5) + "2");
        assertThat(texts(By.cssSelector("#assessors tbody td"))).contains("浏览器评估员甲", "浏览器评估员乙");
        clickAndConfirm(
                browser.findElement(By.xpath("//table[@id='assessors']//tr[td[normalize-space()='浏览器评估员乙']]//button")));
        screenshot("eldercare-agency");

        open("/console/eldercare/elders");
        clickAndWait(browser.findElement(By.cssSelector("table a[href*='/console/eldercare/elders/']")));
        clickAndWait(browser.findElement(By.id("new-assessment")));
        var offered = texts(By.cssSelector("#firstAssessorId option"));
        assertThat(offered).anyMatch(text -> text.contains("浏览器评估员甲"));
        assertThat(offered).noneMatch(text -> text.contains("浏览器评估员乙"));
    }

    private void addAssessor(String name, String certificate) {
        clickAndWait(browser.findElement(By.id("new-assessor")));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("certificate")).sendKeys(certificate);
        clickAndWait(browser.findElement(By.cssSelector("#assessor-form button[type=submit]")));
    }
}
