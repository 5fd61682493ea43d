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

/** 里则街道's reviewer enters a walk-in 低保 case, finds it in the inbox and accepts it. */
@IntegrationTest
class AssistanceInboxBrowserTests extends BrowserScenario {

    static final String APPLICANT = "浏览器申请人";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheScenariosCase() {
        jdbc.update("""
                delete from notification.sms_outbox where reference in
                    (select number from assistance.cases where applicant_name = ?)""", APPLICANT);
        jdbc.update("delete from assistance.cases where applicant_name = ?", APPLICANT);
    }

    @Test
    void reviewerEntersAWalkInCaseAndAcceptsIt() {
        login("lize", DEMO_PASSWORD);
        waitForHeading("您好");
        clickMenu("救助申请");
        assertThat(heading()).isEqualTo("救助申请");

        clickAndWait(browser.findElement(By.id("new-case")));
        choose(By.id("villageCode"), "里则街村委会");
        browser.findElement(By.id("applicantName")).sendKeys(APPLICANT);
        browser.findElement(By.id("idNumber")).sendKeys(freshIdNumber());
        browser.findElement(By.id("phone")).sendKeys("13905437788");
        retype(By.id("householdSize"), "3");
        browser.findElement(By.id("reason")).sendKeys("突发重病，医疗费用负担重");
        clickAndWait(browser.findElement(By.cssSelector("#case-form button[type=submit]")));

        assertThat(path()).matches("/console/assistance/cases/MZ[0-9]{8}-[0-9]{6}");
        assertThat(pageText()).contains("申请已登记", "待受理", "窗口代办");
        String number = path().substring(path().lastIndexOf('/') + 1);

        clickAndWait(browser.findElement(By.linkText("救助申请")));
        assertThat(texts(By.cssSelector("#cases tbody tr")))
                .anySatisfy(row -> assertThat(row).contains(number, APPLICANT, "待受理"));
        screenshot("assistance-inbox");

        clickAndWait(browser.findElement(By.linkText(number)));
        clickAndWait(browser.findElement(By.cssSelector("#accept-form button[type=submit]")));

        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已受理");
        assertThat(texts(By.cssSelector("#steps li")))
                .hasSize(2)
                .last()
                .asString()
                .contains("已受理", "lize");
        screenshot("assistance-case");
    }

    private static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371628%04d%02d%02d%03d",
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }
}
