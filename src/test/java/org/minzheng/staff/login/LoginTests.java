package org.minzheng.staff.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Test
    void townshipReviewerSignsInWithPasswordAndLandsOnTheConsole() throws Exception {
        String user = logins.createAccount("reviewer", "371602005000", "TOWNSHIP_REVIEWER");
        var session = new Session();
        session.perform(formLogin("/login").user(user).password(StaffLogins.PASSWORD))
                .andExpect(redirectedUrl("/console"));
        session.perform(get("/console")).andExpect(status().isOk());
        assertThat(auditCount(user, "staff.login.success")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select last_login_at is not null from staff.accounts where username = ?", Boolean.class, user))
                .isTrue();
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        String user = logins.createAccount("wrongpw", "371602005000", "TOWNSHIP_REVIEWER");
        mvc.perform(formLogin("/login").user(user).password("Wrong@2026pw"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin("/login").user("nobody-here").password("Wrong@2026pw"))
                .andExpect(redirectedUrl("/login?error=bad"));
        assertThat(auditCount(user, "staff.login.failure")).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        String user = logins.createAccount("lockme", "371602005000", "TOWNSHIP_REVIEWER");
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(user).password("Wrong@2026pw"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user(user).password("Wrong@2026pw"))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(formLogin("/login").user(user).password(StaffLogins.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));

        Instant lockedUntil = jdbc.queryForObject(
                        "select locked_until from staff.accounts where username = ?", java.sql.Timestamp.class, user)
                .toInstant();
        assertThat(Duration.between(Instant.now(), lockedUntil))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(auditCount(user, "staff.account.locked")).isEqualTo(1);
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        String user = logins.createAccount("disabled", "371602005000", "TOWNSHIP_REVIEWER");
        jdbc.update("update staff.accounts set enabled = false where username = ?", user);
        mvc.perform(formLogin("/login").user(user).password(StaffLogins.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void administratorEnrolsAndPassesTheSecondFactor() throws Exception {
        String user = logins.createAccount("cityadmin", "371600000000", "CITY_ADMIN");
        Session session = passwordStep(user);

        session.perform(get("/console")).andExpect(status().isForbidden());
        String page = session.perform(get("/login/second-factor"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data:image/png;base64,").contains("totp-secret");

        String code = currentCode(user);
        session.perform(post("/login/second-factor").param("code", code).with(csrf()))
                .andExpect(redirectedUrl("/console"));
        session.perform(get("/console")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select totp_confirmed from staff.accounts where username = ?", Boolean.class, user))
                .isTrue();

        Session second = passwordStep(user);
        second.perform(post("/login/second-factor").param("code", code).with(csrf()))
                .andExpect(status().isOk());
        second.perform(get("/console")).andExpect(status().isForbidden());
    }

    @Test
    void wrongOneTimeCodesCountTowardTheLock() throws Exception {
        String user = logins.createAccount("badcode", "371600000000", "CITY_ADMIN");
        Session session = passwordStep(user);
        session.perform(get("/login/second-factor")).andExpect(status().isOk());
        for (int attempt = 1; attempt <= 4; attempt++) {
            session.perform(post("/login/second-factor").param("code", "000000").with(csrf()))
                    .andExpect(status().isOk());
        }
        session.perform(post("/login/second-factor").param("code", "000000").with(csrf()))
                .andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void temporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String user = logins.createAccount("temp", "371602005000", "TOWNSHIP_REVIEWER");
        jdbc.update("update staff.accounts set must_change_password = true where username = ?", user);
        var session = new Session();
        session.perform(formLogin("/login").user(user).password(StaffLogins.PASSWORD))
                .andExpect(redirectedUrl("/console/staff/password"));
        session.perform(get("/console/region/regions")).andExpect(redirectedUrl("/console/staff/password"));

        session.perform(post("/console/staff/password")
                        .with(csrf())
                        .param("currentPassword", StaffLogins.PASSWORD)
                        .param("newPassword", "simple")
                        .param("confirmPassword", "simple"))
                .andExpect(status().isOk());
        assertThat(mustChange(user)).isTrue();

        session.perform(post("/console/staff/password")
                        .with(csrf())
                        .param("currentPassword", StaffLogins.PASSWORD)
                        .param("newPassword", "Better#2027pw")
                        .param("confirmPassword", "Better#2027pw"))
                .andExpect(redirectedUrl("/console"));
        assertThat(mustChange(user)).isFalse();
        session.perform(get("/console/region/regions"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/region/regions/371602005000"));
    }

    @Test
    void signOutIsOnTheLoginLog() throws Exception {
        String user = logins.createAccount("signout", "371602005000", "TOWNSHIP_REVIEWER");
        var session = new Session();
        session.perform(formLogin("/login").user(user).password(StaffLogins.PASSWORD))
                .andExpect(redirectedUrl("/console"));
        session.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(auditCount(user, "staff.logout")).isEqualTo(1);
    }

    @Test
    void refusedRequestsAreAuditedAndTheApiAnswersWithProblemDetails() throws Exception {
        jdbc.update(
                "insert into staff.roles (code, name_zh, name_en) values ('HOME_ONLY', '仅工作台', 'Home only') on conflict do nothing");
        jdbc.update(
                "insert into staff.role_permissions values ('HOME_ONLY', 'workbench:home:view') on conflict do nothing");
        String user = logins.createAccount("homeonly", "371602005000", "HOME_ONLY");
        mvc.perform(get("/console/region/regions").with(logins.as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/regions/371602005000").with(logins.as(user)))
                .andExpect(status().isForbidden())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value(403));
        assertThat(auditCount(user, "staff.access.denied")).isEqualTo(2);
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "pengli").param("password", "Demo@2026"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void sessionExpiresAfterThirtyIdleMinutes() throws Exception {
        var session = new Session();
        session.perform(formLogin("/login").user("pengli").password("Demo@2026"))
                .andExpect(redirectedUrl("/console"));
        assertThat(jdbc.queryForObject(
                        "select max_inactive_interval from spring_session where principal_name = 'pengli' order by creation_time desc limit 1",
                        Integer.class))
                .isEqualTo(30 * 60);
    }

    private Session passwordStep(String user) throws Exception {
        var session = new Session();
        session.perform(formLogin("/login").user(user).password(StaffLogins.PASSWORD))
                .andExpect(redirectedUrl("/login/second-factor"));
        return session;
    }

    /** Sessions live in PostgreSQL behind a SESSION cookie (Spring Session), so tests carry the cookie. */
    private class Session {

        private Cookie cookie;

        ResultActions perform(RequestBuilder request) throws Exception {
            if (cookie != null && request instanceof MockHttpServletRequestBuilder builder) {
                builder.cookie(cookie);
            }
            ResultActions actions = mvc.perform(request);
            Cookie issued = actions.andReturn().getResponse().getCookie("SESSION");
            if (issued != null) {
                cookie = issued;
            }
            return actions;
        }
    }

    private String currentCode(String user) {
        byte[] secret = jdbc.queryForObject(
                "select totp_secret_cipher from staff.accounts where username = ?", byte[].class, user);
        return Totp.codeAt(cipher.decrypt(secret, SecondFactorController.CIPHER_CONTEXT), Totp.stepAt(Instant.now()));
    }

    private boolean mustChange(String user) {
        return jdbc.queryForObject(
                "select must_change_password from staff.accounts where username = ?", Boolean.class, user);
    }

    private int auditCount(String user, String action) {
        return jdbc.queryForObject(
                "select count(*) from audit.audit_entries where actor_username = ? and action = ?",
                Integer.class,
                user,
                action);
    }
}
