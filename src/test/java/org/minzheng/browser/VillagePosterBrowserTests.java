package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 彭李街道's reviewer prints the QR posters of the township's communities for their notice boards. */
@IntegrationTest
class VillagePosterBrowserTests extends BrowserScenario {

    static final String PENGLI = "371602005000";

    /** Chromium's PDF names each page object once with exactly this dictionary entry. */
    static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @BeforeEach
    void signIn() {
        login("pengli", DEMO_PASSWORD);
        waitForHeading("您好");
    }

    @AfterEach
    void backToScreen() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void opensACommunitysPosterFromTheRegionTreeAndPrintsIt() {
        clickMenu("行政区划");
        WebElement first = browser.findElement(By.cssSelector("#children tbody tr:first-child td a"));
        String community = first.getText();
        clickAndWait(first);

        clickAndWait(browser.findElement(By.id("village-qr")));

        assertThat(path()).isEqualTo("/console/region/qr/371602005001");
        assertThat(heading()).startsWith(community).contains("村居二维码");
        WebElement poster = browser.findElement(By.cssSelector("article.poster"));
        assertThat(poster.findElement(By.cssSelector(".poster-village")).getText())
                .isEqualTo(community);
        assertThat(poster.findElement(By.cssSelector(".poster-place")).getText())
                .contains("滨城区", "彭李街道");
        assertThat(texts(poster, By.cssSelector(".poster-services strong")))
                .containsExactly("码上通", "码上办", "码上查", "码上清");
        assertThat(poster.findElement(By.cssSelector(".poster-hotline")).getText())
                .contains("12345");
        WebElement qr = poster.findElement(By.cssSelector(".poster-qr img"));
        assertThat(qr.getDomProperty("naturalWidth")).isEqualTo("600");
        assertThat(qr.getRect().getWidth()).as("QR code on screen").isGreaterThan(180);
        assertThat(browser.findElement(By.id("scans")).getText()).contains("扫码次数", "累计", "近 30 天");
        assertThat(browser.findElements(By.cssSelector("#scans-by-day tbody tr")))
                .hasSize(14);
        screenshot("region-poster");

        clickAndWait(browser.findElement(By.id("print-poster")));

        assertThat(path()).isEqualTo("/console/region/qr/371602005001/posters");
        assertThat(browser.findElements(By.cssSelector("article.poster"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("button[data-print]")).getText())
                .isEqualTo("打印");
        screenshot("region-poster-print-view");
        asPrinted();
        assertThat(qrImageWidthAsPrinted())
                .as("QR image width in CSS pixels of 1/96 inch: at least 6 cm on paper")
                .isGreaterThanOrEqualTo(6 / 2.54 * 96);
        screenshot("region-poster-printed");
    }

    @Test
    void printsEveryCommunityOfTheTownshipOnePagePerPoster() {
        clickMenu("行政区划");
        assertThat(browser.findElement(By.id("download-posters")).getText()).isEqualTo("下载全部二维码（ZIP）");
        screenshot("region-township-qr-buttons");

        clickAndWait(browser.findElement(By.id("print-posters")));

        assertThat(path()).isEqualTo("/console/region/qr/" + PENGLI + "/posters");
        List<WebElement> posters = browser.findElements(By.cssSelector("article.poster"));
        assertThat(posters).hasSize(20);
        assertThat(posters.get(0).getDomAttribute("data-village")).isEqualTo("371602005001");
        assertThat(posters.get(19).getDomAttribute("data-village")).isEqualTo("371602005020");
        assertThat(pageText()).contains("共 20 个村（社区）");
        assertThat(printedPages()).as("one A4 page per poster").isEqualTo(20);

        clickAndWait(browser.findElement(By.linkText("返回区划")));
        assertThat(path()).isEqualTo("/console/region/regions/" + PENGLI);
    }

    /** Lays the page out as the print dialog would, on a sheet of A4 width. */
    private void asPrinted() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    /** The image itself, without the frame's padding and border. */
    private double qrImageWidthAsPrinted() {
        Object width = browser.executeScript("""
                var img = document.querySelector("article.poster img");
                var style = getComputedStyle(img);
                return img.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                """);
        return ((Number) width).doubleValue();
    }

    private int printedPages() {
        var pdf = browser.executeCdpCommand(
                "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
        String document = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        return (int) PDF_PAGE.matcher(document).results().count();
    }
}
