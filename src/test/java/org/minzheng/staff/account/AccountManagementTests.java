package org.minzheng.staff.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class AccountManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorSeesAccountsOfTheWholeCity() throws Exception {
        // searched by name: other tests add accounts, and the list shows 20 a page
        mvc.perform(get("/console/staff/accounts?q=pengli").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">pengli</a>")));
        mvc.perform(get("/console/staff/accounts?q=zhanhua").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">zhanhua</a>")));
    }

    @Test
    void countyApproverSeesOnlyAccountsOfOwnCounty() throws Exception {
        mvc.perform(get("/console/staff/accounts?q=pengli").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">pengli</a>")));
        mvc.perform(get("/console/staff/accounts?q=zhanhua").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">zhanhua</a>"))));
        mvc.perform(get("/console/staff/accounts?q=admin").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">admin<"))));
        long zhanhua = id("zhanhua");
        mvc.perform(get("/console/staff/accounts/" + zhanhua).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
    }

    @Test
    void countyApproverMayLookButNotChange() throws Exception {
        long pengli = id("pengli");
        mvc.perform(get("/console/staff/accounts/new").with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/staff/accounts/" + pengli + "/disable")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(enabled("pengli")).isTrue();
    }

    @Test
    void townshipReviewerHasNoAccountPages() throws Exception {
        mvc.perform(get("/console/staff/accounts").with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/staff/accounts/export").with(logins.as("pengli")))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorCreatesAnAccountWithEncryptedPhoneThatCanBeFoundByNumber() throws Exception {
        mvc.perform(newAccount(
                        "wang.xiaoming", "王小明", "371602012000", "13805431234", "TOWNSHIP_REVIEWER", "Strong#2026pw"))
                .andExpect(status().is3xxRedirection());
        byte[] cipher = jdbc.queryForObject(
                "select phone_cipher from staff.accounts where username = 'wang.xiaoming'", byte[].class);
        assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain("13805431234");
        assertThat(jdbc.queryForObject(
                        "select must_change_password from staff.accounts where username = 'wang.xiaoming'",
                        Boolean.class))
                .isTrue();
        mvc.perform(get("/console/staff/accounts").param("q", "138 0543 1234").with(logins.as("admin")))
                .andExpect(content().string(containsString("wang.xiaoming")))
                .andExpect(content().string(containsString("138****1234")))
                .andExpect(content().string(not(containsString("13805431234"))));
        assertThat(audits("staff.account.create", id("wang.xiaoming"))).isEqualTo(1);
    }

    @Test
    void badInputIsExplainedAndNothingIsStored() throws Exception {
        expectRejected(newAccount("", "名字", "371602012000", "", "TOWNSHIP_REVIEWER", "Strong#2026pw"), "username");
        expectRejected(newAccount("9bad", "名字", "371602012000", "", "TOWNSHIP_REVIEWER", "Strong#2026pw"), "username");
        expectRejected(
                newAccount("pengli", "名字", "371602012000", "", "TOWNSHIP_REVIEWER", "Strong#2026pw"), "username");
        expectRejected(
                newAccount(
                        "script.user",
                        "<script>alert(1)</script>",
                        "371602012000",
                        "",
                        "TOWNSHIP_REVIEWER",
                        "Strong#2026pw"),
                "displayName");
        expectRejected(
                newAccount("long.user", "名".repeat(51), "371602012000", "", "TOWNSHIP_REVIEWER", "Strong#2026pw"),
                "displayName");
        expectRejected(
                newAccount("phone.user", "名字", "371602012000", "1234", "TOWNSHIP_REVIEWER", "Strong#2026pw"), "phone");
        expectRejected(newAccount("weak.user", "名字", "371602012000", "", "TOWNSHIP_REVIEWER", "password"), "password");
        expectRejected(newAccount("norole.user", "名字", "371602012000", "", null, "Strong#2026pw"), "roles");
        expectRejected(newAccount("noregion.user", "名字", "", "", "TOWNSHIP_REVIEWER", "Strong#2026pw"), "regionCode");
        expectRejected(
                newAccount("ghost.user", "名字", "371699999000", "", "TOWNSHIP_REVIEWER", "Strong#2026pw"), "regionCode");
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff.accounts where username in ('script.user','long.user','phone.user','weak.user',"
                                + "'norole.user','noregion.user','ghost.user','9bad')",
                        Integer.class))
                .isZero();
    }

    @Test
    void administratorOfOneCountyCannotPlaceAccountsInAnother() throws Exception {
        String zhanhuaAdmin = logins.createAccount("zh-admin", "371603000000", "CITY_ADMIN");
        mvc.perform(newAccount("outside.user", "名字", "371602005000", "", "TOWNSHIP_REVIEWER", "Strong#2026pw")
                        .with(logins.as(zhanhuaAdmin)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "regionCode", "account.region.outOfScope"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff.accounts where username = 'outside.user'", Integer.class))
                .isZero();
    }

    @Test
    void nobodyGrantsPermissionsTheyDoNotHold() throws Exception {
        jdbc.update(
                "insert into staff.roles (code, name_zh, name_en) values ('ACCOUNT_CLERK', '账户管理员', 'Account clerk') on conflict do nothing");
        jdbc.update("insert into staff.role_permissions (role_code, permission) values "
                + "('ACCOUNT_CLERK', 'staff:account:view'), ('ACCOUNT_CLERK', 'staff:account:manage'), ('ACCOUNT_CLERK', 'workbench:home:view') "
                + "on conflict do nothing");
        String clerk = logins.createAccount("clerk", "371602000000", "ACCOUNT_CLERK");
        mvc.perform(newAccount("escalated.user", "名字", "371602005000", "", "CITY_ADMIN", "Strong#2026pw")
                        .with(logins.as(clerk)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "account.roles.notGrantable"));
        mvc.perform(post("/console/staff/accounts/" + id("pengli") + "/disable")
                        .with(logins.as(clerk))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(enabled("pengli")).isTrue();
    }

    @Test
    void disablingSignsTheUserOutAndIsAudited() throws Exception {
        String user = logins.createAccount("to-disable", "371602005000", "TOWNSHIP_REVIEWER");
        long id = id(user);
        jdbc.update(
                "insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,"
                        + " expiry_time, principal_name) values (?, ?, 0, 0, 1800, 9999999999999, ?)",
                java.util.UUID.randomUUID().toString(),
                java.util.UUID.randomUUID().toString(),
                user);
        mvc.perform(post("/console/staff/accounts/" + id + "/disable")
                        .with(logins.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(enabled(user)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, user))
                .isZero();
        assertThat(audits("staff.account.disable", id)).isEqualTo(1);
        mvc.perform(post("/console/staff/accounts/" + id + "/enable")
                .with(logins.as("admin"))
                .with(csrf()));
        assertThat(enabled(user)).isTrue();
    }

    @Test
    void administratorCannotDisableOwnAccount() throws Exception {
        String admin = logins.createAccount("self-admin", "371600000000", "CITY_ADMIN");
        mvc.perform(post("/console/staff/accounts/" + id(admin) + "/disable")
                        .with(logins.as(admin))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(enabled(admin)).isTrue();
    }

    @Test
    void unlockAndPasswordResetWork() throws Exception {
        String user = logins.createAccount("locked", "371602005000", "TOWNSHIP_REVIEWER");
        long id = id(user);
        jdbc.update("update staff.accounts set locked_until = now() + interval '10 minutes' where id = ?", id);
        mvc.perform(post("/console/staff/accounts/" + id + "/unlock")
                .with(logins.as("admin"))
                .with(csrf()));
        assertThat(jdbc.queryForObject(
                        "select locked_until is null from staff.accounts where id = ?", Boolean.class, id))
                .isTrue();

        mvc.perform(post("/console/staff/accounts/" + id + "/reset-password")
                .param("temporaryPassword", "weak")
                .with(logins.as("admin"))
                .with(csrf()));
        assertThat(jdbc.queryForObject(
                        "select must_change_password from staff.accounts where id = ?", Boolean.class, id))
                .isFalse();
        mvc.perform(post("/console/staff/accounts/" + id + "/reset-password")
                .param("temporaryPassword", "Temp#2026pw")
                .with(logins.as("admin"))
                .with(csrf()));
        assertThat(jdbc.queryForObject(
                        "select must_change_password from staff.accounts where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void revealingAPhoneNeedsThePermissionAndIsAudited() throws Exception {
        long pengli = id("pengli");
        mvc.perform(post("/console/staff/accounts/" + pengli + "/reveal-phone")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        int before = reveals(pengli);
        mvc.perform(post("/console/staff/accounts/" + pengli + "/reveal-phone")
                        .with(logins.as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("19900010005")));
        assertThat(reveals(pengli)).isEqualTo(before + 1);
        mvc.perform(get("/console/staff/accounts/" + pengli).with(logins.as("admin")))
                .andExpect(content().string(containsString("199****0005")))
                .andExpect(content().string(not(containsString("19900010005"))));
    }

    @Test
    void exportIsAnExcelWorkbookOfTheFilteredAccounts() throws Exception {
        mvc.perform(get("/console/staff/accounts/export")
                        .param("region", "371602000000")
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

    private MockHttpServletRequestBuilder newAccount(
            String username, String name, String region, String phone, String role, String password) {
        MockHttpServletRequestBuilder request = post("/console/staff/accounts")
                .with(logins.as("admin"))
                .with(csrf())
                .param("username", username)
                .param("displayName", name)
                .param("regionCode", region)
                .param("phone", phone)
                .param("password", password)
                .param("confirmPassword", password);
        if (role != null) {
            request.param("roles", role);
        }
        return request;
    }

    private void expectRejected(MockHttpServletRequestBuilder request, String field) throws Exception {
        mvc.perform(request).andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", field));
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from staff.accounts where username = ?", Long.class, username);
    }

    private boolean enabled(String username) {
        return jdbc.queryForObject("select enabled from staff.accounts where username = ?", Boolean.class, username);
    }

    private int audits(String action, long id) {
        return jdbc.queryForObject(
                "select count(*) from audit.audit_entries where action = ? and target_id = ?",
                Integer.class,
                action,
                Long.toString(id));
    }

    private int reveals(long id) {
        return jdbc.queryForObject(
                "select count(*) from audit.audit_entries where category = 'PERSONAL_DATA' and target_id = ?",
                Integer.class,
                Long.toString(id));
    }
}
