package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolment;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.assistance.recipient.ReviewCycle;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The city administrator finds a 低保 household confirmed in 里则街村, lowers its benefit, suspends
 * and resumes it, and ends it when the family moves away.
 */
@IntegrationTest
class RecipientBrowserTests extends BrowserScenario {

    static final String HEAD = "浏览器对象";

    @Autowired
    Enrolments enrolments;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheScenariosRecipient() {
        jdbc.update("""
                delete from notification.sms_outbox where reference in
                    (select case_number from assistance.recipients where head_name = ?)""", HEAD);
        jdbc.update("""
                delete from registry.households where id in
                    (select household_id from assistance.recipients where head_name = ?)""", HEAD);
        jdbc.update("delete from assistance.recipients where head_name = ?", HEAD);
    }

    @Test
    void administratorChangesSuspendsResumesAndEndsABenefit() throws InterruptedException {
        enrolments.enrol(aDibaoHousehold());
        signInWithSecondFactor("admin", DEMO_PASSWORD);

        open("/console/assistance/recipients?name=" + "不存在的户主");
        assertThat(browser.findElement(By.id("no-recipients")).getText()).contains("没有符合条件的救助对象");
        screenshot("recipients-empty");

        open("/console");
        clickMenu("救助对象");
        assertThat(heading()).isEqualTo("救助对象");
        assertThat(texts(By.cssSelector("#recipients tbody tr")))
                .anySatisfy(row -> assertThat(row).contains(HEAD, "最低生活保障", "里则街村委会", "¥1,200.00", "正常发放"));
        screenshot("recipients-list");

        clickAndWait(browser.findElement(By.linkText(HEAD)));
        assertThat(heading()).contains(HEAD, "最低生活保障", "正常发放");
        String detail = path();
        assertThat(browser.findElement(By.id("recipient-phone")).getText()).isEqualTo("139****6688");
        screenshot("recipient-detail");

        browser.findElement(By.cssSelector("#amount-panel summary")).click();
        retype(By.id("amount-amount"), "980.5");
        browser.findElement(By.id("amount-reason")).sendKeys("配偶领取养老金，家庭收入增加");
        screenshot("recipient-amount-form");
        clickAndWait(browser.findElement(By.cssSelector("#amount-form button[type=submit]")));
        assertThat(pageText()).contains("救助金额已调整");
        assertThat(browser.findElement(By.id("recipient-amount")).getText()).contains("¥980.50");

        browser.findElement(By.cssSelector("#suspend-panel summary")).click();
        browser.findElement(By.id("suspend-reason")).sendKeys("外出务工，待核实收入");
        String question = clickAndConfirm(browser.findElement(By.cssSelector("#suspend-form button[type=submit]")));
        assertThat(question).contains("暂停发放");
        assertThat(browser.findElement(By.id("recipient-status")).getText()).isEqualTo("暂停发放");
        screenshot("recipient-suspended");

        clickAndWait(browser.findElement(By.cssSelector("#resume-form button[type=submit]")));
        assertThat(browser.findElement(By.id("recipient-status")).getText()).isEqualTo("正常发放");

        jdbc.update("update assistance.recipients set next_review_due = current_date - 10 where head_name = ?", HEAD);
        open("/console/assistance/recipients/reviews");
        assertThat(heading()).isEqualTo("复核任务");
        assertThat(texts(By.cssSelector("#review-tasks tbody tr")))
                .anySatisfy(row -> assertThat(row).contains(HEAD, "已逾期", "记录复核"));
        screenshot("recipient-reviews");
        clickAndWait(browser.findElement(
                By.xpath("//tr[td/a[normalize-space()='" + HEAD + "']]//a[contains(@class, 'button')]")));
        assertThat(heading()).contains(HEAD);
        screenshot("recipient-review");
        open(detail);

        browser.findElement(By.cssSelector("#exit-panel summary")).click();
        choose(By.id("exit-reason"), "迁出本地");
        browser.findElement(By.id("exit-note")).sendKeys("全家迁往济南");
        clickAndConfirm(browser.findElement(By.cssSelector("#exit-form button[type=submit]")));

        assertThat(browser.findElement(By.id("recipient-status")).getText()).isEqualTo("已终止");
        assertThat(browser.findElements(By.id("recipient-actions"))).isEmpty();
        List<String> history = texts(By.cssSelector("#history tbody tr"));
        assertThat(history).hasSize(5);
        assertThat(history.get(1)).contains("调整金额", "¥1,200.00", "¥980.50", "配偶领取养老金");
        assertThat(history.get(4)).contains("终止救助", "迁出本地", "全家迁往济南", "admin");
        screenshot("recipient-ended");
    }

    private static Enrolment aDibaoHousehold() {
        YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        return new Enrolment(
                new CaseNumber(String.format(
                        "MZ20000102-%06d", ThreadLocalRandom.current().nextInt(1_000_000))),
                RegionCode.of("371602012201"),
                Programme.DIBAO,
                HukouType.RURAL,
                "里则街村浏览器测试路3号",
                List.of(
                        new Enrolment.Member(HEAD, IdNumber.parse(freshIdNumber()), "02", WorkAbility.PARTIAL, true),
                        new Enrolment.Member("浏览器配偶", IdNumber.parse(freshIdNumber()), "10", WorkAbility.NONE, false)),
                new PhoneNumber("13905436688"),
                120_000,
                thisMonth.plusMonths(1),
                ReviewCycle.YEARLY,
                LocalDate.now(ZoneId.of("Asia/Shanghai")),
                "bincheng",
                false);
    }

    private static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371622%04d%02d%02d%03d",
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }
}
