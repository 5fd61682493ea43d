package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.outbox.SmsDispatcher;
import org.minzheng.notification.outbox.SmsPhones;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A villager applies for 低保 on a cheap phone without JavaScript: chooses the programme, fills in the form
 * with a photo of the household register, types the code from the text message, keeps the tracking
 * number and looks the case up.
 */
@IntegrationTest
class PortalApplyBrowserTests extends PhoneScenario {

    static final String VILLAGE = "/v/371602012201";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    BlindIndex index;

    private String filed;
    private Path photo;

    @AfterEach
    void forgetTheCase() throws IOException {
        if (filed != null) {
            jdbc.update("delete from attachment.files where owner_id = ?", filed);
            jdbc.update(
                    "delete from assistance.case_steps where case_id in (select id from assistance.cases where number = ?)",
                    filed);
            jdbc.update("delete from assistance.cases where number = ?", filed);
        }
        if (photo != null) {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void aVillagerAppliesForDibaoOnAPhoneAndSeesTheCaseSubmitted() throws Exception {
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String first17 = "37160219620517"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        photo = aPhoto();

        open(VILLAGE);
        clickAndWait(browser.findElement(By.id("service-apply")));
        assertThat(heading()).isEqualTo("码上办 · 网上申请");
        assertThat(texts(By.cssSelector(".choice strong"))).containsExactly("低保", "特困人员救助供养", "临时救助");
        clickAndWait(browser.findElement(By.id("apply-dibao")));
        assertThat(heading()).isEqualTo("申请低保");

        browser.findElement(By.id("applicantName")).sendKeys("王秀兰");
        browser.findElement(By.id("idNumber")).sendKeys(first17 + IdNumber.checkChar(first17));
        browser.findElement(By.id("phone")).sendKeys("0543-3161234");
        browser.findElement(By.id("householdSize")).sendKeys("3");
        browser.findElement(By.id("reason")).sendKeys("丈夫去年因病去世，我腿脚不好不能干重活，两个孩子还在上学，家里没有稳定收入。");
        clickAndWait(browser.findElement(By.id("apply-next")));
        assertThat(browser.findElement(By.cssSelector("#phone + .problem, .has-error .problem"))
                        .getText())
                .contains("固定电话收不到验证码");
        assertThat(browser.findElement(By.id("applicantName")).getDomProperty("value"))
                .isEqualTo("王秀兰");
        retype(By.id("phone"), phone);
        browser.findElement(By.id("files")).sendKeys(photo.toString());
        fitsThePhone("portal-apply-form");

        clickAndWait(browser.findElement(By.id("apply-next")));
        assertThat(heading()).isEqualTo("确认手机号");
        assertThat(browser.findElement(By.id("code-sent")).getText())
                .contains(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(browser.findElement(By.id("case-summary")).getText()).contains("王秀兰", "低保", ".png");
        fitsThePhone("portal-apply-code");

        browser.findElement(By.id("code")).sendKeys(codeSentTo(phone));
        clickAndWait(browser.findElement(By.id("submit-case")));
        assertThat(heading()).isEqualTo("申请已提交");
        filed = browser.findElement(By.id("case-number")).getText();
        assertThat(filed).matches("MZ\\d{8}-\\d{6}");
        fitsThePhone("portal-apply-done");

        clickAndWait(browser.findElement(By.id("track-link")));
        assertThat(browser.findElement(By.id("number")).getDomProperty("value")).isEqualTo(filed);
        browser.findElement(By.id("phone")).sendKeys(phone);
        clickAndWait(browser.findElement(By.id("track-submit")));
        assertThat(browser.findElement(By.cssSelector("#tracking h2")).getText())
                .isEqualTo("低保");
        assertThat(browser.findElement(By.id("steps")).getText()).isNotBlank();
        fitsThePhone("portal-track");
    }

    private String codeSentTo(String phone) {
        dispatcher.dispatchDue();
        String text = jdbc.queryForObject(
                "select text from notification.dev_inbox where phone_index = ? and text like '%验证码%' order by id desc limit 1",
                String.class, index.of(phone, SmsPhones.DEV_INBOX));
        return text.replaceAll("\\D*(\\d{6})\\D.*", "$1");
    }

    private static Path aPhoto() throws IOException {
        Path file = Files.createTempFile("household-register-", ".png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
