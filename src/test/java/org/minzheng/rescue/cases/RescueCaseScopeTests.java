package org.minzheng.rescue.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.rescue.cases.RescueCaseFixtures.BINCHENG;
import static org.minzheng.rescue.cases.RescueCaseFixtures.CASES;
import static org.minzheng.rescue.cases.RescueCaseFixtures.ZHANHUA;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Who sees and who changes cases: the county its own station's, the city all, others nothing. */
@IntegrationTest
class RescueCaseScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    RescueCaseFixtures fixtures;
    long binchengCase;
    long zhanhuaCase;

    @BeforeEach
    void fixtures() throws Exception {
        fixtures = new RescueCaseFixtures(mvc, logins, jdbc);
        binchengCase = fixtures.admitted("jiuzhu", BINCHENG);
        zhanhuaCase = fixtures.admitted("jiuzhu", ZHANHUA);
    }

    private String number(long id) {
        return jdbc.sql("select number from rescue.cases where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void aCountyApproverSeesOnlyTheirCountysStation() throws Exception {
        mvc.perform(get(CASES).param("sort", "admitted").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number(binchengCase))))
                .andExpect(content().string(not(containsString(number(zhanhuaCase)))))
                .andExpect(content().string(not(containsString("id=\"new-case\""))));
        mvc.perform(get(CASES + "/" + binchengCase).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"release-form\""))));
        mvc.perform(get(CASES + "/" + zhanhuaCase).with(logins.as("bincheng"))).andExpect(status().isNotFound());
        mvc.perform(get(CASES + "/" + zhanhuaCase + "/print").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCountyApproverCannotChangeCases() throws Exception {
        mvc.perform(post(CASES + "/" + binchengCase + "/release")
                        .param("kind", "ESCORTED")
                        .param("releasedAt", "2026-01-01T10:00")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(CASES + "/new").with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(post(CASES)
                        .param("foundPlace", "x")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void townshipAndVillageStaffHaveNoCases() throws Exception {
        mvc.perform(get(CASES).with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(get(CASES + "/" + binchengCase).with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(get(CASES).with(logins.as("cunwei"))).andExpect(status().isForbidden());
    }

    @Test
    void theAuditorReadsButCannotChange() throws Exception {
        mvc.perform(get(CASES + "/" + zhanhuaCase).with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(get(CASES + "/export").with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(post(CASES + "/" + zhanhuaCase + "/extensions")
                        .param("extraDays", "5")
                        .with(logins.as("auditor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCityStationSeesAndManagesEveryStation() throws Exception {
        mvc.perform(get(CASES).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"new-case\"")));
        mvc.perform(get(CASES + "/" + zhanhuaCase).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"release-form\"")));
        mvc.perform(get(CASES + "/" + binchengCase).with(logins.as("jiuzhu"))).andExpect(status().isOk());
    }

    @Test
    void aCountyStationsStaffCannotRegisterInAnotherCountysStation() throws Exception {
        String staff = logins.createAccount("rcase", BINCHENG, "RESCUE_STAFF");
        var form = fixtures.intake(fixtures.station(ZHANHUA), RescueCaseFixtures.unique("越权"));
        mvc.perform(RescueCaseFixtures.post(form).with(logins.as(staff)).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请选择您所辖的救助站")));
        org.assertj.core.api.Assertions.assertThat(fixtures.count(form.get("foundPlace")))
                .isZero();
        mvc.perform(get(CASES + "/" + zhanhuaCase).with(logins.as(staff))).andExpect(status().isNotFound());
    }
}
