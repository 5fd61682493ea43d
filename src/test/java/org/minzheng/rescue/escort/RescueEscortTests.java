package org.minzheng.rescue.escort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class RescueEscortTests {

    private static final String BASE = "/console/rescue/escorts";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    EscortFixtures fixtures;
    String county;

    @BeforeEach
    void setUp() {
        fixtures = new EscortFixtures(jdbc);
        county = logins.createAccount("esc", EscortFixtures.BINCHENG, "RESCUE_STAFF");
    }

    private MockHttpServletRequestBuilder create(long caseId, String province) {
        return create(caseId, province, "none", "");
    }

    /** The escort form with one field replaced (not added to), so blanks really are blank. */
    private MockHttpServletRequestBuilder create(long caseId, String province, String field, String value) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("caseId", String.valueOf(caseId));
        values.put("province", province);
        values.put("place", "郑州市金水区");
        values.put("address", "某街道 1 号");
        values.put("transport", "TRAIN");
        values.put("route", "滨州→济南→郑州");
        values.put("vehicle", "G1234");
        values.put("plannedOn", LocalDate.now(BEIJING).plusDays(1).toString());
        values.put("cost", "356.50");
        values.put(field, value);
        values.remove("none");
        MockHttpServletRequestBuilder request = post(BASE);
        values.forEach((k, v) -> request.param(k, v));
        return request;
    }

    private MockHttpServletRequestBuilder handOver(long id, LocalDateTime at, String phone) {
        return post(BASE + "/" + id + "/handover")
                .param("handedOverAt", at.toString())
                .param("receivedBy", "王家属")
                .param("receivedByKind", "FAMILY")
                .param("receiverPhone", phone)
                .param("note", "家属签字接收");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(BEIJING).withSecond(0).withNano(0);
    }

    @Test
    void countyCrossProvinceRequestIsTakenOverAndHandedOverByTheCityStation() throws Exception {
        long caseId = fixtures.caseInCare(EscortFixtures.BINCHENG);
        long cityStaff = fixtures.staff(EscortFixtures.CITY);
        mvc.perform(create(caseId, "41").with(logins.as(county)).with(csrf())).andExpect(status().is3xxRedirection());
        long id = fixtures.escortOf(caseId);
        assertThat(fixtures.column(id, "status")).isEqualTo("REQUESTED");
        assertThat(fixtures.column(id, "cross_province")).isEqualTo("true");
        assertThat(fixtures.column(id, "escort_station_id"))
                .isEqualTo(String.valueOf(fixtures.station(EscortFixtures.CITY)));
        assertThat(fixtures.column(id, "cost_fen")).isEqualTo("35650");

        mvc.perform(get(BASE + "/" + id).with(logins.as(county))).andExpect(status().isOk());
        mvc.perform(post(BASE + "/" + id + "/accept")
                        .param("staffIds", String.valueOf(fixtures.staff(EscortFixtures.BINCHENG)))
                        .with(logins.as(county))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixtures.column(id, "status")).isEqualTo("REQUESTED");

        mvc.perform(get(BASE).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"waiting\"")));
        mvc.perform(post(BASE + "/" + id + "/accept")
                        .param("staffIds", String.valueOf(cityStaff))
                        .param("vehicle", "G5678")
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.column(id, "status")).isEqualTo("ACCEPTED");
        assertThat(fixtures.column(id, "vehicle")).isEqualTo("G5678");
        mvc.perform(post(BASE + "/" + id + "/start").with(logins.as("jiuzhu")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.column(id, "status")).isEqualTo("IN_PROGRESS");

        mvc.perform(handOver(id, now(), "13912345678").with(logins.as("jiuzhu")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.column(id, "status")).isEqualTo("HANDED_OVER");
        assertThat(fixtures.column(id, "receiver_phone_masked")).isEqualTo("139****5678");
        assertThat(fixtures.column(id, "encode(receiver_phone_cipher, 'escape')"))
                .doesNotContain("13912345678");
        assertThat(fixtures.caseColumn(caseId, "status")).isEqualTo("RELEASED");
        assertThat(fixtures.caseColumn(caseId, "release_kind")).isEqualTo("ESCORTED");
        assertThat(jdbc.sql("select count(*) from audit.audit_entries where target_id = :id and action like"
                                + " 'rescue.escort.%'")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        mvc.perform(get(BASE + "/" + id + "/print").with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("王家属")));
    }

    @Test
    void inProvinceEscortIsDoneByTheAskingCountyStation() throws Exception {
        long caseId = fixtures.caseInCare(EscortFixtures.BINCHENG);
        long own = fixtures.staff(EscortFixtures.BINCHENG);
        mvc.perform(create(caseId, "37")
                        .param("staffIds", String.valueOf(own))
                        .with(logins.as(county))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = fixtures.escortOf(caseId);
        assertThat(fixtures.column(id, "status")).isEqualTo("ACCEPTED");
        assertThat(fixtures.column(id, "cross_province")).isEqualTo("false");
        assertThat(fixtures.column(id, "escort_station_id"))
                .isEqualTo(String.valueOf(fixtures.station(EscortFixtures.BINCHENG)));
        mvc.perform(post(BASE + "/" + id + "/start").with(logins.as(county)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(handOver(id, now(), "0543-3216789").with(logins.as(county)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.column(id, "status")).isEqualTo("HANDED_OVER");
        assertThat(fixtures.caseColumn(caseId, "release_kind")).isEqualTo("ESCORTED");
    }

    @Test
    void badEscortInputStoresNothing() throws Exception {
        long caseId = fixtures.caseInCare(EscortFixtures.BINCHENG);
        mvc.perform(create(caseId, "41", "route", "<script>alert(1)</script>")
                        .with(logins.as(county))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(create(caseId, "41", "cost", "abc").with(logins.as(county)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(create(caseId, "41", "cost", "-5").with(logins.as(county)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(create(caseId, "99").with(logins.as(county)).with(csrf())).andExpect(status().isOk());
        mvc.perform(create(caseId, "41", "place", "").with(logins.as(county)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(create(caseId, "41", "address", "x".repeat(201))
                        .with(logins.as(county))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(fixtures.escortOf(caseId)).isNull();
    }

    @Test
    void badHandOverKeepsTheEscortUnderWay() throws Exception {
        long caseId = fixtures.caseInCare(EscortFixtures.BINCHENG);
        long own = fixtures.staff(EscortFixtures.BINCHENG);
        mvc.perform(create(caseId, "37")
                        .param("staffIds", String.valueOf(own))
                        .with(logins.as(county))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = fixtures.escortOf(caseId);
        mvc.perform(create(caseId, "37").with(logins.as(county)).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from rescue.escorts where case_id = :id")
                        .param("id", caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post(BASE + "/" + id + "/start").with(logins.as(county)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(handOver(id, now().minusDays(1), "13912345678")
                        .with(logins.as(county))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(handOver(id, now(), "12345").with(logins.as(county)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(handOver(id, now(), "13912345678")
                        .param("receivedBy", "<script>x</script>")
                        .with(logins.as(county))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(fixtures.column(id, "status")).isEqualTo("IN_PROGRESS");
        assertThat(fixtures.caseColumn(caseId, "status")).isEqualTo("IN_CARE");
    }

    @Test
    void otherCountiesSeeNothingAndOtherRolesAreRefused() throws Exception {
        long caseId = fixtures.caseInCare(EscortFixtures.BINCHENG);
        mvc.perform(create(caseId, "41").with(logins.as(county)).with(csrf())).andExpect(status().is3xxRedirection());
        long id = fixtures.escortOf(caseId);
        mvc.perform(get(BASE + "/" + id).with(logins.as("zhanhua"))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + id).with(logins.as("bincheng"))).andExpect(status().isOk());
        mvc.perform(get(BASE + "/new").param("case", String.valueOf(caseId)).with(logins.as("jiuzhu")))
                .andExpect(status().isOk());
        mvc.perform(get(BASE).with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/cancel")
                        .param("reason", "家属自行接回")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/cancel")
                        .param("reason", "家属自行接回")
                        .with(logins.as(county))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.column(id, "status")).isEqualTo("CANCELLED");
    }

    @Test
    void listFiltersAndExports() throws Exception {
        long caseId = fixtures.caseInCare(EscortFixtures.BINCHENG);
        mvc.perform(create(caseId, "41").with(logins.as(county)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(BASE)
                        .param("status", "REQUESTED")
                        .param("cross", "true")
                        .with(logins.as(county)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString(fixtures.caseColumn(caseId, "number"))));
        mvc.perform(get(BASE + "/export").with(logins.as("jiuzhu"))).andExpect(status().isOk());
    }
}
