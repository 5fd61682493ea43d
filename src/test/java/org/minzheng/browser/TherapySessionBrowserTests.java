package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 今日康复 on a phone: a therapist of a home made for the test records a session for a child with a physical
 * disability and marks the plan's therapy of the day as missed; the auditor then reads the day's
 * minutes against the target.
 */
@IntegrationTest
class TherapySessionBrowserTests extends BrowserScenario {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffLogins logins;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String child = "手机训练测试" + tag;
    Long home;

    @AfterEach
    void removeTheHome() {
        putDownThePhone();
        if (home == null) {
            return;
        }
        String children = "(select id from childwelfare.children where institution_id = " + home + ")";
        jdbc.update("delete from childwelfare.sessions where child_id in " + children);
        jdbc.update("delete from childwelfare.plans where child_id in " + children);
        jdbc.update("delete from childwelfare.children where institution_id = ?", home);
        jdbc.update("delete from childwelfare.therapists where institution_id = ?", home);
        jdbc.update("delete from childwelfare.institutions where id = ?", home);
    }

    @Test
    void aTherapistRecordsADoneAndAMissedSessionOnAPhone() {
        String therapist = logins.createAccount("zl-browser", "371600000000", "THERAPIST");
        long childId = aChildWithAPlanForToday(therapist);

        pickUpThePhone();
        login(therapist, StaffLogins.PASSWORD);
        open("/console/childwelfare/sessions/today");
        assertThat(browser.findElement(By.id("child-" + childId)).getText()).contains(child, "0 / 120 分钟", "针灸 40 分钟");

        choose(By.id("childId"), child);
        choose(By.id("therapyCode"), "运动疗法（PT）");
        retype(By.id("minutes"), "45");
        browser.findElement(By.id("notes")).sendKeys("站立训练，配合良好");
        clickAndWait(browser.findElement(By.id("save-session")));
        assertThat(pageText()).contains("训练已登记");
        assertThat(browser.findElement(By.id("child-" + childId)).getText()).contains("45 / 120 分钟");

        var planned = browser.findElement(By.id("child-" + childId));
        new Select(planned.findElement(By.cssSelector("select[name=missedReason]"))).selectByValue("ILLNESS");
        clickAndWait(planned.findElement(By.cssSelector("button.missed-planned")));
        assertThat(pageText()).contains("未做的训练已登记");
        assertThat(browser.findElement(By.id("child-" + childId)).getText()).contains("未做");
        assertThat(texts(By.cssSelector("#my-sessions tbody tr"))).hasSize(2);
        fitsThePhone("childwelfare-sessions-today-phone");

        assertThat(jdbc.queryForObject(
                        "select coalesce(sum(cost_fen), 0) from childwelfare.sessions where child_id = ?",
                        Long.class,
                        childId))
                .isEqualTo(12000L);
        putDownThePhone();
        signOut();

        login("auditor", DEMO_PASSWORD);
        open("/console/childwelfare/sessions?q=" + tag);
        assertThat(browser.findElement(By.id("child-minutes")).getText()).contains(child, "45", "未达标");
        assertThat(browser.findElement(By.id("missed-sessions")).getText()).contains(child, "生病");
        screenshot("childwelfare-minutes");
    }

    private long aChildWithAPlanForToday(String therapist) {
        home = jdbc.queryForObject(
                "insert into childwelfare.institutions (name, region_code) values (?, '371600000000') returning id",
                Long.class,
                "手机训练测试福利院" + tag);
        long therapistId = jdbc.queryForObject(
                "insert into childwelfare.therapists (institution_id, name, username) values (?, ?, ?) returning id",
                Long.class,
                home,
                "手机测试治疗师" + tag,
                therapist);
        String index = UUID.randomUUID().toString();
        long childId = jdbc.queryForObject(
                """
                insert into childwelfare.children (institution_id, region_code, name, id_number_cipher, id_number_index,
                    masked_id_number, birth_date, sex, guardianship, disability_type, disability_grade,
                    rehab_assistance_registered, medical_insurance_enrolled, admitted_on, created_by)
                values (?, '371600000000', ?, ?, ?, '3716**********0011', ?, 'FEMALE', 'ORPHAN', 'PHYSICAL', 2,
                        true, true, ?, 'test')
                returning id
                """,
                Long.class,
                home,
                child,
                index.getBytes(),
                index,
                LocalDate.now().minusYears(5),
                LocalDate.now().minusMonths(6));
        long plan = jdbc.queryForObject("""
                insert into childwelfare.plans (child_id, starts_on, review_due_on, status, created_by)
                values (?, current_date - 10, current_date + 170, 'ACTIVE', 'test') returning id
                """, Long.class, childId);
        jdbc.update(
                "insert into childwelfare.plan_schedule (plan_id, weekday, therapy_code, minutes, therapist_id)"
                        + " values (?, ?, 'ACUPUNCTURE', 40, ?)",
                plan,
                LocalDate.now().getDayOfWeek().getValue(),
                therapistId);
        return childId;
    }
}
