package org.minzheng.staff.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RoleManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorSeesTheFiveBuiltInRolesWithPermissionNames() throws Exception {
        mvc.perform(get("/console/staff/roles").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("村居协理员")))
                .andExpect(content().string(containsString("审计员")));
        mvc.perform(get("/console/staff/roles/CITY_ADMIN").with(logins.as("admin")))
                .andExpect(content().string(containsString("导入区划代码")))
                .andExpect(content().string(containsString("region:division:import")));
    }

    @Test
    void administratorCreatesARoleFromPermissionsTheyHold() throws Exception {
        mvc.perform(post("/console/staff/roles")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("code", "REGION_CLERK")
                        .param("nameZh", "区划管理员")
                        .param("nameEn", "Region clerk")
                        .param("permissions", "region:division:view", "region:division:import", "workbench:home:view"))
                .andExpect(redirectedUrl("/console/staff/roles"));
        assertThat(jdbc.queryForList(
                        "select permission from staff.role_permissions where role_code = 'REGION_CLERK' order by 1",
                        String.class))
                .containsExactly("region:division:import", "region:division:view", "workbench:home:view");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.audit_entries where action = 'staff.role.create' and target_id = 'REGION_CLERK'",
                        Integer.class))
                .isEqualTo(1);

        mvc.perform(post("/console/staff/roles/REGION_CLERK/delete")
                .with(logins.as("admin"))
                .with(csrf()));
        assertThat(jdbc.queryForObject("select count(*) from staff.roles where code = 'REGION_CLERK'", Integer.class))
                .isZero();
    }

    @Test
    void administratorCannotPutAuditPermissionsIntoARole() throws Exception {
        mvc.perform(post("/console/staff/roles")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("code", "SNEAKY")
                        .param("nameZh", "越权")
                        .param("nameEn", "Sneaky")
                        .param("permissions", "audit:log:view"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "permissions", "role.permissions.notGrantable"));
        assertThat(jdbc.queryForObject("select count(*) from staff.roles where code = 'SNEAKY'", Integer.class))
                .isZero();
    }

    @Test
    void badRoleInputIsRefusedAndNothingStored() throws Exception {
        mvc.perform(post("/console/staff/roles")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("code", "1bad")
                        .param("nameZh", "<script>x</script>")
                        .param("nameEn", "")
                        .param("permissions", "no:such:permission"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code", "nameZh", "nameEn", "permissions"));
        mvc.perform(post("/console/staff/roles")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("code", "AUDITOR")
                        .param("nameZh", "重复")
                        .param("nameEn", "Duplicate"))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "role.code.taken"));
        assertThat(jdbc.queryForObject("select name_zh from staff.roles where code = 'AUDITOR'", String.class))
                .isEqualTo("审计员");
    }

    @Test
    void builtInRolesAndRolesInUseStay() throws Exception {
        mvc.perform(post("/console/staff/roles/TOWNSHIP_REVIEWER/delete")
                .with(logins.as("admin"))
                .with(csrf()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff.roles where code = 'TOWNSHIP_REVIEWER'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void administratorCannotChangeTheAuditorRoleWhosePermissionsTheyLack() throws Exception {
        mvc.perform(post("/console/staff/roles/AUDITOR")
                        .with(logins.as("admin"))
                        .with(csrf())
                        .param("nameZh", "审计员")
                        .param("nameEn", "Auditor")
                        .param("permissions", "workbench:home:view"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff.role_permissions where role_code = 'AUDITOR'", Integer.class))
                .isGreaterThan(1);
    }

    @Test
    void staffWithoutRolePermissionsAreRefused() throws Exception {
        mvc.perform(get("/console/staff/roles").with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/staff/roles").with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(post("/console/staff/roles")
                        .with(logins.as("bincheng"))
                        .with(csrf())
                        .param("code", "X_ROLE")
                        .param("nameZh", "x")
                        .param("nameEn", "x"))
                .andExpect(status().isForbidden());
    }
}
