package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 居家养老 end to end: 彭李街道's reviewer registers and assesses an older man, establishes his home care
 * bed with the demo provider 康乐 (adaptation plan, works, completion photo, acceptance), plans the month
 * and dispatches the first visit for today; the provider's caregiver checks in and out on a phone and the
 * elder rates the visit; the county's supervision centre then finds the visit by drilling down.
 */
@IntegrationTest
class HomeCareServiceBrowserTests extends BrowserScenario {

    static final String ADDRESS = "彭李街道居家服务测试路6号";
    static final String ELDER = "居家服务测试老人";
    static final String PROVIDER = "滨城区康乐居家养老服务中心（演示）";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffLogins logins;

    String caregiverLogin;
    Path photo;

    @AfterEach
    void removeTheScenariosRows() throws IOException {
        String elders = "(select id from eldercare.elders where address = '" + ADDRESS + "')";
        String beds = "(select id from eldercare.beds where elder_id in " + elders + ")";
        jdbc.update(
                "delete from eldercare.visit_anomalies where visit_id in (select id from eldercare.visits where bed_id in "
                        + beds + ")");
        jdbc.update("delete from eldercare.visits where bed_id in " + beds);
        jdbc.update("delete from eldercare.service_plans where bed_id in " + beds);
        jdbc.update("delete from eldercare.beds where id in " + beds);
        jdbc.update("delete from eldercare.assessments where elder_id in " + elders);
        jdbc.update("delete from eldercare.elders where address = ?", ADDRESS);
        if (caregiverLogin != null) {
            jdbc.update("delete from eldercare.caregivers where username = ?", caregiverLogin);
        }
        if (photo != null) {
            Files.deleteIfExists(photo);
        }
        putDownThePhone();
    }

    @Test
    void assessEstablishDispatchServeOnAPhoneAndSuperviseTheVisit() throws Exception {
        photo = aPhoto();
        caregiverLogin = aCaregiverOfTheDemoProvider();

        login("pengli", DEMO_PASSWORD);
        registerAndAssessTheElder();
        establishTheBed();
        long visit = planAndDispatchForToday(1);
        long second = planAndDispatchForToday(2);
        signOut();

        pickUpThePhone();
        login(caregiverLogin, StaffLogins.PASSWORD);
        assertThat(tile("我的服务单").getText()).contains("今日待服务");
        fitsThePhone("eldercare-caregiver-home-phone");
        clickAndWait(browser.findElement(By.cssSelector("a[href='/console/eldercare/my-visits']")));
        assertThat(texts(By.cssSelector("#today-visits .visit-card strong"))).contains(ELDER);
        fitsThePhone("eldercare-caregiver-today-phone");
        clickAndWait(browser.findElement(By.cssSelector("#today-visits a[href$='/" + visit + "']")));
        browser.findElement(By.id("check-in-photo")).sendKeys(photo.toString());
        fitsThePhone("eldercare-caregiver-visit-phone");
        clickAndWait(browser.findElement(By.id("check-in")));
        assertThat(browser.findElement(By.id("visit-status")).getText()).isEqualTo("服务中");

        browser.findElement(By.id("record")).sendKeys("协助洗澡，修剪指甲，叮嘱按时服药。");
        browser.findElement(By.id("check-out-photo")).sendKeys(photo.toString());
        fitsThePhone("eldercare-caregiver-check-out-phone");
        clickAndWait(browser.findElement(By.id("check-out")));
        assertThat(browser.findElement(By.id("visit-status")).getText()).isEqualTo("已完成");
        assertThat(pageText()).contains("本次服务被标记了异常");
        assertThat(browser.findElement(By.id("visit-anomalies")).getText()).contains("服务时长过短", "待核查");

        clickAndWait(browser.findElement(By.id("confirm-visit")));
        assertThat(pageText()).contains("请选择满意程度");
        browser.findElement(By.id("rating-5")).click();
        fitsThePhone("eldercare-caregiver-confirm-phone");
        clickAndWait(browser.findElement(By.id("confirm-visit")));
        assertThat(browser.findElement(By.id("rating")).getText()).contains("5 星", "老人本人");
        assertThat(browser.findElements(By.cssSelector("#visit-photos img"))).hasSize(2);
        fitsThePhone("eldercare-caregiver-done-phone");

        open("/console/eldercare/my-visits/" + second);
        clickAndWait(browser.findElement(By.id("check-in")));
        browser.findElement(By.id("record")).sendKeys("打扫卫生，陪老人聊天。");
        browser.findElement(By.id("check-out-photo")).sendKeys(photo.toString());
        clickAndWait(browser.findElement(By.id("check-out")));
        putDownThePhone();
        signOut();

        pickUpThePhone();
        String text = jdbc.queryForObject(
                "select text from notification.sms_outbox where reference = ?", String.class, "visit-" + second);
        assertThat(text).startsWith("【滨州民政】" + ELDER);
        open(text.substring(text.indexOf("/care/confirm/")));
        assertThat(pageText()).contains("打扫卫生，陪老人聊天。", "浏览器测试护理员");
        browser.findElement(By.id("rating-4")).click();
        browser.findElement(By.id("feedback")).sendKeys("挺好，下次早点来");
        fitsThePhone("eldercare-family-confirm-phone");
        clickAndWait(browser.findElement(By.id("family-confirm")));
        assertThat(browser.findElement(By.id("thanks")).getText()).contains("谢谢");
        fitsThePhone("eldercare-family-thanks-phone");
        putDownThePhone();

        login("bincheng", DEMO_PASSWORD);
        open("/console/eldercare/supervision");
        screenshot("eldercare-supervision-county");
        clickAndWait(browser.findElement(By.linkText("彭李街道")));
        clickAndWait(browser.findElement(By.linkText(PROVIDER)));
        screenshot("eldercare-supervision-provider");
        choose(By.id("anomaly"), "服务时长过短");
        clickAndWait(browser.findElement(By.cssSelector("#visit-filters button[type=submit]")));
        clickAndWait(browser.findElement(By.cssSelector("a[href$='/console/eldercare/visits/" + visit + "']")));
        assertThat(texts(By.cssSelector("#anomalies .badge"))).contains("服务时长过短");
        screenshot("eldercare-supervision-visit");
    }

    private void registerAndAssessTheElder() {
        ElderRegistration.register(this, ELDER, ADDRESS, "独居", "低保对象");

        clickAndWait(browser.findElement(By.id("new-assessment")));
        choose(By.id("agencyId"), "滨州市老年人能力评估中心（演示）");
        choose(By.id("firstAssessorId"), "评估员甲（演示） · 滨州市老年人能力评估中心（演示）");
        choose(By.id("secondAssessorId"), "评估员乙（演示） · 滨州市老年人能力评估中心（演示）");
        for (var group : browser.findElements(By.cssSelector(".assessment-dimension [role=radiogroup]"))) {
            var choices = group.findElements(By.cssSelector("input[type=radio]"));
            // one point below the best everywhere: mildly impaired at least
            choices.get(Math.min(1, choices.size() - 1)).click();
        }
        clickAndWait(browser.findElement(By.cssSelector("#assessment-form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("#history .badge.level")).getText())
                .contains("失能");
    }

    private void establishTheBed() {
        open("/console/eldercare/beds/new");
        pick(By.id("elderId"), ELDER);
        pick(By.id("providerId"), PROVIDER);
        clickAndWait(
                browser.findElement(By.cssSelector("form[action$='/console/eldercare/beds'] button[type=submit]")));
        assertThat(browser.findElement(By.id("bed-status")).getText()).isEqualTo("待制定方案");

        WebElement handrails =
                browser.findElement(By.xpath("//tr[td[contains(., '扶手安装')]]//input[starts-with(@name, 'quantity.')]"));
        handrails.clear();
        handrails.sendKeys("2");
        clickAndWait(browser.findElement(By.cssSelector("#plan-form button[type=submit]")));
        clickAndConfirm(browser.findElement(By.id("order-works")));
        browser.findElement(By.id("photos-input")).sendKeys(photo.toString());
        clickAndWait(browser.findElement(By.id("upload-photos")));
        assertThat(browser.findElements(By.cssSelector("#works-photos img"))).isNotEmpty();
        clickAndConfirm(browser.findElement(By.id("accept-bed")));
        assertThat(browser.findElement(By.id("bed-status")).getText()).isEqualTo("已启用");
        screenshot("eldercare-bed-active");
    }

    /** Plans the month and dispatches it (the first time), then moves the plan's n-th visit to today. */
    private long planAndDispatchForToday(int nth) {
        open("/console/eldercare/service-plans");
        if (nth == 1) {
            clickAndWait(browser.findElement(By.id("make-plans")));
            assertThat(pageText()).contains("已生成");
            screenshot("eldercare-service-plans");
        }
        clickAndWait(browser.findElement(By.linkText(ELDER)));
        if (nth == 1) {
            choose(By.id("caregiver"), "浏览器测试护理员");
            clickAndWait(browser.findElement(By.id("dispatch")));
            assertThat(pageText()).contains("已派出");
            screenshot("eldercare-service-plan");
        }

        clickAndWait(browser.findElement(By.cssSelector("#plan-visits tbody tr:nth-child(" + nth + ") a")));
        long visit = Long.parseLong(path().replaceAll(".*/", ""));
        browser.executeScript(
                "document.getElementById('day').value = arguments[0]",
                LocalDate.now().toString());
        clickAndWait(browser.findElement(By.id("assign")));
        assertThat(pageText()).contains("服务单已派出");
        return visit;
    }

    private String aCaregiverOfTheDemoProvider() {
        String username = logins.createAccount("huli-test", "371602000000", "CAREGIVER");
        String unique = java.util.UUID.randomUUID().toString();
        jdbc.update(
                "insert into eldercare.caregivers (provider_id, name, id_number_cipher, id_number_index, username)"
                        + " select id, '浏览器测试护理员', ?, ?, ? from eldercare.providers where name = ?",
                unique.getBytes(),
                unique,
                username,
                PROVIDER);
        return username;
    }

    private void pick(By select, String containing) {
        var choice = new Select(browser.findElement(select));
        choice.getOptions().stream()
                .filter(option -> option.getText().contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option with " + containing))
                .click();
    }

    private static Path aPhoto() throws IOException {
        var image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var pen = image.createGraphics();
        pen.setColor(new Color(0x2f6f4e));
        pen.fillRect(0, 0, 320, 240);
        pen.setColor(Color.WHITE);
        pen.fillOval(110, 70, 100, 100);
        pen.dispose();
        Path file = Files.createTempFile("visit-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
