package org.minzheng.region.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RegionScopeTests {

    static final String PENGLI = "371602005000";
    static final String LIZE = "371602012000";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Test
    void townshipReviewerSeesOwnTownshipWithItsVillages() throws Exception {
        mvc.perform(get("/console/region/regions/" + PENGLI).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("彭李街道")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("371602005001")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("111 主城区")));
    }

    @Test
    void townshipReviewerStartsTheTreeAtOwnTownship() throws Exception {
        mvc.perform(get("/console/region/regions").with(logins.as("pengli")))
                .andExpect(redirectedUrl("/console/region/regions/" + PENGLI));
    }

    @Test
    void townshipReviewerGetsNotFoundForAnotherTownshipByUrl() throws Exception {
        mvc.perform(get("/console/region/regions/" + LIZE).with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/region/regions/371602012201").with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/region/regions/" + LIZE + "/export").with(logins.as("pengli")))
                .andExpect(status().isNotFound());
    }

    @Test
    void townshipReviewerGetsProblemDetailsForAnotherTownshipByApi() throws Exception {
        mvc.perform(get("/api/v1/regions/" + LIZE).with(logins.as("pengli")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/regions/" + LIZE + "/children").with(logins.as("pengli")))
                .andExpect(status().isNotFound());
    }

    @Test
    void apiListsOnlyChildrenWithinScope() throws Exception {
        mvc.perform(get("/api/v1/regions/371602000000/children").with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/regions/371602000000/children").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(15));
    }

    @Test
    void searchFindsNothingOutsideScope() throws Exception {
        String own = mvc.perform(get("/api/v1/regions").param("q", "社区").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains("371602005").doesNotContain("371602001");
        mvc.perform(get("/api/v1/regions").param("q", "里则").with(logins.as("pengli")))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void countyApproverCannotSeeAnotherCounty() throws Exception {
        mvc.perform(get("/console/region/regions/371602000000").with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/region/regions/371603000000").with(logins.as("zhanhua")))
                .andExpect(status().isOk());
    }

    @Test
    void cityAdministratorSeesAllSevenCountyLevelDivisions() throws Exception {
        mvc.perform(get("/api/v1/regions/371600000000/children").with(logins.as("admin")))
                .andExpect(jsonPath("$.length()").value(7))
                .andExpect(jsonPath("$[0].name").value("滨城区"));
    }

    @Test
    void anonymousApiCallsGetUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/regions/371600000000")).andExpect(status().isUnauthorized());
    }

    @Test
    void anonymousConsoleVisitsGoToLogin() throws Exception {
        mvc.perform(get("/console/region/regions/371600000000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
