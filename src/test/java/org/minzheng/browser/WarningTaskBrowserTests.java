package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.Households;
import org.minzheng.registry.Warnings;
import org.minzheng.registry.task.MonitoringFixtures;
import org.minzheng.registry.task.MonitoringFixtures.Registered;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 里则街村's assistant finds the household a warning was raised on, opens the warning's task from the
 * household page and completes it with an outcome; the warning closes with it.
 */
@IntegrationTest
class WarningTaskBrowserTests extends BrowserScenario {

    @Autowired
    Households households;

    @Autowired
    Warnings warnings;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheScenariosHousehold() {
        MonitoringFixtures.removeHouseholds(jdbc);
    }

    @Test
    void theAssistantFindsTheHouseholdSeesTheWarningAndCompletesItsTask() {
        Registered household = MonitoringFixtures.aHouseholdIn(households, MonitoringFixtures.LIZE_VILLAGE);
        warnings.raise(MonitoringFixtures.aLargeMedicalSpending(household.id())).orElseThrow();
        String number = jdbc.queryForObject(
                "select number from registry.households where id = ?",
                String.class,
                household.id().value());

        login("cunwei", DEMO_PASSWORD);
        waitForHeading("您好");
        assertThat(tile("动态监测").getText()).contains("未办结预警", "待办任务");
        screenshot("monitoring-dashboard");

        clickMenu("监测预警");
        assertThat(heading()).isEqualTo("监测预警");
        assertThat(pageText()).contains("各乡镇（街道）未办结预警", "大额医疗支出", number);
        screenshot("monitoring-warnings");

        clickMenu("低收入家庭");
        browser.findElement(By.id("q")).sendKeys(number);
        clickAndWait(browser.findElement(By.cssSelector(".filters button[type=submit]")));
        clickAndWait(browser.findElement(By.linkText(number)));

        assertThat(heading()).startsWith("监测户主户");
        assertThat(texts(By.cssSelector("#household-warnings tbody tr")))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("橙色", "大额医疗支出", "52,000.00", "未办结"));
        screenshot("monitoring-household");

        clickAndWait(browser.findElement(By.cssSelector("#household-tasks tbody tr a")));
        assertThat(heading()).isEqualTo("大额医疗支出");
        browser.findElement(By.id("complete")).click();
        waitFor(By.cssSelector(".field.has-error"));
        assertThat(fieldError("办理结果")).isEqualTo("请选择办理结果。");
        screenshot("monitoring-task-error");

        choose(By.id("outcome"), "已引导申请或纳入救助");
        browser.findElement(By.id("note")).sendKeys("已入户核实，指导申请医疗救助");
        clickAndWait(browser.findElement(By.id("complete")));

        assertThat(pageText()).contains("任务已办结。");
        assertThat(browser.findElement(By.id("task-status")).getText()).isEqualTo("已办结");
        assertThat(browser.findElement(By.id("task-outcome")).getText()).isEqualTo("已引导申请或纳入救助");
        assertThat(browser.findElements(By.id("complete-form"))).isEmpty();
        screenshot("monitoring-task-done");

        clickAndWait(browser.findElement(By.linkText("查看家庭")));
        assertThat(texts(By.cssSelector("#household-warnings tbody tr")))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("已办结"));
        assertThat(texts(By.cssSelector("#household-tasks tbody tr")))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("已办结", "已引导申请或纳入救助"));
    }

    @Test
    void theCityAdministratorSeesTheDepartmentDataAndItsImportPage() throws InterruptedException {
        signInWithSecondFactor("admin", DEMO_PASSWORD);
        open("/console/registry/feeds");
        assertThat(heading()).isEqualTo("部门数据");
        screenshot("monitoring-feeds");

        clickAndWait(browser.findElement(By.id("import")));
        assertThat(heading()).isEqualTo("导入部门数据");
        assertThat(texts(By.cssSelector("#layouts tbody tr"))).hasSize(6);
        screenshot("monitoring-feed-import");
    }
}
