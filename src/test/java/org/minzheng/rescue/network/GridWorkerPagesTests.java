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

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** Grid workers: scope by township and village, the encrypted mobile, bad input; every test rolls back. */
@IntegrationTest
@Transactional
class GridWorkerPagesTests {

    static final String GRID = "/console/rescue/grid-workers";
    static final String PENGLI_VILLAGE = "371602005001";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    RescueNetworkFixtures fixtures;
    final String unique = RescueNetworkFixtures.unique();

    @BeforeEach
    void fixtures() {
        fixtures = new RescueNetworkFixtures(jdbc, cipher);
    }

    MockHttpServletRequestBuilder register(String name, String duty, String region, String phone) {
        return post(GRID)
                .with(csrf())
                .param("name", name)
                .param("duty", duty)
                .param("regionCode", region)
                .param("phone", phone)
                .param("since", "2024-03-01");
    }

    long named(String name) {
        return fixtures.count("select count(*) from rescue.grid_workers where name = ?", name);
    }

    @Test
    void townshipReviewerRegistersAVillageGridWorkerWithAnEncryptedMobile() throws Exception {
        String name = "网格员" + unique;
        mvc.perform(register(name, "VILLAGE", PENGLI_VILLAGE, "199 0543 7788").with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select id, phone_cipher, phone_masked from rescue.grid_workers where name = :n")
                .param("n", name)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2), rs.getString(3)})
                .single();
        assertThat(new String((byte[]) row[1], java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("19905437788");
        assertThat(cipher.decrypt((byte[]) row[1], GridWorkerRepository.PHONE_CONTEXT))
                .isEqualTo("19905437788");
        assertThat(row[2]).isEqualTo("199****7788");
        assertThat(fixtures.audits("rescue.grid-worker.create", String.valueOf(row[0])))
                .isEqualTo(1);

        mvc.perform(get(GRID + "?q=" + name).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("199****7788")))
                .andExpect(content().string(not(containsString("19905437788"))));
        mvc.perform(get(GRID + "/" + row[0] + "/edit").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("19905437788"))));
        byte[] xlsx = mvc.perform(get(GRID + "/export?q=" + name).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> sheet = cells(xlsx);
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1)).contains(name, "199****7788", "彭李街道");
        assertThat(sheet.toString()).doesNotContain("19905437788");
    }

    @Test
    void badGridWorkerInputStoresNothing() throws Exception {
        String name = "坏输入" + unique;
        mvc.perform(register(name, "VILLAGE", PENGLI_VILLAGE, "0543-3211234").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("gridWorkerForm", "phone"));
        mvc.perform(register(name, "VILLAGE", PENGLI_VILLAGE, "").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("gridWorkerForm", "phone"));
        mvc.perform(register("<script>alert(1)</script>", "VILLAGE", PENGLI_VILLAGE, "19900000001")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("gridWorkerForm", "name"));
        mvc.perform(register(name, "TOWNSHIP_LEAD", PENGLI_VILLAGE, "19900000001")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "gridWorkerForm", "regionCode", "rescue.grid.validation.level.township_lead"));
        mvc.perform(register(name, "VILLAGE", RescueNetworkFixtures.PENGLI, "19900000001")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "gridWorkerForm", "regionCode", "rescue.grid.validation.level.village"));
        mvc.perform(register(name, "TOWNSHIP_LEAD", RescueNetworkFixtures.LIZE, "19900000001")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "gridWorkerForm", "regionCode", "rescue.grid.validation.region"));
        mvc.perform(register(name, "TOWNSHIP_LEAD", RescueNetworkFixtures.BINCHENG, "19900000001")
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("gridWorkerForm", "regionCode"));
        assertThat(named(name)).isZero();
        assertThat(named("<script>alert(1)</script>")).isZero();
    }

    @Test
    void townshipReviewerSeesOnlyTheirTownshipsGridWorkers() throws Exception {
        long lize = fixtures.gridWorker(RescueNetworkFixtures.LIZE, "TOWNSHIP_LEAD", "里则" + unique, "19911112222");
        long pengli = fixtures.gridWorker(PENGLI_VILLAGE, "VILLAGE", "彭李" + unique, "19911113333");
        mvc.perform(get(GRID + "?q=" + unique).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("grid-worker-" + pengli)))
                .andExpect(content().string(not(containsString("grid-worker-" + lize))));
        mvc.perform(get(GRID + "/" + lize + "/edit").with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(post(GRID + "/" + lize + "/reactivate").with(csrf()).with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(post(GRID + "/" + lize + "/deactivate").with(csrf()).with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(get(GRID + "?q=" + unique).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("grid-worker-" + lize)))
                .andExpect(content().string(containsString("grid-worker-" + pengli)));
        assertThat(fixtures.count("select count(*) from rescue.grid_workers where id = ? and active", lize))
                .isEqualTo(1);
    }

    @Test
    void countyApproverCannotSeeOrChangeAnotherCountysGridWorkers() throws Exception {
        long zhanhua = fixtures.gridWorker("371603101000", "TOWNSHIP_LEAD", "沾化" + unique, "19922223333");
        mvc.perform(get(GRID + "?q=" + unique).with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("grid-worker-" + zhanhua))));
        mvc.perform(get(GRID + "/" + zhanhua + "/edit").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(register("改名" + unique, "TOWNSHIP_LEAD", "371603101000", "19922223333")
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("gridWorkerForm", "regionCode"));
        mvc.perform(post(GRID + "/" + zhanhua)
                        .with(csrf())
                        .param("name", "改名" + unique)
                        .param("duty", "TOWNSHIP_LEAD")
                        .param("regionCode", "371603101000")
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        assertThat(named("改名" + unique)).isZero();
    }

    @Test
    void gridWorkerIsEditedKeepingTheMobileDeactivatedAndBackOnDuty() throws Exception {
        long id = fixtures.gridWorker(PENGLI_VILLAGE, "VILLAGE", "编辑" + unique, "19933334444");
        mvc.perform(post(GRID + "/" + id)
                        .with(csrf())
                        .param("name", "改后" + unique)
                        .param("duty", "TOWNSHIP_LEAD")
                        .param("regionCode", RescueNetworkFixtures.PENGLI)
                        .param("phone", "")
                        .with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select name, duty, phone_cipher from rescue.grid_workers where id = :id")
                .param("id", id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)})
                .single();
        assertThat(row[0]).isEqualTo("改后" + unique);
        assertThat(row[1]).isEqualTo("TOWNSHIP_LEAD");
        assertThat(cipher.decrypt((byte[]) row[2], GridWorkerRepository.PHONE_CONTEXT))
                .isEqualTo("19933334444");
        mvc.perform(post(GRID + "/" + id + "/deactivate").with(csrf()).with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select count(*) from rescue.grid_workers where id = ? and not active", id))
                .isEqualTo(1);
        assertThat(fixtures.audits("rescue.grid-worker.update", String.valueOf(id)))
                .isEqualTo(1);
        assertThat(fixtures.audits("rescue.grid-worker.deactivate", String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(post(GRID + "/" + id + "/reactivate").with(csrf()).with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select count(*) from rescue.grid_workers where id = ? and active", id))
                .isEqualTo(1);
        assertThat(fixtures.audits("rescue.grid-worker.reactivate", String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(post(GRID + "/" + id + "/deactivate").with(csrf()).with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
    }

    @Test
    void listFiltersByTownshipDutyAndStatus() throws Exception {
        long lead = fixtures.gridWorker(RescueNetworkFixtures.PENGLI, "TOWNSHIP_LEAD", "筛选甲" + unique, "19944445555");
        long village = fixtures.gridWorker(PENGLI_VILLAGE, "VILLAGE", "筛选乙" + unique, "19944446666");
        long lize = fixtures.gridWorker(RescueNetworkFixtures.LIZE, "TOWNSHIP_LEAD", "筛选丙" + unique, "19944447777");
        mvc.perform(get(GRID + "?township=" + RescueNetworkFixtures.PENGLI + "&duty=VILLAGE&q=" + unique)
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("grid-worker-" + village)))
                .andExpect(content().string(not(containsString("grid-worker-" + lead))))
                .andExpect(content().string(not(containsString("grid-worker-" + lize))));
        jdbc.sql("update rescue.grid_workers set active = false where id = :id")
                .param("id", lead)
                .update();
        mvc.perform(get(GRID + "?active=false&q=" + unique).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("grid-worker-" + lead)))
                .andExpect(content().string(not(containsString("grid-worker-" + village))));
    }

    @Test
    void villageAssistantIsForbiddenAndAuditorOnlyReads() throws Exception {
        mvc.perform(get(GRID).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(GRID).with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(register("审计" + unique, "VILLAGE", PENGLI_VILLAGE, "19900000002")
                        .with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        assertThat(named("审计" + unique)).isZero();
    }

    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        var formatter = new DataFormatter();
        List<List<String>> sheet = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(formatter.formatCellValue(cell)));
                sheet.add(values);
            }
        }
        return sheet;
    }
}
