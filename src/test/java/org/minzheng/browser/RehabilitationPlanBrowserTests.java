package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The therapist records a child's review assessment, sees the progress chart, and adds a line to the weekly
 * schedule after first typing too many minutes.
 */
@IntegrationTest
class RehabilitationPlanBrowserTests extends BrowserScenario {

    @Autowired
    JdbcTemplate jdbc;

    String home;
    long child;

    @BeforeEach
    void aChildWithAPlan() {
        home = "浏览器康复测试福利院-" + UUID.randomUUID().toString().substring(0, 8);
        long institution = jdbc.queryForObject(
                "insert into childwelfare.institutions (name, region_code) values (?, '371600000000') returning id",
                Long.class,
                home);
        jdbc.update("insert into childwelfare.therapists (institution_id, name) values (?, '浏览器治疗师')", institution);
        child = jdbc.queryForObject(
                """
                insert into childwelfare.children (institution_id, region_code, name, id_number_cipher, id_number_index,
                    masked_id_number, birth_date, sex, guardianship, disability_type, admitted_on, created_by)
                values (?, '371600000000', '浏览器康复儿童', '\\x00'::bytea, ?, '3716**********0011', ?, 'FEMALE',
                    'ABANDONED', 'PHYSICAL', ?, 'test')
                returning id
                """,
                Long.class,
                institution,
                UUID.randomUUID().toString(),
                LocalDate.now().minusYears(5),
                LocalDate.now().minusYears(1));
        jdbc.update(
                """
                insert into childwelfare.assessments (child_id, assessed_on, gross_motor, fine_motor, language, cognition,
                    self_care, assessed_by)
                values (?, ?, 25, 30, 20, 35, 15, 'zhiliao'), (?, ?, 38, 36, 28, 40, 22, 'zhiliao')
                """,
                child,
                LocalDate.now().minusMonths(10),
                child,
                LocalDate.now().minusMonths(5));
        long plan = jdbc.queryForObject(
                """
                insert into childwelfare.plans (child_id, starts_on, review_due_on, status, created_by)
                values (?, ?, ?, 'ACTIVE', 'zhiliao') returning id
                """,
                Long.class,
                child,
                LocalDate.now().minusMonths(7),
                LocalDate.now().minusMonths(1));
        jdbc.update("insert into childwelfare.plan_goals (plan_id, goal) values (?, '扶物独站30秒')", plan);
        jdbc.update(
                "insert into childwelfare.plan_schedule (plan_id, weekday, therapy_code, minutes) values (?, 1, 'PHYSICAL', 60)",
                plan);
    }

    @AfterEach
    void removeTheHome() {
        jdbc.update("delete from childwelfare.plans where child_id = ?", child);
        jdbc.update("delete from childwelfare.assessments where child_id = ?", child);
        jdbc.update("delete from childwelfare.children where id = ?", child);
        jdbc.update(
                "delete from childwelfare.therapists where institution_id in (select id from childwelfare.institutions where name = ?)",
                home);
        jdbc.update("delete from childwelfare.institutions where name = ?", home);
    }

    @Test
    void recordsAReviewAndSchedulesTherapy() {
        login("zhiliao", DEMO_PASSWORD);
        open("/console/childwelfare/children/" + child + "/rehabilitation");
        assertThat(pageText()).contains("待复评");

        retype(By.id("grossMotor"), "52");
        retype(By.id("fineMotor"), "44");
        retype(By.id("language"), "35");
        retype(By.id("cognition"), "47");
        retype(By.id("selfCare"), "30");
        clickAndWait(browser.findElement(By.id("record-assessment")));
        assertThat(pageText()).contains("已记录康复评估");
        assertThat(browser.findElements(By.cssSelector("#progress-chart polyline")))
                .hasSize(5);

        choose(By.id("weekday"), "周一");
        choose(By.id("therapyCode"), "小儿推拿");
        retype(By.id("minutes"), "300");
        browser.executeScript("document.getElementById('minutes').removeAttribute('max')");
        clickAndWait(browser.findElement(By.id("add-schedule")));
        assertThat(fieldError("分钟")).contains("5到240分钟");
        retype(By.id("minutes"), "60");
        choose(By.id("therapistId"), "浏览器治疗师");
        clickAndWait(browser.findElement(By.id("add-schedule")));
        assertThat(browser.findElement(By.id("daily-minutes")).getText()).contains("120 / 120");
        screenshot("childwelfare-rehabilitation-plan");

        open("/console/childwelfare/plans?overdue=true");
        assertThat(pageText()).contains("浏览器康复儿童").contains("待复评");
        screenshot("childwelfare-rehabilitation-plans-overdue");
    }
}
