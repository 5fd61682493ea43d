package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 儿童福利 end to end: the welfare home approves a disabled orphan's 残联 budget of 200 yuan; the hospital's
 * therapist assesses her, writes a plan with today's physical therapy, and on a phone records today's two
 * sessions (300 yuan); the home's funding report shows the 残联 budget spent mid-day and medical insurance
 * paying the rest, and the month's claim lists the sessions.
 */
@IntegrationTest
class RehabilitationFundingBrowserTests extends BrowserScenario {

    static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffLogins logins;

    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final String child = "资金流程测试儿童" + tag;
    long home;
    long childId;

    @AfterEach
    void removeTheHome() {
        putDownThePhone();
        String children = "(select id from childwelfare.children where institution_id = " + home + ")";
        jdbc.update("delete from childwelfare.allocations where child_id in " + children);
        jdbc.update("delete from childwelfare.sessions where child_id in " + children);
        jdbc.update("delete from childwelfare.budgets where child_id in " + children);
        jdbc.update("delete from childwelfare.plans where child_id in " + children);
        jdbc.update("delete from childwelfare.assessments where child_id in " + children);
        jdbc.update("delete from childwelfare.children where institution_id = ?", home);
        jdbc.update("delete from childwelfare.therapists where institution_id = ?", home);
        jdbc.update("delete from childwelfare.institutions where id = ?", home);
    }

    @Test
    void planSessionsAndTheFundingReport() {
        String therapist = logins.createAccount("zl-flow", "371600000000", "THERAPIST");
        aDisabledOrphanWithTheirTherapist(therapist);

        login("fuliyuan", DEMO_PASSWORD);
        open("/console/childwelfare/funding/children/" + childId);
        choose(By.id("budget-fund"), "残联康复救助");
        browser.findElement(By.id("budget-amount")).sendKeys("200");
        browser.findElement(By.id("budget-note")).sendKeys("县残联核定");
        clickAndWait(browser.findElement(By.id("set-budget")));
        assertThat(pageText()).contains("核定额度已保存");
        signOut();

        login(therapist, StaffLogins.PASSWORD);
        open("/console/childwelfare/children/" + childId + "/rehabilitation");
        retype(By.id("grossMotor"), "32");
        retype(By.id("fineMotor"), "40");
        retype(By.id("language"), "45");
        retype(By.id("cognition"), "50");
        retype(By.id("selfCare"), "28");
        clickAndWait(browser.findElement(By.id("record-assessment")));
        browser.findElement(By.id("goals-text")).sendKeys("扶物站立 30 秒");
        clickAndWait(browser.findElement(By.id("create-plan")));
        choose(By.id("weekday"), WEEKDAYS[LocalDate.now().getDayOfWeek().getValue() - 1]);
        choose(By.id("therapyCode"), "运动疗法（PT）");
        retype(By.id("minutes"), "60");
        choose(By.id("therapistId"), "流程测试治疗师" + tag);
        clickAndWait(browser.findElement(By.id("add-schedule")));
        screenshot("childwelfare-flow-plan");

        pickUpThePhone();
        open("/console/childwelfare/sessions/today");
        var card = browser.findElement(By.id("child-" + childId));
        assertThat(card.getText()).contains("0 / 120 分钟");
        clickAndWait(card.findElement(By.cssSelector("button.done-planned")));
        choose(By.id("childId"), child);
        choose(By.id("therapyCode"), "作业疗法（OT）");
        retype(By.id("minutes"), "60");
        clickAndWait(browser.findElement(By.id("save-session")));
        assertThat(browser.findElement(By.id("child-" + childId)).getText()).contains("120 / 120 分钟");
        fitsThePhone("childwelfare-flow-sessions-phone");
        putDownThePhone();
        signOut();

        login("fuliyuan", DEMO_PASSWORD);
        open("/console/childwelfare/funding/children/" + childId);
        assertThat(browser.findElement(By.id("fund-DPF")).getText()).contains("200.00", "已用完");
        // 160 yuan of PT and 140 of OT: the 残联's 200 runs out during the OT session, medical insurance pays 100
        assertThat(browser.findElement(By.id("fund-MEDICAL")).getText()).contains("100.00");
        assertThat(browser.findElement(By.id("funded")).getText()).isEqualTo("300.00");
        assertThat(browser.findElement(By.id("shortfall")).getText()).contains("核定额度 200.00 元");
        screenshot("childwelfare-flow-funding-report");
        clickAndWait(browser.findElement(By.linkText("康复资金")));
        clickAndWait(browser.findElement(By.id("claims")));
        choose(By.id("fund"), "医保报销");
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(browser.findElement(By.id("claim-children")).getText()).contains(child, "100.00");
        screenshot("childwelfare-flow-claim");

        open("/console/childwelfare/funding");
        assertThat(browser.findElement(By.id("funding-" + childId)).getText()).contains(child, "已用完", "未达到");
        screenshot("childwelfare-funding-overview");
        clickMenu("两院监督评价");
        assertThat(browser.findElement(By.id("hours")).getText()).contains("小时");
        screenshot("childwelfare-supervision");
    }

    private void aDisabledOrphanWithTheirTherapist(String therapist) {
        home = jdbc.queryForObject(
                "insert into childwelfare.institutions (name, region_code) values (?, '371600000000') returning id",
                Long.class,
                "资金流程测试福利院" + tag);
        jdbc.update(
                "insert into childwelfare.therapists (institution_id, name, username) values (?, ?, ?)",
                home,
                "流程测试治疗师" + tag,
                therapist);
        childId = jdbc.queryForObject(
                """
                insert into childwelfare.children (institution_id, region_code, name, id_number_cipher, id_number_index,
                    masked_id_number, birth_date, sex, guardianship, disability_type, disability_grade,
                    rehab_assistance_registered, medical_insurance_enrolled, admitted_on, created_by)
                values (?, '371600000000', ?, '\\x00'::bytea, ?, '3716**********002X', ?, 'FEMALE', 'ORPHAN',
                    'PHYSICAL', 2, true, true, ?, 'test')
                returning id
                """,
                Long.class,
                home,
                child,
                UUID.randomUUID().toString(),
                LocalDate.now().minusYears(6),
                LocalDate.now().minusYears(2));
    }
}
