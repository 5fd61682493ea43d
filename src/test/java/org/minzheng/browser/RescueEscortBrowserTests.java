package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.rescue.escort.EscortFixtures;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 护送返乡: 滨城区's station has asked for a cross-province escort; the city station's worker takes it over, sends
 * an escort, records the hand-over with the family and prints the 交接单.
 */
@IntegrationTest
class RescueEscortBrowserTests extends BrowserScenario {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;

    @Test
    void cityStationTakesOverACountysCrossProvinceEscortAndPrintsTheHandOverForm() {
        var fixtures = new EscortFixtures(jdbc);
        long caseId = fixtures.caseInCare(EscortFixtures.BINCHENG);
        long staffId = fixtures.staff(EscortFixtures.CITY);
        String staffName = jdbc.sql("select name from rescue.station_staff where id = :id")
                .param("id", staffId)
                .query(String.class)
                .single();
        String number = fixtures.caseColumn(caseId, "number");
        jdbc.sql("""
                        insert into rescue.escorts (case_id, requested_by_station_id, escort_station_id, region_code,
                               destination_province, destination_place, destination_address, cross_province,
                               transport, route, planned_on, cost_fen, status, created_by)
                        values (:caseId, :county, :city, '371602000000', '41', '郑州市金水区', '花园路 88 号', true,
                               'TRAIN', '滨州→济南→郑州', current_date + 1, 35650, 'REQUESTED', 'test')
                        """)
                .param("caseId", caseId)
                .param("county", fixtures.station(EscortFixtures.BINCHENG))
                .param("city", fixtures.station(EscortFixtures.CITY))
                .update();

        login("jiuzhu", DEMO_PASSWORD);
        open("/console/rescue/escorts");
        waitForHeading("护送返乡");
        assertThat(browser.findElement(By.id("waiting")).getText()).contains(number);
        screenshot("rescue-escorts");

        clickAndWait(browser.findElement(By.id("waiting")).findElement(By.linkText(number)));
        assertThat(browser.findElement(By.id("escort-status")).getText()).isEqualTo("待市站接收");
        browser.findElement(By.cssSelector("#accept-form input[value='" + staffId + "']"))
                .click();
        retype(By.id("accept-vehicle"), "G1858");
        clickAndWait(browser.findElement(By.id("accept")));
        assertThat(browser.findElement(By.id("escort-status")).getText()).isEqualTo("已安排");
        assertThat(browser.findElement(By.id("escort-staff")).getText()).contains(staffName);

        clickAndWait(browser.findElement(By.id("start")));
        assertThat(browser.findElement(By.id("escort-status")).getText()).isEqualTo("护送中");

        typeDateTime(By.id("handedOverAt"), LocalDateTime.now(BEIJING));
        retype(By.id("receivedBy"), "王秀兰");
        choose(By.id("receivedByKind"), "家属");
        retype(By.id("receiverPhone"), "13912345678");
        retype(By.id("handover-note"), "家属持户口本接回，已签交接单");
        clickAndConfirm(browser.findElement(By.id("hand-over")));
        assertThat(browser.findElement(By.id("escort-status")).getText()).isEqualTo("已交接");
        assertThat(browser.findElement(By.id("receiver-phone")).getText()).isEqualTo("139****5678");
        screenshot("rescue-escort");
        assertThat(fixtures.caseColumn(caseId, "release_kind")).isEqualTo("ESCORTED");

        clickAndWait(browser.findElement(By.id("print-handover")));
        assertThat(browser.findElement(By.id("handover-sheet")).getText()).contains("王秀兰", staffName, "受助人员交接单");
        screenshot("rescue-handover-print");
    }
}
