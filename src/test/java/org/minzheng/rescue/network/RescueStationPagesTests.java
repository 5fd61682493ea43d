package org.minzheng.rescue.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Stations and their staff against the real database; every test rolls back. */
@IntegrationTest
@Transactional
class RescueStationPagesTests {

    static final String STATIONS = "/console/rescue/stations";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    RescueNetworkFixtures fixtures;
    long bincheng;
    long zhanhua;
    final String unique = RescueNetworkFixtures.unique();

    @BeforeEach
    void stations() {
        fixtures = new RescueNetworkFixtures(jdbc, cipher);
        bincheng = fixtures.station(RescueNetworkFixtures.BINCHENG);
        zhanhua = fixtures.station(RescueNetworkFixtures.ZHANHUA);
        jdbc.sql("update rescue.stations set name = :name where id = :id")
                .param("name", "沾化测试站" + unique)
                .param("id", zhanhua)
                .update();
    }

    MockHttpServletRequestBuilder station(String url, String name, String region) {
        return station(url, name, region, "0543-3211234", "30");
    }

    MockHttpServletRequestBuilder station(String url, String name, String region, String phone, String beds) {
        return post(url)
                .with(csrf())
                .param("name", name)
                .param("regionCode", region)
                .param("address", "滨州市测试路 9 号")
                .param("phone", phone)
                .param("beds", beds)
                .param("director", "测试站长")
                .param("openedOn", "2010-01-01");
    }

    MockHttpServletRequestBuilder staff(String name, String phone) {
        return post(STATIONS + "/" + bincheng + "/staff")
                .with(csrf())
                .param("name", name)
                .param("post", "SOCIAL_WORKER")
                .param("phone", phone)
                .param("joinedOn", "2020-05-01");
    }

    long stationsNamed(String name) {
        return fixtures.count("select count(*) from rescue.stations where name = ?", name);
    }

    long staffNamed(String name) {
        return fixtures.count("select count(*) from rescue.station_staff where name = ?", name);
    }

    @Test
    void cityAdministratorSeesEveryStationWithBedsAndPeopleInCare() throws Exception {
        mvc.perform(get(STATIONS).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("station-" + bincheng)))
                .andExpect(content().string(containsString("沾化测试站" + unique)));
    }

    @Test
    void countyApproverSeesOnlyTheirCountysStation() throws Exception {
        mvc.perform(get(STATIONS).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("station-" + bincheng)))
                .andExpect(content().string(not(containsString("沾化测试站" + unique))));
        mvc.perform(get(STATIONS + "/" + zhanhua).with(logins.as("bincheng"))).andExpect(status().isNotFound());
        mvc.perform(get(STATIONS + "/" + zhanhua + "/edit").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(station(STATIONS + "/" + zhanhua, "改名" + unique, RescueNetworkFixtures.ZHANHUA)
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        assertThat(stationsNamed("改名" + unique)).isZero();
    }

    @Test
    void countyApproverCannotOpenAStationForAnotherCounty() throws Exception {
        mvc.perform(station(STATIONS, "越权站" + unique, RescueNetworkFixtures.ZHANHUA)
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("stationForm", "regionCode"));
        assertThat(stationsNamed("越权站" + unique)).isZero();
    }

    @Test
    void oneStationPerRegion() throws Exception {
        mvc.perform(station(STATIONS, "重复站" + unique, RescueNetworkFixtures.BINCHENG)
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "stationForm", "regionCode", "rescue.station.validation.regionTaken"));
        assertThat(stationsNamed("重复站" + unique)).isZero();
    }

    @Test
    void aStationMustSitInACountyOrTheCity() throws Exception {
        mvc.perform(station(STATIONS, "乡镇站" + unique, RescueNetworkFixtures.PENGLI)
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("stationForm", "regionCode"));
        assertThat(stationsNamed("乡镇站" + unique)).isZero();
    }

    @Test
    void badStationInputStoresNothing() throws Exception {
        String name = "<script>alert(1)</script>" + unique;
        mvc.perform(station(STATIONS + "/" + bincheng, name, RescueNetworkFixtures.BINCHENG)
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("stationForm", "name"));
        mvc.perform(station(STATIONS + "/" + bincheng, "坏电话站" + unique, RescueNetworkFixtures.BINCHENG, "12345", "-1")
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("stationForm", "phone", "beds"));
        assertThat(stationsNamed(name)).isZero();
        assertThat(stationsNamed("坏电话站" + unique)).isZero();
    }

    @Test
    void countyApproverUpdatesTheirStationAndItIsAudited() throws Exception {
        mvc.perform(station(
                                STATIONS + "/" + bincheng,
                                "滨城测试站" + unique,
                                RescueNetworkFixtures.BINCHENG,
                                "0543-3211234",
                                "44")
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select beds from rescue.stations where id = ?", bincheng))
                .isEqualTo(44);
        assertThat(fixtures.audits("rescue.station.update", String.valueOf(bincheng)))
                .isPositive();
    }

    @Test
    void townshipReviewerNeitherSeesNorOpensStations() throws Exception {
        mvc.perform(get(STATIONS).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("station-" + bincheng))))
                .andExpect(content().string(not(containsString("new-station"))));
        mvc.perform(get(STATIONS + "/" + bincheng).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(get(STATIONS + "/new").with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(station(STATIONS + "/" + bincheng, "彭李改名" + unique, RescueNetworkFixtures.BINCHENG)
                        .with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        assertThat(stationsNamed("彭李改名" + unique)).isZero();
    }

    @Test
    void homePageShowsTheNetworkTile() throws Exception {
        mvc.perform(get("/console").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("救助网络")))
                .andExpect(content().string(containsString("在岗网格员")));
    }

    @Test
    void leavingIsOfferedOnTheStaffPageAndRefusesADateInTheFuture() throws Exception {
        long id = fixtures.staff(bincheng, "离岗" + unique);
        mvc.perform(get(STATIONS + "/" + bincheng + "/staff/" + id + "/edit").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("leave-form")));
        mvc.perform(post(STATIONS + "/" + bincheng + "/staff/" + id + "/leave")
                        .with(csrf())
                        .param("leftOn", LocalDate.now().plusDays(3).toString())
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select count(*) from rescue.station_staff where id = ? and left_on is null", id))
                .isEqualTo(1);
        mvc.perform(get(STATIONS + "/" + zhanhua + "/staff/" + id + "/edit").with(logins.as("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void villageAssistantIsForbidden() throws Exception {
        mvc.perform(get(STATIONS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(STATIONS + "/" + bincheng).with(logins.as("cunwei"))).andExpect(status().isForbidden());
    }

    @Test
    void auditorReadsButCannotChange() throws Exception {
        mvc.perform(get(STATIONS + "/" + bincheng).with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(get(STATIONS + "/export").with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(staff("审计添加" + unique, "13800138000").with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        assertThat(staffNamed("审计添加" + unique)).isZero();
    }

    @Test
    void staffMemberIsAddedWithALandlineAndLeaves() throws Exception {
        String name = "社工" + unique;
        mvc.perform(staff(name, "0543 3219876").with(logins.as("bincheng"))).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from rescue.station_staff where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select phone from rescue.station_staff where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("0543-3219876");
        mvc.perform(get(STATIONS + "/" + bincheng).with(logins.as("bincheng")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(post(STATIONS + "/" + bincheng + "/staff/" + id + "/leave")
                        .with(csrf())
                        .param("leftOn", LocalDate.now().toString())
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select count(*) from rescue.station_staff where id = ? and left_on is not null", id))
                .isEqualTo(1);
        assertThat(fixtures.audits("rescue.staff.create", String.valueOf(id))).isEqualTo(1);
        assertThat(fixtures.audits("rescue.staff.leave", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void badStaffInputStoresNothing() throws Exception {
        mvc.perform(staff("坏电话" + unique, "12345").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("staffForm", "phone"));
        mvc.perform(staff("<script>x</script>" + unique, "").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("staffForm", "name"));
        mvc.perform(staff("", "").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("staffForm", "name"));
        mvc.perform(staff("岗位错" + unique, "").param("post", "CHEF").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("staffForm", "post"));
        assertThat(staffNamed("坏电话" + unique)).isZero();
        assertThat(staffNamed("<script>x</script>" + unique)).isZero();
        assertThat(staffNamed("岗位错" + unique)).isZero();
    }

    @Test
    void countyApproverCannotAddStaffToAnotherCountysStation() throws Exception {
        mvc.perform(post(STATIONS + "/" + zhanhua + "/staff")
                        .with(csrf())
                        .param("name", "越权" + unique)
                        .param("post", "CASEWORKER")
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        assertThat(staffNamed("越权" + unique)).isZero();
    }
}
