package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.IdNumber;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The welfare home's staff member admits a child found abandoned with a physical disability, first mistyping
 * the ID number, then records the doctor's findings as a medical note.
 */
@IntegrationTest
class ChildProfileBrowserTests extends BrowserScenario {

    static final String CHILD = "浏览器测试儿童";
    static final String NOTE = "脑性瘫痪（痉挛型），每日口服巴氯芬，对青霉素过敏。";

    @Autowired
    JdbcTemplate jdbc;

    String home;

    @BeforeEach
    void aHomeWithRooms() {
        home = "浏览器测试福利院-" + UUID.randomUUID().toString().substring(0, 8);
        Long id = jdbc.queryForObject(
                "insert into childwelfare.institutions (name, region_code) values (?, '371600000000') returning id",
                Long.class,
                home);
        jdbc.update("insert into childwelfare.rooms (institution_id, name) values (?, '测试宿舍甲'), (?, '测试宿舍乙')", id, id);
    }

    @AfterEach
    void removeTheHome() {
        jdbc.update(
                "delete from childwelfare.children where institution_id in (select id from childwelfare.institutions where name = ?)",
                home);
        jdbc.update(
                "delete from childwelfare.rooms where institution_id in (select id from childwelfare.institutions where name = ?)",
                home);
        jdbc.update("delete from childwelfare.institutions where name = ?", home);
    }

    @Test
    void admitsAChildAndAddsAMedicalNote() {
        login("fuliyuan", DEMO_PASSWORD);
        open("/console/childwelfare/children/new");
        String idNumber = anIdNumberBornIn2019();
        browser.findElement(By.id("idNumber")).sendKeys(idNumber.substring(0, 17) + wrongCheck(idNumber));
        browser.findElement(By.id("name")).sendKeys(CHILD);
        choose(By.id("guardianship"), "弃婴（父母不明）");
        choose(By.id("disabilityType"), "肢体残疾");
        choose(By.id("disabilityGrade"), "二级");
        browser.findElement(By.id("rehabAssistanceRegistered1")).click();
        choose(By.id("institutionId"), home);
        choose(By.id("roomId"), "测试宿舍乙");
        clickAndWait(browser.findElement(By.cssSelector("#child-form button[type=submit]")));
        assertThat(fieldError("身份证号")).contains("身份证号不正确");

        retype(By.id("idNumber"), idNumber);
        clickAndWait(browser.findElement(By.cssSelector("#child-form button[type=submit]")));
        assertThat(heading()).contains(CHILD);
        assertThat(browser.findElement(By.id("child-facts")).getText())
                .contains(
                        "弃婴（父母不明）",
                        "肢体残疾（二级）",
                        "测试宿舍乙",
                        IdNumber.parse(idNumber).maskedForStaff());

        clickAndWait(browser.findElement(By.id("medical-notes")));
        browser.findElement(By.id("text")).sendKeys(NOTE);
        clickAndWait(browser.findElement(By.cssSelector("#note-form button[type=submit]")));
        assertThat(browser.findElement(By.id("notes")).getText()).contains(NOTE, "fuliyuan");

        clickAndWait(browser.findElement(By.linkText(CHILD)));
        assertThat(browser.findElement(By.id("medical")).getText()).contains("共有 1 条医疗记录");
        screenshot("childwelfare-child");
    }

    private static String anIdNumberBornIn2019() {
        String first17 =
                "371602" + "20190614" + (900 + ThreadLocalRandom.current().nextInt(100));
        return first17 + IdNumber.checkChar(first17);
    }

    private static char wrongCheck(String idNumber) {
        return idNumber.charAt(17) == '1' ? '2' : '1';
    }
}
