package org.minzheng;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** What every deployment relies on: probes, metrics, API description, languages, error pages. */
@IntegrationTest
class PlatformTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void workbenchShowsRegionFiguresOnlyToHoldersOfTheHomePermission() throws Exception {
        jdbc.update(
                "insert into staff.roles (code, name_zh, name_en) values ('TREE_ONLY', '仅区划', 'Tree only') on conflict do nothing");
        jdbc.update(
                "insert into staff.role_permissions values ('TREE_ONLY', 'region:division:view') on conflict do nothing");
        String user = logins.createAccount("treeonly", "371602005000", "TREE_ONLY");
        mvc.perform(get("/console").with(logins.as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("class=\"tiles\""))));
        mvc.perform(get("/console").with(logins.as("pengli")))
                .andExpect(content().string(containsString("class=\"tiles\"")));
    }

    @Test
    void healthProbeIsOpenAndUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void openApiDocumentDescribesTheJsonApi() throws Exception {
        mvc.perform(get("/api/v1/openapi").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/regions/{code}")));
    }

    @Test
    void consoleSpeaksChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("工作人员登录")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Staff sign-in")))
                .andExpect(cookie().value("minzheng-lang", "en"));
    }

    @Test
    void unknownConsolePageGetsTheFriendlyNotFoundPage() throws Exception {
        mvc.perform(get("/console/no/such/page").with(logins.as("pengli")).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownApiPathAnswersWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/regions/abc").with(logins.as("pengli")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
