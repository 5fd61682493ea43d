package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.outbox.SmsDispatcher;
import org.minzheng.notification.outbox.SmsPhones;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole 低保 path as the people involved live it: a villager applies on a cheap phone without
 * JavaScript; the village assistant accepts; the caseworker records the visit on a phone in the
 * farmhouse, loses the connection while saving and gets it back; the township posts the notice; seven
 * days later the county confirms; the villager looks the case up and sees it enrolled.
 */
@IntegrationTest
class DibaoCaseBrowserTests extends PhoneScenario {

    static final String VILLAGE = "/v/371602012201";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    BlindIndex index;

    private String filed;

    @AfterEach
    void forgetTheCase() {
        browser.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        if (filed != null) {
            jdbc.update(
                    "delete from registry.households where id in"
                            + " (select household_id from assistance.recipients where case_number = ?)",
                    filed);
            jdbc.update("delete from assistance.recipients where case_number = ?", filed);
            jdbc.update("delete from attachment.files where owner_id = ?", filed);
            jdbc.update("delete from assistance.cases where number = ?", filed);
        }
    }

    @Test
    void aVillagersDibaoCaseRunsFromThePhoneToEnrolment() throws Exception {
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String first17 = "37160219620612"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        String idNumber = first17 + IdNumber.checkChar(first17);

        applyOnThePhone(phone, idNumber);

        asDesktop();
        login("cunwei", DEMO_PASSWORD);
        open("/console/assistance/cases/" + filed);
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("待受理");
        clickAndWait(browser.findElement(By.cssSelector("#accept-form button")));
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已受理");
        screenshot("case-accepted");

        visitOnThePhone();

        asDesktop();
        open("/console/assistance/cases/" + filed);
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已调查");
        assertThat(browser.findElement(By.id("case-means-test")).getText()).contains("核算结论：符合条件，救助金额 ¥1,710.00");
        signOut();

        login("lize", DEMO_PASSWORD);
        open("/console/assistance/cases/" + filed);
        browser.findElement(By.id("notice-opinion")).sendKeys("经入户调查，家庭人均月收入低于农村低保标准，拟纳入低保");
        clickAndWait(browser.findElement(By.cssSelector("#notice-form button")));
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("公示中");
        assertThat(browser.findElement(By.id("case-notice")).getText()).contains("公示中");
        screenshot("case-on-notice");
        signOut();

        // Seven days pass: the notice ran its term in the village without objection.
        jdbc.update(
                "update assistance.cases set notice_from = notice_from - 8, notice_until = notice_until - 8 where number = ?",
                filed);

        login("bincheng", DEMO_PASSWORD);
        open("/console/assistance/cases/" + filed);
        assertThat(browser.findElement(By.id("case-notice")).getText()).contains("公示期已满");
        screenshot("case-county-review");
        assertThat(clickAndConfirm(browser.findElement(By.cssSelector("#confirm-form button"))))
                .contains("确定审核确认");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.id("case-status")).getText().equals("已纳入保障");
        });
        assertThat(browser.findElement(By.id("case-approved")).getText()).contains("¥1,710.00");
        assertThat(texts(By.cssSelector("#steps strong")))
                .containsExactly("已提交申请", "已受理", "入户调查完成", "初审并公示", "县级审核确认", "纳入救助");
        screenshot("case-enrolled");
        signOut();

        asPhoneWithoutScripts();
        open(VILLAGE + "/track?number=" + filed + "&phone=" + phone);
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("已纳入保障");
        assertThat(browser.findElement(By.id("steps")).getText()).contains("已提交申请", "初审并公示", "纳入救助");
        fitsThePhone("portal-track-enrolled");
    }

    private void applyOnThePhone(String phone, String idNumber) {
        open(VILLAGE);
        clickAndWait(browser.findElement(By.id("service-apply")));
        clickAndWait(browser.findElement(By.id("apply-dibao")));
        browser.findElement(By.id("applicantName")).sendKeys("赵桂芬");
        browser.findElement(By.id("idNumber")).sendKeys(idNumber);
        browser.findElement(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("householdSize")).sendKeys("3");
        browser.findElement(By.id("reason")).sendKeys("本人年老多病，儿子打零工收入不稳定，孙女上小学。");
        clickAndWait(browser.findElement(By.id("apply-next")));
        browser.findElement(By.id("code")).sendKeys(codeSentTo(phone));
        clickAndWait(browser.findElement(By.id("submit-case")));
        filed = browser.findElement(By.id("case-number")).getText();
        assertThat(filed).matches("MZ\\d{8}-\\d{6}");
    }

    /**
     * The caseworker's phone has JavaScript: the applicant is already listed as head; the son goes in
     * the spare line, the granddaughter in a line added on the phone. The connection drops on saving:
     * the typed data waits in the phone and goes out when the network is back.
     */
    private void visitOnThePhone() {
        asPhoneWithScripts();
        open("/console/assistance/cases/" + filed + "/visit");
        assertThat(browser.findElement(By.id("members0.name")).getDomProperty("value"))
                .isEqualTo("赵桂芬");
        choose(By.id("hukouType"), "农村");
        browser.findElement(By.id("address")).sendKeys("里则街村5排12号");
        browser.findElement(By.id("investigators")).sendKeys("刘红 陈明");
        choose(By.id("members0.workAbility"), "无劳动能力");
        browser.findElement(By.id("members1.name")).sendKeys("孙建国");
        browser.findElement(By.id("members1.idNumber")).sendKeys(anId("19900308"));
        choose(By.id("members1.relationship"), "子");
        choose(By.id("members1.workAbility"), "部分丧失劳动能力");
        tap(By.cssSelector("[data-add-row=members]"));
        browser.findElement(By.id("members2.name")).sendKeys("孙小雨");
        browser.findElement(By.id("members2.idNumber")).sendKeys(anId("20160901"));
        choose(By.id("members2.relationship"), "孙子女或外孙子女");
        choose(By.id("members2.workAbility"), "无劳动能力");
        choose(By.id("incomes0.kind"), "工资性收入");
        browser.findElement(By.id("incomes0.description")).sendKeys("儿子打零工");
        browser.findElement(By.id("incomes0.amount")).sendKeys("9000");
        choose(By.id("assets0.kind"), "房产");
        browser.findElement(By.id("assets0.description")).sendKeys("自住平房");
        browser.findElement(By.id("assets0.amount")).sendKeys("60000");
        tap(By.cssSelector("input[name='assets[0].exempt']"));
        browser.findElement(By.id("neighbourhood")).sendKeys("邻居反映老人常年吃药，儿子外出打零工");
        fitsThePhone("visit-form-phone");

        goOffline(true);
        browser.findElement(By.id("visit-save")).click();
        waitFor(By.id("visit-offline"));
        assertThat(browser.findElement(By.id("visit-offline")).getText()).contains("网络已断开");
        assertThat(browser.findElement(By.id("members2.name")).getDomProperty("value"))
                .isEqualTo("孙小雨");
        screenshot("visit-offline");

        var page = browser.findElement(By.tagName("html"));
        goOffline(false);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        waitFor(By.id("means-test"));
        assertThat(browser.findElement(By.id("means-test")).getText())
                .contains("人均月收入 = ¥750.00 ÷ 3人 = ¥250.00")
                .contains("核算结论：符合条件，救助金额 ¥1,710.00");
        assertThat(browser.findElement(By.id("members2.name")).getDomProperty("value"))
                .isEqualTo("孙小雨");
        assertThat(browser.executeScript("return window.localStorage.getItem('visit-draft-" + filed + "')"))
                .as("the draft is gone once the server has it")
                .isNull();
        fitsThePhone("visit-means-test-phone");

        assertThat(clickAndConfirm(browser.findElement(By.id("visit-complete"))))
                .contains("确定完成入户调查");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已调查");
    }

    /** Scrolls to the middle of the screen first, as a thumb does: the save bar stays at the bottom. */
    private void tap(By target) {
        var element = browser.findElement(target);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void goOffline(boolean offline) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private void asDesktop() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private void asPhoneWithScripts() {
        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    private void asPhoneWithoutScripts() {
        asPhoneWithScripts();
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }

    private String codeSentTo(String phone) {
        dispatcher.dispatchDue();
        String text = jdbc.queryForObject(
                "select text from notification.dev_inbox where phone_index = ? and text like '%验证码%' order by id desc limit 1",
                String.class, index.of(phone, SmsPhones.DEV_INBOX));
        return text.replaceAll("\\D*(\\d{6})\\D.*", "$1");
    }

    /** A made-up ID number (address code 371627, used by no demo data) of someone born on that day. */
    private static String anId(String birth) {
        String first17 = "371627" + birth
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }
}
