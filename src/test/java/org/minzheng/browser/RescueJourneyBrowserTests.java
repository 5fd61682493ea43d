package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.MadeUpIdNumbers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 救助管理 from the street back to the street: the city station's worker takes in a man who cannot say who he is,
 * his family's missing-person report from 惠民县 comes first among the candidates, the reunification verifies his
 * identity, he is escorted home by car and handed to his son, the station registers him for follow-up with an
 * assessment, a help plan and a visit; months later he is taken in again with the same ID number and both his new
 * case and the repeats page say he is wandering again.
 */
@IntegrationTest
class RescueJourneyBrowserTests extends BrowserScenario {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String FEATURES = "左手缺小指，右眉有痣，门牙缺一颗";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDesk() {
        putDownThePhone();
    }

    @Test
    void aManFoundInTheCityIsMatchedToHisFamilyEscortedHomeFollowedUpAndRecognisedWhenHeWandersAgain() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String name = "邢长顺" + marker;
        String son = "邢立军" + marker;
        LocalDate today = LocalDate.now(BEIJING);
        int birthYear = today.getYear() - 55;
        String idNumber = idNumberBornIn(birthYear);

        // 1. at the street, on a phone with scripts off
        pickUpThePhone();
        login("jiuzhu", DEMO_PASSWORD);
        open("/console/rescue/cases/new");
        waitForHeading("受助登记");
        typeDateTime(By.id("foundAt"), LocalDateTime.now(BEIJING).minusHours(1));
        retype(By.id("foundPlace"), "黄河五路立交桥下（" + marker + "）");
        choose(By.id("foundRegionCode"), "彭李街道");
        choose(By.id("source"), "群众报告");
        choose(By.id("identityStatus"), "身份不明");
        choose(By.id("sex"), "男");
        retype(By.id("estimatedAge"), "55");
        retype(By.id("heightCm"), "170");
        retype(By.id("physicalDescription"), "偏瘦，短发花白");
        retype(By.id("features"), FEATURES);
        retype(By.id("dialect"), "惠民口音");
        retype(By.id("clothing"), "灰色夹克，解放鞋");
        choose(By.id("health"), "良好");
        clickAndWait(browser.findElement(By.id("admit")));
        assertThat(pageText()).contains("已登记入站，编号 JZ371600-");
        assertThat(heading()).contains("身份不明").contains("在站");
        // nobody can name him, so the search starts with the stay: the 24-hour notice clock runs from now
        assertThat(browser.findElement(By.id("case-trail")).getText()).contains("寻亲中");
        assertThat(browser.findElements(By.id("register-returnee"))).isEmpty();
        fitsThePhone("rescue-journey-intake-phone");
        String casePath = path();
        long caseId = Long.parseLong(casePath.substring(casePath.lastIndexOf('/') + 1));
        // other tests' people share the database and may look alike (a suggestion to review), but without an ID
        // number nothing can be confirmed as an earlier stay of his
        assertThat(jdbc.sql("select count(*) from rescue.repeat_links where case_id = :id and status = 'CONFIRMED'")
                        .param("id", caseId)
                        .query(Long.class)
                        .single())
                .isZero();
        String caseNumber = caseColumn(caseId, "number");
        putDownThePhone();

        // 2. his son's report from 惠民县, and two reports of other men that look alike in part
        long report =
                missingReport(name, birthYear, 2, 171, FEATURES, "惠民口音", son, "儿子", "13912340001", today.minusDays(20));
        assertThat(browser.findElement(By.id("case-candidates")).getText()).contains(caseNumber);
        screenshot("rescue-journey-report");
        long olderMan = missingReport(
                "邢老汉" + marker,
                today.getYear() - 70,
                0,
                160,
                "左手缺小指，头发全白",
                "惠民口音",
                "邢立民" + marker,
                "儿子",
                "13912340002",
                today.minusDays(40));
        long otherMan = missingReport(
                "邢二柱" + marker,
                birthYear + 1,
                1,
                168,
                "右手有刀疤，左眉有痣",
                "鲁北口音",
                "邢立华" + marker,
                "女儿",
                "13912340003",
                today.minusDays(10));

        // 3. the family search: a step, the candidates, the reunification
        open(casePath);
        clickAndWait(browser.findElement(By.id("family-search")));
        assertThat(path()).startsWith("/console/rescue/searches/");
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("寻亲中");
        assertThat(browser.findElement(By.id("case-link")).getText()).isEqualTo(caseNumber);
        choose(By.id("kind"), "全国救助寻亲网公告");
        // published within the hour of admission; a step cannot be dated before he came in
        LocalDateTime published = LocalDateTime.now(BEIJING);
        typeDateTime(By.id("takenAt"), published);
        retype(By.id("agency"), "全国救助寻亲网");
        retype(By.id("reference"), "XQ-" + marker);
        choose(By.id("result"), "已发布");
        typeDateTime(By.id("resultAt"), published);
        clickAndWait(browser.findElement(By.id("add-step")));
        assertThat(pageText()).contains("寻亲步骤已记录");
        assertThat(browser.findElements(By.id("notice-in-time"))).hasSize(1);
        assertThat(browser.findElement(By.id("steps-table")).getText()).contains("全国救助寻亲网公告", "XQ-" + marker);

        List<WebElement> candidates = browser.findElements(By.cssSelector("#candidates-table tbody tr"));
        WebElement first = candidates.get(0);
        assertThat(first.getDomAttribute("data-report")).isEqualTo(String.valueOf(report));
        assertThat(first.getText())
                .contains(name, "性别相同", "年龄相符", "身高相近", "口音相同：惠民口音", "同一市")
                .contains("体貌特征相符：左手缺小指、右眉有痣、门牙缺一颗");
        int best = score(first);
        assertThat(best).isGreaterThanOrEqualTo(80);
        assertThat(scoreOf(candidates, olderMan)).isLessThan(best);
        assertThat(scoreOf(candidates, otherMan)).isLessThan(best);
        screenshot("rescue-journey-search");

        clickAndWait(first.findElement(By.className("confirm-candidate")));
        assertThat(browser.findElement(By.id("confirming")).getText()).contains(name, son);
        assertThat(browser.findElement(By.id("confirmedName")).getDomProperty("value"))
                .isEqualTo(name);
        retype(By.id("familyPhone"), "13912340001");
        retype(By.id("identityConfirmedBy"), "惠民县公安局孙武派出所户籍核实");
        retype(By.id("idNumber"), idNumber);
        assertThat(clickAndConfirm(browser.findElement(By.id("save-reunification"))))
                .isNotBlank();
        assertThat(pageText()).contains("认亲已登记，此人身份已核实");
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("已认亲");
        assertThat(browser.findElement(By.id("identity-status")).getText()).isEqualTo("已核实");
        assertThat(jdbc.sql("select status from rescue.missing_reports where id = :id")
                        .param("id", report)
                        .query(String.class)
                        .single())
                .isEqualTo("FOUND");
        assertThat(jdbc.sql("select status from rescue.missing_reports where id in (:ids)")
                        .param("ids", List.of(olderMan, otherMan))
                        .query(String.class)
                        .list())
                .containsOnly("OPEN");

        // 4. escorted home by car within the province and handed to his son
        clickAndWait(browser.findElement(By.id("case-link")));
        assertThat(heading()).contains(name).contains("在站");
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        assertThat(pageText()).contains("已核实", masked);
        assertThat(browser.findElement(By.id("family-search")).getText()).contains("已认亲");
        String escortName = escortStaffAt(caseColumn(caseId, "station_id"), marker);
        clickAndWait(browser.findElement(By.id("arrange-escort")));
        waitForHeading("安排护送");
        choose(By.id("province"), "山东省");
        retype(By.id("place"), "惠民县");
        retype(By.id("address"), "孙武街道邢家村 8 号");
        choose(By.id("transport"), "专车");
        retype(By.id("route"), "滨州市救助管理站→惠民县孙武街道");
        retype(By.id("vehicle"), "鲁M·J" + marker.substring(0, 4));
        retype(By.id("cost"), "120.00");
        browser.findElement(By.xpath("//fieldset//label[span[text()='" + escortName + "']]/input"))
                .click();
        clickAndWait(browser.findElement(By.id("save-escort")));
        assertThat(browser.findElement(By.id("escort-status")).getText()).isEqualTo("已安排");
        assertThat(browser.findElement(By.id("escort-staff")).getText()).contains(escortName);
        assertThat(pageText()).doesNotContain("跨省");

        clickAndWait(browser.findElement(By.id("start")));
        assertThat(browser.findElement(By.id("escort-status")).getText()).isEqualTo("护送中");
        typeDateTime(By.id("handedOverAt"), LocalDateTime.now(BEIJING));
        retype(By.id("receivedBy"), son);
        choose(By.id("receivedByKind"), "家属");
        retype(By.id("receiverPhone"), "13912340001");
        retype(By.id("handover-note"), "其子持户口本接回，已签交接单");
        clickAndConfirm(browser.findElement(By.id("hand-over")));
        assertThat(browser.findElement(By.id("escort-status")).getText()).isEqualTo("已交接");
        assertThat(browser.findElement(By.id("receiver-phone")).getText()).isEqualTo("139****0001");
        screenshot("rescue-journey-escort");

        open(casePath);
        assertThat(heading()).contains("已离站");
        assertThat(pageText()).contains("护送返乡", "已离站，本记录不再变更");
        assertThat(caseColumn(caseId, "release_kind")).isEqualTo("ESCORTED");
        assertThat(browser.findElements(By.id("arrange-escort"))).isEmpty();
        assertThat(browser.findElements(By.id("returnee"))).isEmpty();
        WebElement register = browser.findElement(By.id("register-returnee"));
        assertThat(register.getText()).isEqualTo("登记返乡回访");
        screenshot("rescue-journey-case-released");

        // 5. registered for follow-up from the case page: assessment, help plan, visit
        clickAndWait(register);
        waitForHeading("返乡登记");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo(name);
        choose(By.id("homeRegionCode"), "孙武街道");
        retype(By.id("address"), "邢家村 8 号");
        retype(By.id("guardianName"), son);
        retype(By.id("guardianPhone"), "13912340001");
        clickAndWait(browser.findElement(By.id("save-returnee")));
        assertThat(pageText()).contains("已登记返乡回访");
        assertThat(heading()).contains(name);
        assertThat(browser.findElement(By.id("home")).getText()).contains("孙武街道");
        assertThat(browser.findElement(By.id("guardian")).getText()).contains(son, "139****0001");
        assertThat(browser.findElement(By.id("id-number")).getText()).isEqualTo(masked);
        String returneePath = path();

        for (String factor : new String[] {"NO_INCOME", "CHRONIC_ILLNESS_OR_DISABILITY", "FAMILY_CONFLICT"}) {
            browser.findElement(By.id("factor-" + factor)).click();
        }
        retype(By.id("assessorOrg"), "滨州市救助管理站");
        clickAndWait(browser.findElement(By.id("save-assessment")));
        assertThat(pageText()).contains("已保存风险评估");
        assertThat(browser.findElement(By.id("returnee-risk")).getText()).contains("中风险", "35");

        retype(By.id("socialWorkers"), "孙丽、郭强");
        retype(By.id("socialWorkOrg"), "惠民县乐善社工服务中心");
        browser.findElement(By.id("measure-DIBAO_CHECK")).click();
        browser.findElement(By.id("measure-FAMILY_MEDIATION")).click();
        retype(By.id("goals"), "核查低保条件，调解家庭关系，三个月内稳定居家");
        clickAndWait(browser.findElement(By.id("save-plan")));
        assertThat(pageText()).contains("已制定帮扶计划");

        retype(By.id("visitorOrg"), "孙武街道办事处");
        choose(By.id("finding"), "稳定");
        retype(By.id("visit-note"), "入户走访（" + marker + "），本人在家，家属照料");
        clickAndWait(browser.findElement(By.id("save-visit")));
        assertThat(pageText()).contains("已记录回访");
        assertThat(browser.findElement(By.id("visits")).getText()).contains(marker, "稳定");
        assertThat(browser.findElement(By.id("repeats")).getText()).contains("返乡后未发现再次流浪");
        screenshot("rescue-journey-returnee");

        open(casePath);
        assertThat(browser.findElements(By.id("register-returnee"))).isEmpty();
        assertThat(browser.findElement(By.id("returnee")).getDomAttribute("href"))
                .isEqualTo(returneePath);

        // 6. taken in again, this time saying who he is
        open("/console/rescue/cases/new");
        waitForHeading("受助登记");
        typeDateTime(By.id("foundAt"), LocalDateTime.now(BEIJING).minusMinutes(30));
        retype(By.id("foundPlace"), "滨州汽车总站候车厅（" + marker + "）");
        choose(By.id("source"), "公安护送");
        retype(By.id("broughtBy"), "滨城区公安分局市中派出所");
        choose(By.id("identityStatus"), "自报");
        retype(By.id("name"), name);
        choose(By.id("sex"), "男");
        retype(By.id("idNumber"), idNumber);
        retype(By.id("heightCm"), "170");
        retype(By.id("features"), FEATURES);
        retype(By.id("dialect"), "惠民口音");
        choose(By.id("health"), "良好");
        clickAndWait(browser.findElement(By.id("admit")));
        assertThat(pageText()).contains("已登记入站");
        String againPath = path();
        long againId = Long.parseLong(againPath.substring(againPath.lastIndexOf('/') + 1));
        assertThat(againId).isNotEqualTo(caseId);
        String againNumber = caseColumn(againId, "number");
        WebElement trail = browser.findElement(By.id("case-trail"));
        assertThat(trail.getText()).contains("再次流浪").doesNotContain("无既往受助记录");
        assertThat(browser.findElement(By.id("earlier-stays")).getText()).contains(caseNumber, "身份证号相同");
        assertThat(jdbc.sql("""
                        select method || ' ' || status || ' ' || earlier_case_id
                          from rescue.repeat_links where case_id = :id
                        """).param("id", againId).query(String.class).list())
                .containsExactly("ID_NUMBER CONFIRMED " + caseId);
        screenshot("rescue-journey-case-again");

        open("/console/rescue/repeats");
        waitForHeading("反复流浪");
        WebElement pair =
                browser.findElement(By.xpath("//table[@id='confirmed']//tr[td/span[text()='" + againNumber + "']]"));
        assertThat(pair.getText()).contains(caseNumber, name, "身份证号");
        screenshot("rescue-journey-repeats");

        open(returneePath);
        assertThat(browser.findElement(By.id("repeat-badge")).getText()).isEqualTo("再次流浪");
        assertThat(browser.findElement(By.id("repeats")).getText()).contains(againNumber);
    }

    /** Registers a report through the form as the station's worker does when a family calls, and stays on it. */
    private long missingReport(
            String missingName,
            int birthYear,
            int uncertainty,
            int height,
            String features,
            String dialect,
            String reporter,
            String relation,
            String phone,
            LocalDate missingSince) {
        open("/console/rescue/missing-reports/new");
        waitForHeading("登记走失人员");
        choose(By.id("source"), "家属报告");
        retype(By.id("missingName"), missingName);
        choose(By.id("sex"), "男");
        retype(By.id("birthYear"), String.valueOf(birthYear));
        retype(By.id("birthYearUncertainty"), String.valueOf(uncertainty));
        retype(By.id("heightCm"), String.valueOf(height));
        retype(By.id("dialect"), dialect);
        retype(By.id("homePlace"), "山东省惠民县孙武街道邢家村");
        retype(By.id("lastSeenPlace"), "惠民县城汽车站");
        retype(By.id("lastSeenRegionCode"), "371621");
        WebElement since = browser.findElement(By.id("missingSince"));
        since.sendKeys(String.format(
                "%02d%02d%04d", missingSince.getMonthValue(), missingSince.getDayOfMonth(), missingSince.getYear()));
        assertThat(since.getDomProperty("value")).isEqualTo(missingSince.toString());
        retype(By.id("reporterName"), reporter);
        retype(By.id("reporterRelation"), relation);
        retype(By.id("reporterPhone"), phone);
        retype(By.id("features"), features);
        clickAndWait(browser.findElement(By.id("save-report")));
        assertThat(pageText()).contains("走失人员报告已登记");
        assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("寻找中");
        return Long.parseLong(path().substring(path().lastIndexOf('/') + 1));
    }

    private static int score(WebElement candidate) {
        return Integer.parseInt(candidate.findElement(By.className("score")).getText());
    }

    /** The score of a report among the candidates; a report left off the list scores nothing. */
    private static int scoreOf(List<WebElement> candidates, long report) {
        return candidates.stream()
                .filter(row -> String.valueOf(report).equals(row.getDomAttribute("data-report")))
                .mapToInt(RescueJourneyBrowserTests::score)
                .findFirst()
                .orElse(0);
    }

    /** A man born in 惠民县 in that year, with a sequence of his own so that repeated runs do not meet. */
    private static String idNumberBornIn(int year) {
        return MadeUpIdNumbers.bornIn("371621", year, true);
    }

    private String caseColumn(long caseId, String column) {
        return jdbc.sql("select cast(" + column + " as text) from rescue.cases where id = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
    }

    /** Someone on the station's roster to go along; the roster itself is kept on the network pages. */
    private String escortStaffAt(String stationId, String marker) {
        String staffName = "护送员" + marker;
        jdbc.sql("insert into rescue.station_staff (station_id, name, post) values (:station, :name, 'ESCORT')")
                .param("station", Long.parseLong(stationId))
                .param("name", staffName)
                .update();
        return staffName;
    }
}
