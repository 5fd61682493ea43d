package org.minzheng.eldercare.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * 市级居家养老调度监管中心: the figures of a small world in 青田街道 worked out by hand, the city and county rows
 * against independent counts of the demo network, the drill-down links, data scope, export and bad input.
 */
@IntegrationTest
@Transactional
class SupervisionCentreTests {

    static final String BASE = "/console/eldercare/supervision";
    static final String MONTH = "2025-03";
    static final LocalDate MARCH = LocalDate.of(2025, 3, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    SupervisionFixtures fixtures;
    long provider;
    long visitDone;
    long visitMissed;
    long visitTooShort;

    /**
     * March 2025 of one provider in 青田街道: eight visits, of which one cancelled; three on time (one checked in
     * at 23:30 on its day), four late (a day late, one just after midnight, one missed, one never served), two
     * rated 5 and 3, a missed anomaly still open and a too-short one reviewed; one active bed and one closed;
     * two complaints in March and one in April.
     */
    @BeforeEach
    void aMonthInQingtian() {
        fixtures = new SupervisionFixtures(jdbc);
        String village = fixtures.aVillageOf(SupervisionFixtures.QINGTIAN);
        provider = fixtures.aProvider("监管测试服务商", SupervisionFixtures.QINGTIAN);
        long caregiver = fixtures.aCaregiver(provider);
        long bed = fixtures.aBed(provider, village, "ACTIVE");
        fixtures.aBed(provider, village, "CLOSED");
        long plan = fixtures.aPlan(bed, MARCH);
        visitDone = fixtures.aVisit(plan, day(5), "DONE", caregiver, at(5, 9, 0), at(5, 10, 0), 5);
        fixtures.aVisit(plan, day(6), "DONE", caregiver, at(7, 9, 0), at(7, 10, 0), 3);
        fixtures.aVisit(plan, day(8), "DONE", caregiver, at(8, 23, 30), at(8, 23, 59), null);
        fixtures.aVisit(plan, day(8), "DONE", caregiver, at(9, 0, 30), at(9, 1, 30), null);
        visitMissed = fixtures.aVisit(plan, day(10), "MISSED", caregiver, null, null, null);
        fixtures.aVisit(plan, day(12), "PLANNED", null, null, null, null);
        fixtures.aVisit(plan, day(14), "CANCELLED", null, null, null, null);
        visitTooShort = fixtures.aVisit(plan, day(20), "DONE", caregiver, at(20, 9, 0), at(20, 9, 10), null);
        fixtures.anAnomaly(visitMissed, "MISSED", false);
        fixtures.anAnomaly(visitTooShort, "TOO_SHORT", true);
        fixtures.aComplaint(provider, LocalDate.of(2025, 3, 3));
        fixtures.aComplaint(provider, LocalDate.of(2025, 3, 31));
        fixtures.aComplaint(provider, LocalDate.of(2025, 4, 1));
    }

    @Test
    void aTownshipsVisitListReadsOnePartitionOfVisitsAndOfAnomalies() {
        for (Area area : List.of(new Area(SupervisionFixtures.QINGTIAN, provider), new Area("3716", provider))) {
            String plan = String.join(
                    "\n",
                    SupervisionRepository.bind(
                                    jdbc.sql("explain " + SupervisionRepository.visitPageSql(area)),
                                    area,
                                    YearMonth.from(MARCH),
                                    new VisitFilter(null, true, VisitFilter.ANY),
                                    MARCH.plusMonths(1))
                            .param("limit", 20)
                            .param("offset", 0)
                            .query(String.class)
                            .list());
            int partitions = area.prefix().length() >= 6 ? 1 : 8;
            assertThat(Pattern.compile("visits_p\\d")
                            .matcher(plan)
                            .results()
                            .map(MatchResult::group)
                            .distinct())
                    .as("visits of %s", area.prefix())
                    .hasSize(partitions);
            assertThat(Pattern.compile("visit_anomalies_p\\d")
                            .matcher(plan)
                            .results()
                            .map(MatchResult::group)
                            .distinct())
                    .as("anomalies of %s", area.prefix())
                    .hasSize(partitions);
        }
    }

    static LocalDate day(int day) {
        return MARCH.withDayOfMonth(day);
    }

    static LocalDateTime at(int day, int hour, int minute) {
        return day(day).atTime(hour, minute);
    }

    Document page(String user, String... params) throws Exception {
        var request = get(BASE).with(logins.as(user));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static String cell(Element row, String figure) {
        return row.selectFirst("td." + figure).text();
    }

    @Test
    void townshipRowOfAProviderCountsLateOnTimeRatingsAnomaliesAndComplaintsOfTheMonth() throws Exception {
        Document page = page("bincheng", "region", SupervisionFixtures.QINGTIAN + "000", "month", MONTH);

        Element row = page.getElementById("row-" + provider);
        assertThat(row).isNotNull();
        assertThat(cell(row, "beds")).isEqualTo("1");
        assertThat(cell(row, "planned")).isEqualTo("7");
        assertThat(cell(row, "done")).isEqualTo("5");
        assertThat(cell(row, "late")).isEqualTo("4");
        assertThat(cell(row, "on-time")).isEqualTo("42.9%");
        assertThat(cell(row, "rating")).isEqualTo("4.00");
        assertThat(cell(row, "complaints")).isEqualTo("2");
        assertThat(cell(row, "missed")).isEqualTo("1");
        assertThat(cell(row, "too-short")).isEqualTo("1");
        assertThat(cell(row, "overlaps")).isEqualTo("0");
        assertThat(cell(row, "open-anomalies")).isEqualTo("1");
        Element total = page.getElementById("row-total");
        assertThat(cell(total, "planned")).isEqualTo("7");
        assertThat(cell(total, "complaints")).isEqualTo("2");
    }

    @Test
    void aMonthWithNothingDueYetShowsADashForTheOnTimeRate() throws Exception {
        long bed = fixtures.aBed(provider, fixtures.aVillageOf(SupervisionFixtures.QINGTIAN), "ACTIVE");
        YearMonth next = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
        long plan = fixtures.aPlan(bed, next.atDay(1));
        fixtures.aVisit(plan, next.atDay(15), "PLANNED", null, null, null, null);

        Document page = page("bincheng", "region", SupervisionFixtures.QINGTIAN + "000", "month", next.toString());

        Element row = page.getElementById("row-" + provider);
        assertThat(cell(row, "planned")).isEqualTo("1");
        assertThat(cell(row, "late")).isEqualTo("0");
        assertThat(cell(row, "on-time")).isEqualTo("—");
    }

    @Test
    void countyPageHasARowPerTownshipLinkingDownAndCountsComplaintsForTheCounty() throws Exception {
        Document page = page("bincheng", "month", MONTH);

        Element row = page.getElementById("row-" + SupervisionFixtures.QINGTIAN);
        assertThat(cell(row, "planned")).isEqualTo("7");
        assertThat(cell(row, "on-time")).isEqualTo("42.9%");
        assertThat(cell(row, "complaints")).isEqualTo("—");
        assertThat(page.getElementById("open-" + SupervisionFixtures.QINGTIAN).attr("href"))
                .contains("region=" + SupervisionFixtures.QINGTIAN + "000")
                .contains("month=" + MONTH);
        long countyComplaints = jdbc.sql("""
                        select count(*) from eldercare.provider_complaints c join eldercare.providers p on p.id = c.provider_id
                        where p.county_code = '371602000000' and c.received_on between date '2025-03-01' and date '2025-03-31'
                        """).query(Long.class).single();
        assertThat(cell(page.getElementById("row-total"), "complaints")).isEqualTo(String.valueOf(countyComplaints));
        assertThat(page.getElementById("row-371603")).isNull();
    }

    @Test
    void townshipRowsLinkToTheProviderAndItsVisitsLinkToTheVisitPage() throws Exception {
        Document township = page("bincheng", "region", SupervisionFixtures.QINGTIAN + "000", "month", MONTH);
        String providerLink = township.getElementById("open-" + provider).attr("href");
        assertThat(providerLink).contains("provider=" + provider);

        Document visits = page(
                "bincheng",
                "region",
                SupervisionFixtures.QINGTIAN + "000",
                "provider",
                String.valueOf(provider),
                "month",
                MONTH);

        assertThat(visits.select("#supervision-table tbody tr")).hasSize(8);
        assertThat(visits.select("#supervision-table a[href=/console/eldercare/visits/" + visitDone + "]"))
                .hasSize(1);
        assertThat(visits.getElementById("crumb-provider").text()).startsWith("监管测试服务商");
        assertThat(visits.getElementById("crumb-" + SupervisionFixtures.QINGTIAN + "000"))
                .isNotNull();
        assertThat(visits.getElementById("crumb-371602000000").attr("href")).contains("region=371602000000");
        assertThat(visits.getElementById("chart-trend")).isNotNull();
    }

    @Test
    void providerVisitsFilterByStatusLatenessAndAnomaly() throws Exception {
        String region = SupervisionFixtures.QINGTIAN + "000";
        String id = String.valueOf(provider);

        Document missed = page("bincheng", "region", region, "provider", id, "month", MONTH, "status", "MISSED");
        Document late = page("bincheng", "region", region, "provider", id, "month", MONTH, "status", "LATE");
        Document tooShort = page("bincheng", "region", region, "provider", id, "month", MONTH, "anomaly", "TOO_SHORT");
        Document open = page("bincheng", "region", region, "provider", id, "month", MONTH, "anomaly", "OPEN");

        assertThat(missed.select("#supervision-table tbody tr").eachAttr("id")).containsExactly("visit-" + visitMissed);
        assertThat(late.select("#supervision-table tbody tr")).hasSize(4);
        assertThat(tooShort.select("#supervision-table tbody tr").eachAttr("id"))
                .containsExactly("visit-" + visitTooShort);
        assertThat(open.select("#supervision-table tbody tr").eachAttr("id")).containsExactly("visit-" + visitMissed);
    }

    @Test
    void cityRowsMatchAnIndependentCountOfEachCountyThisMonth() throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        Document page = page("admin");

        List<Map<String, Object>> counties = jdbc.sql("""
                        select substr(region_code, 1, 6) as county,
                               count(*) filter (where status <> 'CANCELLED') as planned,
                               count(*) filter (where status = 'DONE') as done
                        from eldercare.visits
                        where region_code like '3716%' and scheduled_on >= :from and scheduled_on < :to
                        group by 1
                        """)
                .param("from", month.atDay(1))
                .param("to", month.plusMonths(1).atDay(1))
                .query()
                .listOfRows();
        assertThat(counties).as("the demo network has visits this month").isNotEmpty();
        long plannedInCity = 0;
        for (Map<String, Object> county : counties) {
            Element row = page.getElementById("row-" + county.get("county"));
            assertThat(row).as("row of " + county.get("county")).isNotNull();
            assertThat(cell(row, "planned")).isEqualTo(county.get("planned").toString());
            assertThat(cell(row, "done")).isEqualTo(county.get("done").toString());
            plannedInCity += ((Number) county.get("planned")).longValue();
        }
        assertThat(cell(page.getElementById("row-total"), "planned")).isEqualTo(String.valueOf(plannedInCity));
        assertThat(page.getElementById("open-371602").attr("href")).contains("region=371602000000");
        assertThat(page.getElementById("chart-visits")).isNotNull();
        assertThat(page.getElementById("chart-trend").selectFirst("title")).isNotNull();
        assertThat(page.getElementById("supervision-table")).isNotNull();
    }

    @Test
    void aCountyApproverCannotOpenAnotherCountyOrItsTownshipsOrProviders() throws Exception {
        mvc.perform(get(BASE).param("region", "371602000000").with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE).param("region", "371602005000").with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE).param("region", "371600000000").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE)
                        .param("region", "371602005000")
                        .param("provider", String.valueOf(provider))
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/export").param("region", "371602000000").with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
    }

    @Test
    void eachStaffMemberStartsAtTheirOwnRegion() throws Exception {
        Document zhanhua = page("zhanhua");
        Document pengli = page("pengli");

        assertThat(zhanhua.select("#supervision-table tbody tr[id^=row-]").eachAttr("id"))
                .isNotEmpty()
                .allMatch(id -> id.startsWith("row-371603"));
        assertThat(pengli.select("h1").text()).contains("彭李街道");
        assertThat(pengli.getElementById("row-" + provider)).isNull();
    }

    @Test
    void aVillageAssistantMayNotOpenTheSupervisionCentre() throws Exception {
        mvc.perform(get(BASE).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/export").with(logins.as("cunwei"))).andExpect(status().isForbidden());
    }

    @Test
    void exportsTheCurrentTableWithItsTotal() throws Exception {
        byte[] file = mvc.perform(get(BASE + "/export")
                        .param("region", SupervisionFixtures.QINGTIAN + "000")
                        .param("month", MONTH)
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(file))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
        assertThat(rows.get(0)).containsValues("名称", "计划服务", "按时完成率");
        assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).startsWith("监管测试服务商"));
        assertThat(rows.get(rows.size() - 1)).containsValues("合计", "42.9%");
    }

    @Test
    void exportsAProvidersVisits() throws Exception {
        byte[] file = mvc.perform(get(BASE + "/export")
                        .param("region", SupervisionFixtures.QINGTIAN + "000")
                        .param("provider", String.valueOf(provider))
                        .param("month", MONTH)
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(file))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
        assertThat(rows).hasSize(9);
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).contains("2025-03-10", "漏服务"));
    }

    @Test
    void aMonthThatIsNoMonthFallsBackToThisMonthWithAMessage() throws Exception {
        for (String bad : List.of("2026-13", "<script>alert(1)</script>", "1999-01", "99999-01", "2025-3")) {
            mvc.perform(get(BASE).param("month", bad).with(logins.as("bincheng")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"month-rejected\"")))
                    .andExpect(content().string(not(containsString("<script>alert"))));
        }
        mvc.perform(get(BASE + "/export").param("month", "<script>").with(logins.as("bincheng")))
                .andExpect(status().isOk());
    }

    @Test
    void aRegionOrProviderThatIsNoCodeIsNotFound() throws Exception {
        mvc.perform(get(BASE).param("region", "<script>").with(logins.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE).param("region", "371602012201").with(logins.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE)
                        .param("region", "371602013000")
                        .param("provider", "abc")
                        .with(logins.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE)
                        .param("region", "371602000000")
                        .param("provider", String.valueOf(provider))
                        .with(logins.as("admin")))
                .andExpect(status().isNotFound());
    }
}
