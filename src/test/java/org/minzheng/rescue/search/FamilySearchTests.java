package org.minzheng.rescue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.rescue.cases.StayLimit;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class FamilySearchTests {

    private static final String SEARCHES = "/console/rescue/searches";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FamilyMatching matching;

    @Autowired
    FamilySearchRepository searches;

    private SearchFixtures fixtures() {
        return new SearchFixtures(jdbc);
    }

    private static String now(int minutesAgo) {
        return LocalDateTime.now(StayLimit.BEIJING)
                .minusMinutes(minutesAgo)
                .withSecond(0)
                .withNano(0)
                .toString();
    }

    private long intake(String identity, String name) throws Exception {
        String place = SearchFixtures.unique("寻亲登记地点");
        var request = multipart("/console/rescue/cases")
                .param("stationId", String.valueOf(fixtures().station(SearchFixtures.CITY)))
                .param("foundAt", now(60))
                .param("foundPlace", place)
                .param("source", "POLICE")
                .param("identityStatus", identity)
                .param("name", name)
                .param("sex", "M")
                .param("estimatedAge", "60")
                .param("health", "GOOD");
        mvc.perform(request.with(logins.as("jiuzhu")).with(csrf())).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from rescue.cases where found_place = :place")
                .param("place", place)
                .query(Long.class)
                .single();
    }

    @Test
    void intakeOfAnUnknownPersonOpensAFamilySearchAndOfAVerifiedOneDoesNot() throws Exception {
        long unknown = intake("UNKNOWN", "");
        long verified = intake("VERIFIED", SearchFixtures.unique("已核实"));

        Long searchId = fixtures().searchOf(unknown);
        assertThat(searchId).isNotNull();
        assertThat(fixtures().column("family_searches", searchId, "created_by")).isEqualTo("jiuzhu");
        assertThat(fixtures().column("family_searches", searchId, "region_code"))
                .isEqualTo("371600000000");
        assertThat(fixtures()
                        .count(
                                "select count(*) from audit.audit_entries where action = 'rescue.search.open'"
                                        + " and target_id = cast(:id as text)",
                                searchId))
                .isEqualTo(1);
        assertThat(fixtures().searchOf(verified)).isNull();
        mvc.perform(get(SEARCHES + "/for-case/" + unknown).with(logins.as("jiuzhu")))
                .andExpect(redirectedUrl(SEARCHES + "/" + searchId));
    }

    @Test
    void aSearchCanBeOpenedByHandForACaseWithoutOne() throws Exception {
        long caseId = fixtures().verifiedCase(SearchFixtures.CITY, 1);
        mvc.perform(get(SEARCHES + "/for-case/" + caseId).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("open-search")));

        mvc.perform(post(SEARCHES + "/for-case/" + caseId)
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(fixtures().searchOf(caseId)).isNotNull();
    }

    private MockHttpServletRequestBuilder step(long searchId, String kind, String takenAt, String agency) {
        return step(searchId, kind, takenAt, agency, "PENDING", "");
    }

    private MockHttpServletRequestBuilder step(
            long searchId, String kind, String takenAt, String agency, String result, String resultAt) {
        return post(SEARCHES + "/" + searchId + "/steps")
                .param("kind", kind)
                .param("takenAt", takenAt)
                .param("agency", agency)
                .param("reference", "")
                .param("result", result)
                .param("resultAt", resultAt)
                .param("resultNote", "")
                .with(logins.as("jiuzhu"))
                .with(csrf());
    }

    private long steps(long searchId) {
        return fixtures().count("select count(*) from rescue.search_steps where search_id = :id", searchId);
    }

    @Test
    void stepsWithBadInputStoreNothing() throws Exception {
        long caseId = fixtures().unknownCase(SearchFixtures.CITY, 2, "M", 60, null, null, null);
        long searchId = fixtures().search(caseId);

        mvc.perform(step(
                        searchId,
                        "FINGERPRINT",
                        LocalDateTime.now(StayLimit.BEIJING)
                                .plusHours(2)
                                .withNano(0)
                                .toString(),
                        "公安局"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("时间不能晚于现在")));
        mvc.perform(step(searchId, "FINGERPRINT", now(60 * 24 * 3), "公安局"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("时间不能早于入站时间")));
        mvc.perform(step(searchId, "FINGERPRINT", now(30), "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(step(searchId, "FINGERPRINT", now(30), "")).andExpect(status().isOk());
        mvc.perform(step(searchId, "FINGERPRINT", now(30), "公安局", "NO_MATCH", now(60)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("结果时间不能早于步骤时间")));

        assertThat(steps(searchId)).isZero();
    }

    @Test
    void aPendingStepGetsItsResultButNotBeforeItWasTaken() throws Exception {
        long caseId = fixtures().unknownCase(SearchFixtures.CITY, 2, "M", 60, null, null, null);
        long searchId = fixtures().search(caseId);
        mvc.perform(step(searchId, "DNA", now(120), "滨州市公安局")).andExpect(status().is3xxRedirection());
        long stepId = jdbc.sql("select id from rescue.search_steps where search_id = :id")
                .param("id", searchId)
                .query(Long.class)
                .single();

        mvc.perform(post(SEARCHES + "/" + searchId + "/steps/" + stepId + "/result")
                        .param("result", "NO_MATCH")
                        .param("resultAt", now(180))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures().column("search_steps", stepId, "result")).isEqualTo("PENDING");

        mvc.perform(post(SEARCHES + "/" + searchId + "/steps/" + stepId + "/result")
                        .param("result", "NO_MATCH")
                        .param("resultAt", now(10))
                        .param("resultNote", "未比中")
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures().column("search_steps", stepId, "result")).isEqualTo("NO_MATCH");
    }

    @Test
    void noticeIsFlaggedOverdueAfterTwentyFourHoursUntilOneIsLogged() throws Exception {
        long caseId = fixtures().unknownCase(SearchFixtures.CITY, 2, "M", 60, null, null, null);
        long searchId = fixtures().search(caseId);

        mvc.perform(get(SEARCHES + "/" + searchId).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notice-overdue\"")));
        mvc.perform(get(SEARCHES + "?flag=noticeOverdue&status=OPEN").with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString(fixtures().column("cases", caseId, "number"))));

        mvc.perform(step(searchId, "NATIONAL_NOTICE", now(5), "全国救助寻亲网", "PUBLISHED", now(5)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(SEARCHES + "/" + searchId).with(logins.as("jiuzhu")))
                .andExpect(content().string(not(containsString("id=\"notice-overdue\""))))
                .andExpect(content().string(containsString("已发布，但超过 24 小时")));
    }

    @Test
    void matchingRanksTheRightReportFirstAndHidesRejectedOnes() throws Exception {
        int year = LocalDate.now(StayLimit.BEIJING).getYear();
        String features = "右耳垂有三颗痣，左手腕有蝴蝶纹身";
        long caseId = fixtures().unknownCase(SearchFixtures.CITY, 20, "F", 30, 158, features, "温州话");
        long searchId = fixtures().search(caseId);
        var f = fixtures();
        long right =
                f.report(SearchFixtures.unique("目标"), "F", year - 30, 2, 157, "左手腕蝴蝶纹身，右耳垂三颗痣", "温州口音", "温州市鹿城区", 40);
        long olderWoman = f.report(SearchFixtures.unique("年长"), "F", year - 52, 2, 158, "右耳垂有痣", "温州话", "温州市", 40);
        long man = f.report(SearchFixtures.unique("男性"), "M", year - 30, 2, 158, features, "温州话", "温州市", 40);
        long laterMissing = f.report(SearchFixtures.unique("后走失"), "F", year - 30, 2, 158, features, "温州话", "温州市", 5);
        long vague = f.report(SearchFixtures.unique("模糊"), "F", year - 28, 5, null, null, null, "杭州市", 60);
        long similar = f.report(SearchFixtures.unique("相近"), "F", year - 31, 3, 160, "左手腕有纹身", "宁波话", "宁波市", 100);
        SearchCase c = searches.caseOf(caseId);

        var ranked = matching.reportsFor(c).ranked().stream()
                .map(r -> r.candidate().id())
                .toList();

        assertThat(ranked.get(0)).isEqualTo(right);
        assertThat(ranked).doesNotContain(man, laterMissing);
        assertThat(ranked.indexOf(similar)).isGreaterThan(0);
        assertThat(ranked.indexOf(vague)).isGreaterThan(ranked.indexOf(similar));
        assertThat(ranked).contains(olderWoman);

        mvc.perform(get(SEARCHES + "/" + searchId).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString("体貌特征相符")))
                .andExpect(content().string(containsString("data-report=\"" + right + "\"")));

        mvc.perform(post(SEARCHES + "/" + searchId + "/reject")
                        .param("report", String.valueOf(right))
                        .param("reason", "家属看照片后确认不是")
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        var after = matching.reportsFor(c);
        assertThat(after.ranked().stream().map(r -> r.candidate().id())).doesNotContain(right);
        assertThat(after.rejectedCount()).isEqualTo(1);
        assertThat(jdbc.sql("select decision from rescue.match_reviews where case_id = :c and report_id = :r")
                        .param("c", caseId)
                        .param("r", right)
                        .query(String.class)
                        .single())
                .isEqualTo("REJECTED");
    }

    private MockHttpServletRequestBuilder reunite(long searchId, Long reportId, String idNumber, String... overrides) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("foundThrough", reportId == null ? "DNA" : "MATCH");
        values.put("familyName", "测试家属");
        values.put("relation", "儿子");
        values.put("familyPhone", "13912345678");
        values.put("identityConfirmedBy", "公安户籍核实");
        values.put("reunitedOn", LocalDate.now(StayLimit.BEIJING).toString());
        values.put("confirmedName", SearchFixtures.unique("认亲"));
        values.put("sex", "M");
        values.put("idNumber", idNumber);
        values.put("hukouPlace", "山东省惠民县");
        values.put("note", "");
        if (reportId != null) {
            values.put("reportId", String.valueOf(reportId));
        }
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        var request = post(SEARCHES + "/" + searchId + "/reunite")
                .with(logins.as("jiuzhu"))
                .with(csrf());
        values.forEach(request::param);
        return request;
    }

    @Test
    void reunificationVerifiesTheCaseMarksTheReportFoundAndEndsTheSearch() throws Exception {
        long caseId = fixtures().unknownCase(SearchFixtures.CITY, 15, "M", 70, 170, "左手背烫伤疤痕", "鲁北口音");
        long searchId = fixtures().search(caseId);
        long reportId = fixtures()
                .report(
                        SearchFixtures.unique("邢"),
                        "M",
                        LocalDate.now().getYear() - 70,
                        3,
                        170,
                        "左手背烫伤疤痕",
                        "鲁北口音",
                        "惠民县",
                        30);

        mvc.perform(get(SEARCHES + "/" + searchId + "?report=" + reportId).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString("id=\"confirming\"")))
                .andExpect(content().string(containsString("测试报告人")));

        mvc.perform(reunite(searchId, reportId, "")).andExpect(status().is3xxRedirection());

        assertThat(fixtures().column("cases", caseId, "identity_status")).isEqualTo("VERIFIED");
        assertThat(fixtures().column("missing_reports", reportId, "status")).isEqualTo("FOUND");
        assertThat(fixtures().column("missing_reports", reportId, "found_case_id"))
                .isEqualTo(String.valueOf(caseId));
        assertThat(fixtures().column("family_searches", searchId, "status")).isEqualTo("REUNITED");
        assertThat(jdbc.sql("select family_phone_masked from rescue.reunifications where search_id = :id")
                        .param("id", searchId)
                        .query(String.class)
                        .single())
                .isEqualTo("139****5678");
        assertThat(fixtures()
                        .count(
                                "select count(*) from rescue.match_reviews where case_id = :id"
                                        + " and decision = 'CONFIRMED'",
                                caseId))
                .isEqualTo(1);
        mvc.perform(get(SEARCHES + "/" + searchId).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString("id=\"family-phone\"")))
                .andExpect(content().string(not(containsString("13912345678"))));
    }

    @Test
    void reunificationWithAnInvalidIdNumberStoresNothing() throws Exception {
        long caseId = fixtures().unknownCase(SearchFixtures.CITY, 15, "M", 70, null, null, null);
        long searchId = fixtures().search(caseId);

        mvc.perform(reunite(searchId, null, "371602199001011234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号不正确")));
        mvc.perform(reunite(searchId, null, "", "familyPhone", "12345")).andExpect(status().isOk());
        mvc.perform(reunite(searchId, null, "", "familyName", "<script>x</script>"))
                .andExpect(status().isOk());

        assertThat(fixtures().column("cases", caseId, "identity_status")).isEqualTo("UNKNOWN");
        assertThat(fixtures().column("family_searches", searchId, "status")).isEqualTo("OPEN");
        assertThat(fixtures().count("select count(*) from rescue.reunifications where search_id = :id", searchId))
                .isZero();
    }

    @Test
    void strandedDashboardListsAnUnknownPersonTwelveDaysInAndNotAVerifiedOne() throws Exception {
        long unknown = fixtures().unknownCase(SearchFixtures.CITY, 12, "M", 55, null, null, null);
        fixtures().search(unknown);
        long verified = fixtures().verifiedCase(SearchFixtures.CITY, 12);

        var rows = searches.stranded(new DataScope(RegionCode.of("3716")), java.time.Instant.now());
        var row = rows.stream().filter(r -> r.caseId() == unknown).findFirst().orElseThrow();
        assertThat(row.days()).isEqualTo(12);
        assertThat(row.stranded()).isTrue();
        assertThat(row.settlementDue()).isFalse();
        assertThat(rows).noneMatch(r -> r.caseId() == verified);

        mvc.perform(get("/console/rescue/stranded").with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixtures().column("cases", unknown, "number"))))
                .andExpect(content().string(not(containsString(fixtures().column("cases", verified, "number")))));
        mvc.perform(get("/console/rescue/stranded/export").with(logins.as("jiuzhu")))
                .andExpect(status().isOk());
        mvc.perform(get("/console/rescue/stranded/print").with(logins.as("jiuzhu")))
                .andExpect(status().isOk());
    }

    @Test
    void anotherCountysStaffGetNotFoundAndDoNotSeeTheSearch() throws Exception {
        long caseId = fixtures().unknownCase(SearchFixtures.BINCHENG, 12, "M", 55, null, null, null);
        long searchId = fixtures().search(caseId);
        String number = fixtures().column("cases", caseId, "number");
        String zhanhua = logins.createAccount("zhjz", "371603000000", "RESCUE_STAFF");
        String bincheng = logins.createAccount("bcjz", "371602000000", "RESCUE_STAFF");

        mvc.perform(get(SEARCHES + "/" + searchId).with(logins.as(zhanhua))).andExpect(status().isNotFound());
        mvc.perform(get(SEARCHES + "/for-case/" + caseId).with(logins.as(zhanhua)))
                .andExpect(status().isNotFound());
        mvc.perform(step(searchId, "FACE", now(5), "公安局").with(logins.as(zhanhua)))
                .andExpect(status().isNotFound());
        mvc.perform(get(SEARCHES + "?status=").with(logins.as(zhanhua)))
                .andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/console/rescue/stranded").with(logins.as(zhanhua)))
                .andExpect(content().string(not(containsString(number))));

        mvc.perform(get(SEARCHES + "/" + searchId).with(logins.as(bincheng))).andExpect(status().isOk());
        mvc.perform(get("/console/rescue/stranded").with(logins.as(bincheng)))
                .andExpect(content().string(containsString(number)));
        assertThat(steps(searchId)).isZero();
    }

    @Test
    void rolesWithoutSearchPermissionAreForbidden() throws Exception {
        long caseId = fixtures().unknownCase(SearchFixtures.CITY, 3, "M", 55, null, null, null);
        long searchId = fixtures().search(caseId);

        for (String user : new String[] {"cunwei", "pengli"}) {
            mvc.perform(get(SEARCHES).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get(SEARCHES + "/" + searchId).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/console/rescue/stranded").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/console/rescue/missing-reports").with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(SEARCHES + "/" + searchId).with(logins.as("bincheng"))).andExpect(status().isNotFound());
        mvc.perform(get(SEARCHES + "/" + searchId).with(logins.as("admin"))).andExpect(status().isOk());
        mvc.perform(step(searchId, "FACE", now(5), "公安局").with(logins.as("admin")))
                .andExpect(status().isForbidden());
        assertThat(steps(searchId)).isZero();
    }

    private MockHttpServletRequestBuilder report(String name, String phone, String... overrides) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("source", "FAMILY");
        values.put("missingName", name);
        values.put("sex", "M");
        values.put("birthYear", "1955");
        values.put("birthYearUncertainty", "3");
        values.put("heightCm", "168");
        values.put("features", "左手背有疤");
        values.put("dialect", "鲁北口音");
        values.put("homePlace", "惠民县");
        values.put("lastSeenPlace", "惠民县汽车站");
        values.put("lastSeenRegionCode", "371621000000");
        values.put(
                "missingSince", LocalDate.now(StayLimit.BEIJING).minusDays(10).toString());
        values.put("reporterName", "测试家属");
        values.put("reporterRelation", "女儿");
        values.put("reporterPhone", phone);
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        var request = post("/console/rescue/missing-reports").with(csrf());
        values.forEach(request::param);
        return request;
    }

    private long reportsNamed(String name) {
        return jdbc.sql("select count(*) from rescue.missing_reports where missing_name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    @Test
    void missingReportIsStoredWithAnEncryptedMaskedPhoneAndBadInputStoresNothing() throws Exception {
        String name = SearchFixtures.unique("走失");
        mvc.perform(report(name, "12345").with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写正确的手机号")));
        mvc.perform(report(
                                name,
                                "13812345678",
                                "missingSince",
                                LocalDate.now(StayLimit.BEIJING).plusDays(3).toString())
                        .with(logins.as("jiuzhu")))
                .andExpect(status().isOk());
        mvc.perform(report(name, "13812345678", "features", "<script>x</script>")
                        .with(logins.as("jiuzhu")))
                .andExpect(status().isOk());
        mvc.perform(report(name, "13812345678", "lastSeenPlace", "").with(logins.as("jiuzhu")))
                .andExpect(status().isOk());
        assertThat(reportsNamed(name)).isZero();

        mvc.perform(report(name, "13812345678").with(logins.as("jiuzhu"))).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from rescue.missing_reports where missing_name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
        assertThat(fixtures().column("missing_reports", id, "reporter_phone_masked"))
                .isEqualTo("138****5678");
        assertThat(fixtures().column("missing_reports", id, "region_code")).isEqualTo("371600000000");
        assertThat(fixtures().column("missing_reports", id, "reporter_phone_cipher"))
                .isNotNull();
        mvc.perform(get("/console/rescue/missing-reports/" + id).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("13812345678"))));

        String zhanhua = logins.createAccount("zhmr", "371603000000", "RESCUE_STAFF");
        mvc.perform(get("/console/rescue/missing-reports/" + id).with(logins.as(zhanhua)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/rescue/missing-reports?q=" + name).with(logins.as(zhanhua)))
                .andExpect(content().string(containsString("共 0 条")));
        mvc.perform(get("/console/rescue/missing-reports?q=" + name).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString("共 1 条")));

        mvc.perform(post("/console/rescue/missing-reports/" + id + "/withdraw")
                        .param("reason", "家属已自行找到")
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures().column("missing_reports", id, "status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aReportShowsTheUnidentifiedPeopleInCareWhoMayBeThePerson() throws Exception {
        int year = LocalDate.now().getYear();
        long caseId = fixtures().unknownCase(SearchFixtures.CITY, 8, "F", 40, 160, "左脸颊有胎记，门牙缺一颗", "胶东口音");
        fixtures().search(caseId);
        long reportId = fixtures()
                .report(SearchFixtures.unique("胎记"), "F", year - 40, 2, 160, "左脸颊胎记，门牙缺一颗", "胶东口音", "烟台市", 20);

        mvc.perform(get("/console/rescue/missing-reports/" + reportId).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixtures().column("cases", caseId, "number"))));
    }

    @Test
    void theDemoReportOfTheLongestStrandedManIsHisFirstCandidate() {
        var demoCase = jdbc.sql("select id from rescue.cases where demo and found_place = '新立河桥洞'")
                .query(Long.class)
                .optional();
        org.junit.jupiter.api.Assumptions.assumeTrue(demoCase.isPresent());

        var first = matching.reportsFor(searches.caseOf(demoCase.get()))
                .ranked()
                .get(0)
                .candidate();

        assertThat(first.missingName()).isEqualTo("邢长河");
        assertThat(first.demo()).isTrue();
    }
}
