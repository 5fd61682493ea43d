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

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Trainings, attendance and the hours per person this year; every test rolls back. */
@IntegrationTest
@Transactional
class RescueTrainingPagesTests {

    static final String TRAININGS = "/console/rescue/trainings";
    static final DataScope CITY = new DataScope(RegionCode.of("3716"));

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    RescueStationRepository stations;

    @Autowired
    GridWorkerRepository gridWorkers;

    RescueNetworkFixtures fixtures;
    long bincheng;
    long zhanhua;
    final String unique = RescueNetworkFixtures.unique();

    @BeforeEach
    void stations() {
        fixtures = new RescueNetworkFixtures(jdbc, cipher);
        bincheng = fixtures.station(RescueNetworkFixtures.BINCHENG);
        zhanhua = fixtures.station(RescueNetworkFixtures.ZHANHUA);
    }

    MockHttpServletRequestBuilder training(String title, long station, LocalDate heldOn, String hours) {
        return post(TRAININGS)
                .with(csrf())
                .param("title", title)
                .param("heldOn", heldOn.toString())
                .param("hours", hours)
                .param("stationId", String.valueOf(station))
                .param("location", "区民政局会议室")
                .param("content", "街面救助流程");
    }

    long titled(String title) {
        return fixtures.count("select count(*) from rescue.trainings where title = ?", title);
    }

    @Test
    void countyApproverRecordsATrainingWithAttendees() throws Exception {
        String title = "培训" + unique;
        mvc.perform(training(title, bincheng, LocalDate.now(), "3.5").with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from rescue.trainings where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        long staff = fixtures.staff(bincheng, "参训员" + unique);
        long grid = fixtures.gridWorker("371602005001", "VILLAGE", "参训网格员" + unique, "19955556666");
        mvc.perform(post(TRAININGS + "/" + id + "/staff")
                        .with(csrf())
                        .param("staffId", String.valueOf(staff))
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(TRAININGS + "/" + id + "?q=参训网格员" + unique).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("found-grid-workers")));
        mvc.perform(post(TRAININGS + "/" + id + "/grid-workers")
                        .with(csrf())
                        .param("gridWorkerId", String.valueOf(grid))
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(TRAININGS + "/" + id + "/grid-workers")
                        .with(csrf())
                        .param("gridWorkerId", String.valueOf(grid))
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select count(*) from rescue.training_attendance where training_id = ?", id))
                .isEqualTo(2);
        assertThat(fixtures.audits("rescue.training.create", String.valueOf(id)))
                .isEqualTo(1);
        assertThat(fixtures.audits("rescue.training.attend", String.valueOf(id)))
                .isEqualTo(2);

        mvc.perform(post(TRAININGS + "/" + id + "/attendees/remove")
                        .with(csrf())
                        .param("gridWorker", "true")
                        .param("personId", String.valueOf(grid))
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select count(*) from rescue.training_attendance where training_id = ?", id))
                .isEqualTo(1);
        assertThat(fixtures.audits("rescue.training.unattend", String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    void trainingHoursPerPersonAddUpThisYearOnly() throws Exception {
        long staff = fixtures.staff(bincheng, "学时员" + unique);
        long grid = fixtures.gridWorker("371602005001", "VILLAGE", "学时网格员" + unique, "19966667777");
        LocalDate today = LocalDate.now();
        long first = fixtures.training(bincheng, "甲" + unique, today, "3.5");
        long second = fixtures.training(zhanhua, "乙" + unique, today.withDayOfYear(1), "2");
        long lastYear = fixtures.training(bincheng, "丙" + unique, today.minusYears(1), "5");
        for (long t : new long[] {first, second, lastYear}) {
            jdbc.sql("insert into rescue.training_attendance (training_id, staff_id) values (:t, :p)")
                    .param("t", t)
                    .param("p", staff)
                    .update();
            jdbc.sql("insert into rescue.training_attendance (training_id, grid_worker_id) values (:t, :p)")
                    .param("t", t)
                    .param("p", grid)
                    .update();
        }
        assertThat(stations.member(staff, CITY).orElseThrow().hoursThisYear())
                .isEqualByComparingTo(new BigDecimal("5.5"));
        assertThat(gridWorkers.find(grid, CITY).orElseThrow().hoursThisYear())
                .isEqualByComparingTo(new BigDecimal("5.5"));
        mvc.perform(get("/console/rescue/stations/" + bincheng).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("学时员" + unique)))
                .andExpect(content().string(containsString(">5.5<")));
    }

    @Test
    void badTrainingInputStoresNothing() throws Exception {
        String title = "坏培训" + unique;
        mvc.perform(training(title, bincheng, LocalDate.now(), "0.4").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("trainingForm", "hours"));
        mvc.perform(training(title, bincheng, LocalDate.now(), "81").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("trainingForm", "hours"));
        mvc.perform(training(title, bincheng, LocalDate.now(), "abc").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("trainingForm", "hours"));
        mvc.perform(training(title, bincheng, LocalDate.now().plusYears(2), "2").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("trainingForm", "heldOn"));
        mvc.perform(training("<script>x</script>" + unique, bincheng, LocalDate.now(), "2")
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("trainingForm", "title"));
        mvc.perform(training(title, zhanhua, LocalDate.now(), "2").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("trainingForm", "stationId"));
        assertThat(titled(title)).isZero();
        assertThat(titled("<script>x</script>" + unique)).isZero();
    }

    @Test
    void aPlannedTrainingMayLieUpToAYearAhead() throws Exception {
        String title = "计划培训" + unique;
        mvc.perform(training(title, bincheng, LocalDate.now().plusMonths(6), "1.5")
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        assertThat(titled(title)).isEqualTo(1);
    }

    @Test
    void anotherCountysTrainingIsNotFound() throws Exception {
        long other = fixtures.training(zhanhua, "沾化培训" + unique, LocalDate.now(), "2");
        mvc.perform(get(TRAININGS + "/" + other).with(logins.as("bincheng"))).andExpect(status().isNotFound());
        mvc.perform(get(TRAININGS).with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("沾化培训" + unique))));
        long staff = fixtures.staff(bincheng, "越权参训" + unique);
        mvc.perform(post(TRAININGS + "/" + other + "/staff")
                        .with(csrf())
                        .param("staffId", String.valueOf(staff))
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        long own = fixtures.training(bincheng, "滨城培训" + unique, LocalDate.now(), "2");
        long zhanhuaStaff = fixtures.staff(zhanhua, "沾化员" + unique);
        mvc.perform(post(TRAININGS + "/" + own + "/staff")
                        .with(csrf())
                        .param("staffId", String.valueOf(zhanhuaStaff))
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from rescue.training_attendance where training_id in (:a, :b)")
                        .param("a", other)
                        .param("b", own)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void villageAssistantIsForbiddenAndAuditorOnlyReads() throws Exception {
        mvc.perform(get(TRAININGS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(TRAININGS).with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(training("审计培训" + unique, bincheng, LocalDate.now(), "2").with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        assertThat(titled("审计培训" + unique)).isZero();
    }
}
