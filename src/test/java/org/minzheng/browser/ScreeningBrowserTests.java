package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Households;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.staff.login.StaffLogins;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 里则街道's reviewer screens the township (政策找人), follows the finished job to the results, opens a
 * village's list and one household's explanation, and hands the village's list to its assistant as tasks.
 */
@IntegrationTest
class ScreeningBrowserTests extends BrowserScenario {

    @Autowired
    Households households;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    HouseholdId poor;

    @BeforeEach
    void registerAPoorHouseholdWithoutDibao() {
        logins.signIn("lize");
        String head = idBorn(1972);
        poor = households.register(new NewHousehold(
                RegionCode.of("371602012201"),
                "浏览器找人路1号",
                HukouType.RURAL,
                Set.of(),
                List.of(
                        new NewPerson("找人浏览", IdNumber.parse(head), "02", null, null, null, WorkAbility.PARTIAL, true),
                        new NewPerson(
                                "找人浏览子",
                                IdNumber.parse(idBorn(2003)),
                                "20",
                                null,
                                null,
                                null,
                                WorkAbility.FULL,
                                false)),
                false));
        SecurityContextHolder.clearContext();
        jdbc.update("update registry.households set assets_fen = 0 where id = ?", poor.value());
        jdbc.update("update registry.persons set monthly_income_fen = 30000 where household_id = ?", poor.value());
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from registry.households where id = ?", poor.value());
    }

    static String idBorn(int year) {
        String first17 = String.format(
                "371625%04d0304%03d", year, ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    @Test
    void screensTheTownshipAndTurnsAVillageListIntoTasks() {
        login("lize", DEMO_PASSWORD);
        waitForHeading("您好");
        clickMenu("政策找人");
        assertThat(heading()).startsWith("政策找人");

        assertThat(clickAndConfirm(browser.findElement(By.id("start-screening"))))
                .contains("后台");
        assertThat(path()).startsWith("/console/jobs/");
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.elementToBeClickable(By.linkText("查看结果")));
        assertThat(browser.findElement(By.id("job-progress")).getText())
                .contains("已完成")
                .contains("户");
        screenshot("screening-job");

        clickAndWait(browser.findElement(By.linkText("查看结果")));
        assertThat(heading()).isEqualTo("政策找人：里则街道");
        assertThat(browser.findElement(By.id("latest-run")).getText()).contains("手动发起");
        screenshot("screening-overview");

        clickAndWait(browser.findElement(By.linkText("里则街村委会")));
        assertThat(heading()).isEqualTo("政策找人：里则街村委会");
        String number =
                jdbc.queryForObject("select number from registry.households where id = ?", String.class, poor.value());
        browser.findElement(By.id("name")).sendKeys("找人浏览");
        clickAndWait(browser.findElement(By.cssSelector(".filters button[type=submit]")));
        assertThat(browser.findElement(By.id("found")).getText())
                .contains(number)
                .contains("城乡最低生活保障");
        screenshot("screening-village");

        clickAndWait(browser.findElement(By.linkText("查看依据")));
        assertThat(heading()).isEqualTo("政策找人依据：" + number);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("城乡最低生活保障")
                .contains("仍符合")
                .contains("300.00");
        screenshot("screening-household");

        clickAndWait(browser.findElement(By.linkText("政策找人：里则街村委会")));
        String question = clickAndConfirm(browser.findElement(By.id("open-tasks")));
        assertThat(question).contains("走访任务");
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .contains("安排走访任务");

        open("/console/registry/households/" + poor.value());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("政策找人：可能符合");
        screenshot("screening-task-on-household");
    }
}
