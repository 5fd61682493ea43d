package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;

/**
 * 受助登记 at the street: the city station's worker registers an unidentified man found at the railway station on a
 * phone with scripts off, photo included; back at the desk she files a stay extension, sends him to hospital and
 * back, and escorts him home.
 */
@IntegrationTest
class RescueIntakeBrowserTests extends BrowserScenario {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    Path photo;

    @AfterEach
    void cleanUp() throws IOException {
        putDownThePhone();
        if (photo != null) {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void registerAnUnidentifiedManOnAPhoneThenExtendReferAndEscortHimHome() throws Exception {
        photo = aPhoto();
        String place = "滨州站候车室东侧（" + UUID.randomUUID().toString().substring(0, 6) + "）";

        pickUpThePhone();
        login("jiuzhu", DEMO_PASSWORD);
        open("/console/rescue/cases/new");
        waitForHeading("受助登记");
        fitsThePhone("rescue-intake-phone");

        typeDateTime(By.id("foundAt"), LocalDateTime.now(BEIJING).plusHours(2));
        retype(By.id("foundPlace"), place);
        choose(By.id("source"), "公安护送");
        retype(By.id("broughtBy"), "滨城区公安分局铁路派出所");
        choose(By.id("identityStatus"), "身份不明");
        choose(By.id("sex"), "男");
        retype(By.id("estimatedAge"), "60");
        retype(By.id("heightCm"), "168");
        retype(By.id("physicalDescription"), "偏瘦，花白短发");
        retype(By.id("features"), "右手缺小指");
        retype(By.id("clothing"), "蓝色棉袄，黑色布鞋");
        choose(By.id("health"), "疑似精神障碍");
        retype(By.id("belongings"), "编织袋 1 个\n搪瓷缸 1 个");
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        clickAndWait(browser.findElement(By.id("admit")));
        assertThat(fieldError("发现时间")).contains("发现时间不能晚于现在");

        typeDateTime(By.id("foundAt"), LocalDateTime.now(BEIJING).minusHours(1));
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        clickAndWait(browser.findElement(By.id("admit")));
        assertThat(pageText()).contains("已登记入站，编号 JZ371600-");
        assertThat(heading()).contains("（身份不明）");
        assertThat(browser.findElement(By.id("stay-counter")).getText()).contains("第 0 天 / 期限 10 天");
        assertThat(browser.findElements(By.id("case-photo"))).hasSize(1);
        assertThat(pageText()).contains(place).contains("右手缺小指");
        fitsThePhone("rescue-case-phone");
        String casePath = path();
        putDownThePhone();

        open(casePath);
        retype(By.id("extraDays"), "5");
        retype(By.id("extension-reason"), "身份不明，等待公安人像比对结果");
        retype(By.id("reportedTo"), "滨州市民政局社会救助科");
        clickAndWait(browser.findElement(By.id("extend")));
        assertThat(pageText()).contains("延期已登记");
        assertThat(browser.findElement(By.id("stay-counter")).getText()).contains("期限 15 天");

        retype(By.id("hospital"), "滨州市精神卫生中心");
        retype(By.id("referral-reason"), "夜间躁动，疑似精神障碍");
        clickAndWait(browser.findElement(By.id("refer")));
        assertThat(pageText()).contains("已登记送医");
        assertThat(heading()).contains("住院");

        retype(By.id("outcome"), "病情稳定，出院返站");
        clickAndWait(browser.findElement(By.id("return")));
        assertThat(pageText()).contains("已登记出院返站");
        assertThat(heading()).contains("在站");

        choose(By.id("kind"), "护送返乡");
        retype(By.id("release-note"), "经人像比对查明籍贯，护送至河北省沧州市交家属");
        assertThat(clickAndConfirm(browser.findElement(By.id("release")))).contains("确认办理离站");
        assertThat(pageText()).contains("已办理离站").contains("护送返乡").contains("已离站，本记录不再变更");
        assertThat(browser.findElements(By.id("release-form"))).isEmpty();

        open("/console/rescue/cases");
        waitForHeading("受助人员");
        assertThat(browser.findElement(By.id("stay-summary")).getText())
                .contains("即将超期")
                .contains("滞留");
        screenshot("rescue-cases");
    }

    private static Path aPhoto() throws IOException {
        var image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        var pen = image.createGraphics();
        pen.setColor(new Color(0x5b6b7a));
        pen.fillRect(0, 0, 240, 320);
        pen.setColor(new Color(0xe0c8a8));
        pen.fillOval(70, 60, 100, 130);
        pen.dispose();
        Path file = Files.createTempFile("rescue-intake-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
