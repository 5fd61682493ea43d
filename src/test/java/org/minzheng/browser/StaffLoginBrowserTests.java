package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class StaffLoginBrowserTests extends BrowserScenario {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void loginPageGreetsTheClerkInChinese() {
        open("/login");
        waitFor(By.id("login-form"));

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("zh-CN");
        assertThat(browser.getTitle()).isEqualTo("登录 · 民政综合服务平台");
        assertThat(heading()).isEqualTo("工作人员登录");
        assertThat(texts(By.cssSelector("#login-form label"))).containsExactly("用户名", "密码");
        assertThat(browser.findElement(By.cssSelector("#login-form button")).getText())
                .isEqualTo("登录");
        assertThat(pageText()).contains("滨州市民政局", "连续 5 次输错密码或验证码，账户将锁定 15 分钟。");
        screenshot("01-login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoThatEvenTheRightOneIsRefused() {
        String username = aFreshTownshipReviewer("Right@2026");

        login(username, "Wrong@2026");
        assertThat(path()).isEqualTo("/login");
        assertThat(alert()).isEqualTo("用户名或密码错误。");
        screenshot("02-login-failed");

        for (int attempt = 2; attempt <= 5; attempt++) {
            login(username, "Wrong@2026");
        }
        login(username, "Right@2026");

        assertThat(path()).isEqualTo("/login");
        assertThat(alert()).startsWith("账户已锁定").contains("15 分钟后再试");
        screenshot("03-locked");
    }

    @Test
    void signingOutSaysGoodbyeAndClosesTheConsole() {
        login("pengli", DEMO_PASSWORD);
        waitForHeading("您好");

        clickAndWait(browser.findElement(By.xpath("//header//button[normalize-space()='退出']")));

        assertThat(path()).isEqualTo("/login");
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText())
                .isEqualTo("您已安全退出。");
        screenshot("14-logged-out");
        open("/console");
        assertThat(path()).isEqualTo("/login");
    }

    private String alert() {
        return waitFor(By.cssSelector("[role=alert]")).getText();
    }

    /** An account of our own to lock: the demo accounts are shared with every other test. */
    private String aFreshTownshipReviewer(String password) {
        String username = "lockout-" + Long.toString(System.nanoTime(), 36);
        Long id = jdbc.queryForObject("""
                insert into staff.accounts
                    (username, display_name, password_hash, region_code, password_changed_at, created_at, created_by)
                values (?, 'Lockout test', ?, '371602005000', now(), now(), 'browser-test')
                returning id
                """, Long.class, username, encoder.encode(password));
        jdbc.update("insert into staff.account_roles (account_id, role_code) values (?, 'TOWNSHIP_REVIEWER')", id);
        return username;
    }
}
