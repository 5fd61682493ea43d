package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;

/**
 * A citizen's cheap phone: 375 × 667 CSS pixels, touch layout and JavaScript off, as in WeChat's
 * browser with scripts blocked. The shared Chromium goes back to the desktop afterwards.
 */
abstract class PhoneScenario extends BrowserScenario {

    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 667;

    private Dimension desktop;

    @BeforeEach
    void holdAPhoneWithoutJavaScript() {
        desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
        // a desktop window is never narrower than 500 px and keeps a classic scroll bar; a phone's screen is
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }

    @AfterEach
    void backToTheDesktop() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(desktop);
    }

    /** No sideways scrolling on the phone; then the screenshot for a person to review. */
    @SuppressWarnings("unchecked")
    void fitsThePhone(String screenshot) {
        var metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Number content = (Number) ((Map<String, Object>) metrics.get("cssContentSize")).get("width");
        Number viewport = (Number) ((Map<String, Object>) metrics.get("cssLayoutViewport")).get("clientWidth");
        assertThat(viewport.intValue()).as("phone screen").isEqualTo(PHONE_WIDTH);
        assertThat(content.doubleValue()).as("page width on %s", screenshot).isLessThanOrEqualTo(PHONE_WIDTH);
        screenshot(screenshot);
    }
}
