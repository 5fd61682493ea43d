package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.rescue.search.SearchFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 寻亲: the city station's worker looks at the stranded people, opens the search of a woman in care for two weeks,
 * logs the 寻亲公告, finds her daughter's report first among the candidates, confirms it and records the
 * reunification; the woman's identity is then verified.
 */
@IntegrationTest
class RescueFamilySearchBrowserTests extends BrowserScenario {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;

    @Test
    void stationWorkerFindsTheFamilyOfAStrandedWomanThroughAMissingPersonReport() {
        var fixtures = new SearchFixtures(jdbc);
        int year = LocalDate.now(BEIJING).getYear();
        long caseId = fixtures.unknownCase(SearchFixtures.CITY, 14, "F", 45, 156, "右手背有月牙形疤痕，左耳戴银耳环", "沂蒙口音");
        long searchId = fixtures.search(caseId);
        String number = fixtures.column("cases", caseId, "number");
        String missingName = SearchFixtures.unique("甄秀兰");
        long reportId = fixtures.report(missingName, "F", year - 45, 3, 155, "右手背月牙形疤痕，左耳银耳环", "沂蒙口音", "临沂市蒙阴县", 30);

        login("jiuzhu", DEMO_PASSWORD);
        open("/console/rescue/stranded");
        waitForHeading("滞留人员");
        WebElement row =
                browser.findElement(By.xpath("//table[@id='stranded-table']//tr[td/a[text()='" + number + "']]"));
        assertThat(row.getText()).contains("滞留", "14");
        screenshot("rescue-stranded");

        clickAndWait(row.findElement(By.linkText(number)));
        assertThat(path()).isEqualTo("/console/rescue/searches/" + searchId);
        assertThat(browser.findElement(By.id("notice-overdue")).getText()).isEqualTo("公告逾期");

        choose(By.id("kind"), "全国救助寻亲网公告");
        typeDateTime(By.id("takenAt"), LocalDateTime.now(BEIJING).minusMinutes(10));
        retype(By.id("agency"), "全国救助寻亲网");
        retype(By.id("reference"), "XQ-TEST-0001");
        choose(By.id("result"), "已发布");
        typeDateTime(By.id("resultAt"), LocalDateTime.now(BEIJING).minusMinutes(5));
        clickAndWait(browser.findElement(By.id("add-step")));
        assertThat(browser.findElement(By.id("steps-table")).getText()).contains("全国救助寻亲网公告", "XQ-TEST-0001");
        assertThat(browser.findElements(By.id("notice-overdue"))).isEmpty();

        WebElement first = browser.findElement(By.cssSelector("#candidates-table tbody tr"));
        assertThat(first.getDomAttribute("data-report")).isEqualTo(String.valueOf(reportId));
        assertThat(first.getText()).contains(missingName, "体貌特征相符", "口音相同");
        screenshot("rescue-search");

        clickAndWait(first.findElement(By.className("confirm-candidate")));
        assertThat(browser.findElement(By.id("confirming")).getText()).contains(missingName);
        assertThat(browser.findElement(By.id("confirmedName")).getDomProperty("value"))
                .isEqualTo(missingName);
        retype(By.id("familyPhone"), "13912345678");
        retype(By.id("identityConfirmedBy"), "公安户籍核实");
        retype(By.id("hukouPlace"), "山东省蒙阴县");
        clickAndConfirm(browser.findElement(By.id("save-reunification")));

        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("已认亲");
        assertThat(browser.findElement(By.id("identity-status")).getText()).isEqualTo("已核实");
        assertThat(browser.findElement(By.id("family-phone")).getText()).isEqualTo("139****5678");

        clickAndWait(browser.findElement(By.id("case-link")));
        assertThat(pageText()).contains(missingName, "已核实");

        open("/console/rescue/missing-reports?q=" + missingName);
        assertThat(browser.findElement(By.id("reports")).getText()).contains(missingName, "已找到");
        open("/console/rescue/missing-reports");
        screenshot("rescue-missing-reports");
    }
}
