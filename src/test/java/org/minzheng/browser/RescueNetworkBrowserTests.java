package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 滨城区's county approver opens the county's rescue station, adds a social worker, registers a village grid
 * worker of 彭李街道 (a bad mobile first) and records a training that both attend.
 */
@IntegrationTest
class RescueNetworkBrowserTests extends BrowserScenario {

    static final String BINCHENG = "371602000000";
    static final String PENGLI_VILLAGE = "371602005001";

    final int run = ThreadLocalRandom.current().nextInt(10_000, 99_999);
    final String staffName = "浏览器社工" + run;
    final String gridName = "浏览器网格员" + run;
    final String title = "浏览器测试街面救助培训" + run;

    @Autowired
    JdbcTemplate jdbc;

    long station;
    boolean stationCreated;

    @BeforeEach
    void binchengStation() {
        List<Long> found =
                jdbc.queryForList("select id from rescue.stations where region_code = ?", Long.class, BINCHENG);
        stationCreated = found.isEmpty();
        station = stationCreated ? jdbc.queryForObject("""
                        insert into rescue.stations (name, kind, region_code, address, phone, beds, director)
                        values (?, 'COUNTY', ?, '滨城区测试路 1 号', '0543-3000001', 30, '测试站长') returning id
                        """, Long.class, "浏览器测试救助站" + run, BINCHENG) : found.get(0);
    }

    @AfterEach
    void removeTheRows() {
        jdbc.update("delete from rescue.trainings where title = ?", title);
        jdbc.update(
                "delete from rescue.training_attendance where grid_worker_id in"
                        + " (select id from rescue.grid_workers where name = ?)",
                gridName);
        jdbc.update(
                "delete from rescue.training_attendance where staff_id in"
                        + " (select id from rescue.station_staff where name = ?)",
                staffName);
        jdbc.update("delete from rescue.grid_workers where name = ?", gridName);
        jdbc.update("delete from rescue.station_staff where name = ?", staffName);
        if (stationCreated) {
            jdbc.update("delete from rescue.stations where id = ?", station);
        }
    }

    @Test
    void countyApproverKeepsTheNetwork() {
        login("bincheng", DEMO_PASSWORD);
        clickMenu("救助管理站");
        assertThat(browser.findElements(By.id("station-" + station))).hasSize(1);
        screenshot("rescue-stations");

        clickAndWait(browser.findElement(By.cssSelector("#station-" + station + " a")));
        browser.findElement(By.id("staff-name")).sendKeys(staffName);
        choose(By.id("staff-post"), "社工");
        browser.findElement(By.id("staff-phone")).sendKeys("0543-3217788");
        clickAndWait(browser.findElement(By.cssSelector("#staff-form button[type=submit]")));
        assertThat(browser.findElement(By.id("staff-list")).getText()).contains(staffName, "0543-3217788");
        screenshot("rescue-station");

        clickMenu("网格员");
        clickAndWait(browser.findElement(By.id("new-grid-worker")));
        browser.findElement(By.id("name")).sendKeys(gridName);
        choose(By.id("duty"), "村（社区）网格员");
        new Select(browser.findElement(By.id("regionCode"))).selectByValue(PENGLI_VILLAGE);
        browser.findElement(By.id("phone")).sendKeys("1234567");
        clickAndWait(browser.findElement(By.cssSelector("#grid-worker-form button[type=submit]")));
        assertThat(fieldError("手机")).contains("手机号码");
        retype(By.id("phone"), "19912345678");
        clickAndWait(browser.findElement(By.cssSelector("#grid-worker-form button[type=submit]")));
        assertThat(browser.findElement(By.id("grid-workers")).getText())
                .contains(gridName, "199****5678")
                .doesNotContain("19912345678");
        screenshot("rescue-grid-workers");

        clickMenu("培训");
        clickAndWait(browser.findElement(By.id("new-training")));
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("stationId"))).selectByValue(String.valueOf(station));
        browser.executeScript(
                "document.getElementById('heldOn').value = arguments[0];",
                LocalDate.now().toString());
        browser.findElement(By.id("hours")).sendKeys("2.5");
        browser.findElement(By.id("location")).sendKeys("滨城区民政局三楼会议室");
        browser.findElement(By.id("content")).sendKeys("街面巡查发现、劝导和护送到站的流程与注意事项。");
        clickAndWait(browser.findElement(By.cssSelector("#training-form button[type=submit]")));
        assertThat(heading()).isEqualTo(title);

        Long staffId = jdbc.queryForObject("select id from rescue.station_staff where name = ?", Long.class, staffName);
        new Select(browser.findElement(By.id("staffId"))).selectByValue(String.valueOf(staffId));
        clickAndWait(browser.findElement(By.cssSelector("#attend-staff button[type=submit]")));
        browser.findElement(By.id("q")).sendKeys(gridName);
        clickAndWait(browser.findElement(By.cssSelector("#find-grid-workers button[type=submit]")));
        clickAndWait(browser.findElement(By.cssSelector("#found-grid-workers button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("#attendee-list tbody tr")))
                .hasSize(2);
        assertThat(browser.findElement(By.id("attendee-list")).getText()).contains(staffName, gridName);
        screenshot("rescue-training");
    }
}
