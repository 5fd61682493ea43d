package org.minzheng.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver. Both are named explicitly so that Selenium
 * Manager never downloads a browser: CI installs them with apt-get, and a machine without them must fail
 * loudly rather than skip the browser tests.
 */
final class Chromium implements AutoCloseable {

    private static final String BROWSER = System.getProperty("minzheng.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("minzheng.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start() {
        requireExecutable(BROWSER, "minzheng.chromium");
        requireExecutable(DRIVER, "minzheng.chromedriver");
        Path profile = temporaryProfile();
        var options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1366,900",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .build();
        try {
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            return new Chromium(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    private static void requireExecutable(String path, String property) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("The browser tests need " + path
                    + ": apt-get install chromium chromium-driver fonts-wqy-microhei (or give its location with -D"
                    + property + "=...)");
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Forgets every cookie (session and language), so each scenario starts as a stranger. */
    void forgetVisitor() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The whole page, not just the window, so that a review also sees what lies below the fold. */
    void screenshot(String name) {
        @SuppressWarnings("unchecked")
        var size = (Map<String, Object>)
                driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        var clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
        var shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("minzheng-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
