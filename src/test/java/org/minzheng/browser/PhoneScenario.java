package org.minzheng.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A citizen's cheap phone: 375 × 667 CSS pixels, touch layout and JavaScript off, as in WeChat's
 * browser with scripts blocked. The shared Chromium goes back to the desktop afterwards.
 */
abstract class PhoneScenario extends BrowserScenario {

    @BeforeEach
    void holdAPhoneWithoutJavaScript() {
        pickUpThePhone();
    }

    @AfterEach
    void backToTheDesktop() {
        putDownThePhone();
    }
}
