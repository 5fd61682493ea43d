package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every browser scenario needs: the shared Chromium, a visitor without cookies, the running
 * application's address, and the few gestures a clerk makes (open, sign in, click, look).
 */
@ExtendWith(SharedChromium.class)
abstract class BrowserScenario {

    static final String DEMO_PASSWORD = "Demo@2026";

    private static final int TOTP_STEP_SECONDS = 30;

    /**
     * Sessions opened with a one-time code, by user name, kept for the whole run: a second sign-in may
     * have to wait up to 30 seconds for an unused code, so later scenarios bring the session back instead.
     */
    private static final Map<String, Set<Cookie>> SECOND_FACTOR_SESSIONS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    /** Private, so that subclasses keep their own {@code jdbc} fields without hiding this one. */
    @Autowired
    private JdbcTemplate totpSteps;

    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 667;

    ChromeDriver browser;
    private Dimension desktop;
    WebDriverWait wait;
    private Chromium chromium;

    @BeforeEach
    void arriveAsStranger(Chromium chromium) {
        this.chromium = chromium;
        this.browser = chromium.driver();
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(25));
        chromium.forgetVisitor();
    }

    /**
     * From here on a cheap phone: 375 × 667 CSS pixels, touch layout and JavaScript off, as in WeChat's
     * browser with scripts blocked. {@link #putDownThePhone} returns to the desktop.
     */
    void pickUpThePhone() {
        desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
        // a desktop window is never narrower than 500 px and keeps a classic scroll bar; a phone's screen is
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }

    void putDownThePhone() {
        if (desktop == null) {
            return;
        }
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(desktop);
        desktop = null;
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

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Fills in the sign-in form and waits for whatever page answers it. */
    void login(String username, String password) {
        open("/login");
        WebElement form = waitFor(By.id("login-form"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
    }

    /** Clicks something that loads a new page and waits until the old one is gone. */
    void clickAndWait(WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        wait.until(replaced(page));
    }

    /**
     * Clicks a button whose form asks first (data-confirm), accepts the question and waits for the
     * answer page.
     *
     * @return the question the browser asked
     */
    String clickAndConfirm(WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        Alert question = wait.until(alertIsPresent());
        String text = question.getText();
        question.accept();
        wait.until(replaced(page));
        return text;
    }

    /**
     * The old page is gone. While Chromium swaps documents it may answer for the old node with a bare
     * inspector error instead of a stale reference; that means "not yet", not a failure.
     */
    static ExpectedCondition<Boolean> replaced(WebElement page) {
        ExpectedCondition<Boolean> stale = stalenessOf(page);
        return driver -> {
            try {
                return stale.apply(driver);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        };
    }

    /** Picks an option by the text a person reads, ignoring the indentation some lists use for levels. */
    void choose(By select, String label) {
        new Select(browser.findElement(select))
                .getOptions().stream()
                        .filter(option -> option.getText().strip().equals(label))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no option " + label + " in " + select))
                        .click();
    }

    /** Types into a field as a person would after selecting what was there. */
    void retype(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    void clickMenu(String label) {
        clickAndWait(browser.findElement(By.cssSelector("nav.sidebar")).findElement(By.linkText(label)));
    }

    /** Leaves by the top bar's sign-out button, as a person does before a colleague signs in. */
    void signOut() {
        clickAndWait(browser.findElement(By.cssSelector(".topbar-tools form button")));
    }

    /** The sidebar group under that heading, e.g. 系统管理. */
    WebElement menuSection(String heading) {
        return browser.findElement(
                By.xpath("//nav[contains(@class,'sidebar')]/section[h2[normalize-space()='" + heading + "']]"));
    }

    List<String> menuHeadings() {
        return texts(By.cssSelector("nav.sidebar section h2"));
    }

    /** The message a person reads under the form field of that label. */
    String fieldError(String label) {
        return browser.findElement(
                        By.xpath("//div[contains(concat(' ', @class, ' '), ' field ')][label[normalize-space()='"
                                + label + "']]" + "/p[contains(@class, 'field-error')]"))
                .getText();
    }

    /**
     * Types a date and time into a datetime-local field with the keyboard. Headless Chromium lays the field
     * out as month/day/year hour:minute AM/PM whatever {@code --lang} says, and the year segment does not
     * move on by itself; the check fails loudly should a Chromium lay it out otherwise.
     */
    void typeDateTime(By field, LocalDateTime time) {
        WebElement input = browser.findElement(field);
        input.clear();
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        input.sendKeys(
                String.format("%02d%02d%04d", time.getMonthValue(), time.getDayOfMonth(), time.getYear()),
                Keys.ARROW_RIGHT,
                String.format("%02d%02d", hour, time.getMinute()),
                time.getHour() < 12 ? "AM" : "PM");
        assertThat(input.getDomProperty("value"))
                .as("value typed into %s", field)
                .isEqualTo(time.truncatedTo(ChronoUnit.MINUTES).toString());
    }

    WebElement waitFor(By locator) {
        return wait.until(visibilityOfElementLocated(locator));
    }

    void waitForHeading(String text) {
        wait.until(textToBePresentInElementLocated(By.tagName("h1"), text));
    }

    /** The workbench tile of that title; other modules add tiles of their own. */
    WebElement tile(String title) {
        return browser.findElement(By.xpath("//a[contains(@class,'tile')][h2[normalize-space()='" + title + "']]"));
    }

    String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    List<String> texts(By locator) {
        return texts(browser.findElement(By.tagName("html")), locator);
    }

    static List<String> texts(WebElement within, By locator) {
        return within.findElements(locator).stream().map(WebElement::getText).toList();
    }

    /**
     * Saves the page under target/screenshots for a person to review, and checks that no message key was
     * left untranslated (Thymeleaf shows those as ??key??).
     */
    void screenshot(String name) {
        chromium.screenshot(name);
        assertThat(pageText()).as("untranslated message key on %s", name).doesNotContain("??");
    }

    /** Answers the second-factor page with the demo hint's code, as an administrator does with the app. */
    void passSecondFactor(String username) throws InterruptedException {
        String code = unusedDemoCode(username);
        browser.findElement(By.id("code")).sendKeys(code);
        clickAndWait(browser.findElement(By.cssSelector("#totp-form button")));
        if (path().equals("/console")) {
            SECOND_FACTOR_SESSIONS.put(username, Set.copyOf(browser.manage().getCookies()));
        }
    }

    /**
     * Lands on the workbench signed in as someone who needs a one-time code, reusing the session an
     * earlier scenario of this run opened, as a person keeps their browser open, and signing in afresh
     * only when there is none or it has ended.
     */
    void signInWithSecondFactor(String username, String password) throws InterruptedException {
        Set<Cookie> session = SECOND_FACTOR_SESSIONS.get(username);
        if (session != null) {
            open("/css/app.css");
            session.forEach(cookie ->
                    browser.manage().addCookie(new Cookie(cookie.getName(), cookie.getValue(), cookie.getPath())));
            open("/console");
            if (path().equals("/console")) {
                return;
            }
            chromium.forgetVisitor();
        }
        login(username, password);
        assertThat(path()).isEqualTo("/login/second-factor");
        passSecondFactor(username);
        assertThat(path()).isEqualTo("/console");
    }

    /**
     * The demo hint shows the code of the step in which the page was drawn. The server refuses a step it
     * has already accepted, so when another sign-in used the current step, wait for the next one and
     * redraw the page rather than spend one of the five attempts.
     */
    String unusedDemoCode(String username) throws InterruptedException {
        while (true) {
            long lastUsed = lastUsedStep(username);
            long before = currentStep();
            browser.navigate().refresh();
            String code = waitFor(By.id("demo-code")).getText();
            if (before == currentStep() && before > lastUsed) {
                return code;
            }
            Thread.sleep(millisToNextStep());
        }
    }

    private long lastUsedStep(String username) {
        Long step = totpSteps.queryForObject(
                "select totp_last_step from staff.accounts where username = ?", Long.class, username);
        return step == null ? -1 : step;
    }

    private static long currentStep() {
        return Instant.now().getEpochSecond() / TOTP_STEP_SECONDS;
    }

    private static long millisToNextStep() {
        return (currentStep() + 1) * TOTP_STEP_SECONDS * 1000 - Instant.now().toEpochMilli() + 50;
    }
}
