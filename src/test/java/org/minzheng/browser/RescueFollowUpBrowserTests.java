package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 返乡回访: the city station registers a person released home, assesses them as high risk and sets up the county's
 * help plan; 滨城区 records a visit; the repeat rate page shows the counties.
 */
@IntegrationTest
class RescueFollowUpBrowserTests extends BrowserScenario {

    @Autowired
    JdbcClient jdbc;

    @Test
    void cityStationAssessesAReturneeAndTheCountyVisits() {
        String name = "返乡" + UUID.randomUUID().toString().substring(0, 6);
        long station = jdbc.sql("select id from rescue.stations where region_code = '371600000000'")
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into rescue.stations (name, kind, region_code, address, phone, beds, director)
                                values ('测试救助站-371600000000', 'CITY', '371600000000', '测试地址', '0543-0000000',
                                        20, '测试站长') returning id
                                """).query(Long.class).single());
        long caseId = jdbc.sql("""
                        insert into rescue.cases (number, station_id, region_code, admitted_at, found_at, found_place,
                               source, identity_status, name, sex, birth_date, health, status, released_at,
                               release_kind, created_by)
                        values (:number, :station, '371600000000', now() - interval '4 days', now() - interval '4 days',
                               '滨州站广场', 'POLICE', 'SELF_REPORTED', :name, 'M', date '1966-03-12', 'GOOD',
                               'RELEASED', now() - interval '1 day', 'ESCORTED', 'test')
                        returning id
                        """)
                .param("number", "HFB-" + UUID.randomUUID().toString().substring(0, 8))
                .param("station", station)
                .param("name", name)
                .query(Long.class)
                .single();

        login("jiuzhu", DEMO_PASSWORD);
        open("/console/rescue/returnees/new");
        waitForHeading("返乡登记");
        clickAndWait(browser.findElement(By.id("register-case-" + caseId)));
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo(name);
        choose(By.id("homeRegionCode"), "彭李街道");
        retype(By.id("address"), "彭李街道黄河五路 18 号");
        retype(By.id("guardianName"), "王秀兰");
        retype(By.id("guardianPhone"), "13912345678");
        clickAndWait(browser.findElement(By.id("save-returnee")));
        assertThat(heading()).contains(name);
        assertThat(browser.findElement(By.id("guardian")).getText()).contains("139****5678");

        for (String factor : new String[] {"MENTAL_ILLNESS", "NO_FAMILY_SUPPORT", "NO_INCOME", "NO_HOUSING"}) {
            browser.findElement(By.id("factor-" + factor)).click();
        }
        retype(By.id("assessorOrg"), "滨州市救助管理站");
        clickAndWait(browser.findElement(By.id("save-assessment")));
        assertThat(browser.findElement(By.id("returnee-risk")).getText()).contains("高风险");
        assertThat(browser.findElement(By.id("high-without-plan")).getText()).isEqualTo("高风险未帮扶");

        retype(By.id("socialWorkers"), "张晓梅、刘强");
        retype(By.id("socialWorkOrg"), "滨城区同心社工服务社");
        browser.findElement(By.id("measure-DIBAO_CHECK")).click();
        browser.findElement(By.id("measure-MEDICAL")).click();
        browser.findElement(By.id("measure-PSYCHOLOGICAL")).click();
        retype(By.id("goals"), "落实低保核查和精神科随访，三个月内稳定居家");
        clickAndWait(browser.findElement(By.id("save-plan")));
        assertThat(browser.findElements(By.id("high-without-plan"))).isEmpty();
        String path = path();
        signOut();

        login("bincheng", DEMO_PASSWORD);
        open(path);
        retype(By.id("visitorOrg"), "彭李街道办事处");
        choose(By.id("finding"), "稳定");
        retype(By.id("visit-note"), "入户走访，本人在家，低保材料已提交");
        clickAndWait(browser.findElement(By.id("save-visit")));
        assertThat(browser.findElement(By.id("visits")).getText()).contains("入户走访", "稳定");
        screenshot("rescue-returnee");

        open("/console/rescue/returnees");
        waitForHeading("返乡回访");
        assertThat(browser.findElement(By.id("returnees")).getText()).contains(name);
        screenshot("rescue-returnees");

        signOut();
        login("jiuzhu", DEMO_PASSWORD);
        open("/console/rescue/repeat-rate");
        waitForHeading("反复流浪率");
        assertThat(browser.findElement(By.id("repeat-rate")).getText()).contains("全市合计");
        screenshot("rescue-repeat-rate");
        open("/console/rescue/repeats");
        waitForHeading("反复流浪");
        screenshot("rescue-repeats");
    }
}
