package org.minzheng.eldercare.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Plans, dispatch, the caregiver's phone, the family's confirmation and the flags, against the real database. */
@IntegrationTest
@Transactional
class HomeServiceTests {

    static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        0x0D,
        0x0A,
        0x1A,
        0x0A,
        0,
        0,
        0,
        0x0D,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0,
        (byte) 0x90,
        'w',
        'S',
        (byte) 0xDE,
        0,
        0,
        0,
        0x0C,
        'I',
        'D',
        'A',
        'T',
        0x08,
        (byte) 0xD7,
        0x63,
        (byte) 0xF8,
        (byte) 0xCF,
        (byte) 0xC0,
        0,
        0,
        3,
        1,
        1,
        0,
        0x18,
        (byte) 0xDD,
        (byte) 0x8D,
        (byte) 0xB0,
        0,
        0,
        0,
        0,
        'I',
        'E',
        'N',
        'D',
        (byte) 0xAE,
        'B',
        0x60,
        (byte) 0x82
    };
    static final String MY_VISITS = "/console/eldercare/my-visits/";
    static final DataScope PENGLI = new DataScope(RegionCode.of("371602005000"));

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    ServicePlanning planning;

    @Autowired
    Dispatch dispatch;

    @Autowired
    VisitRepository visits;

    @Autowired
    VisitRecording recording;

    @Autowired
    MissedVisits missed;

    ServiceFixtures fixtures;
    long provider;
    ServiceFixtures.Caregiver caregiver;
    long elder;
    long bed;

    @BeforeEach
    void aBedWithAProviderAndACaregiver() {
        fixtures = new ServiceFixtures(jdbc, logins, cipher);
        provider = fixtures.provider(ServiceFixtures.PENGLI);
        caregiver = fixtures.caregiver(provider, true);
        elder = fixtures.elder(ServiceFixtures.PENGLI, 2, "13812345678");
        bed = fixtures.activeBed(elder, provider);
    }

    LocalDate today() {
        return planning.today();
    }

    long plannedAndDispatched() {
        planning.plan(YearMonth.from(today()), PENGLI, "test");
        long plan = fixtures.planOf(bed, today());
        dispatch.dispatchPlan(visits.plan(plan, PENGLI).orElseThrow(), caregiver.id(), "test");
        return plan;
    }

    /**
     * A visit of the plan on today: the planner spreads visits evenly over the days left, so on some days (the 1st of
     * a month, for one) none falls today, and then the plan's first visit is moved to today.
     */
    long todaysVisit(long plan) {
        long visit = jdbc.sql("""
                        select id from eldercare.visits where plan_id = :p
                        order by scheduled_on = :d desc, id limit 1
                        """)
                .param("p", plan)
                .param("d", today())
                .query(Long.class)
                .single();
        jdbc.sql("update eldercare.visits set scheduled_on = :d where id = :v")
                .param("d", today())
                .param("v", visit)
                .update();
        return visit;
    }

    @Test
    void theMonthIsPlannedFromThePackageOfTheElderLevelOverTheDaysLeftAndOnlyOnce() {
        int made = planning.plan(YearMonth.from(today()), PENGLI, "test");
        assertThat(made).isPositive();
        long plan = fixtures.planOf(bed, today());
        int daysLeft = today().lengthOfMonth() - today().getDayOfMonth() + 1;
        int expected =
                jdbc.sql("""
                        select sum(least(visits_per_month, :days)) from eldercare.service_packages where capability_level = 2
                        """).param("days", daysLeft).query(Integer.class).single();
        var rows = jdbc.sql(
                        "select item_id, scheduled_on, unit_price_fen, status from eldercare.visits where plan_id = :p")
                .param("p", plan)
                .query()
                .listOfRows();
        assertThat(rows).hasSize(expected);
        assertThat(rows).allSatisfy(row -> {
            LocalDate day = ((java.sql.Date) row.get("scheduled_on")).toLocalDate();
            assertThat(day).isBetween(today(), YearMonth.from(today()).atEndOfMonth());
            assertThat(row.get("status")).isEqualTo("PLANNED");
        });
        assertThat(rows.stream()
                        .map(r -> List.of(r.get("item_id"), r.get("scheduled_on")))
                        .distinct())
                .as("one item at most once a day")
                .hasSize(expected);
        long plannedFen = jdbc.sql("select planned_fen from eldercare.service_plans where id = :p")
                .param("p", plan)
                .query(Long.class)
                .single();
        assertThat(plannedFen)
                .isEqualTo(rows.stream()
                        .mapToLong(r -> ((Number) r.get("unit_price_fen")).longValue())
                        .sum());

        assertThat(planning.plan(YearMonth.from(today()), PENGLI, "test")).isZero();
        assertThatThrownBy(() -> planning.plan(YearMonth.from(today()).minusMonths(1), PENGLI, "test"))
                .isInstanceOf(ServiceRefusedException.class);
    }

    @Test
    void visitsGoOnlyToACaregiverOfTheBedsProvider() {
        planning.plan(YearMonth.from(today()), PENGLI, "test");
        PlanView plan = visits.plan(fixtures.planOf(bed, today()), PENGLI).orElseThrow();
        var stranger = fixtures.caregiver(fixtures.provider(ServiceFixtures.PENGLI), false);
        assertThatThrownBy(() -> dispatch.dispatchPlan(plan, stranger.id(), "test"))
                .isInstanceOf(ServiceRefusedException.class);
        assertThat(dispatch.dispatchPlan(plan, caregiver.id(), "test")).isEqualTo(plan.visits());
        assertThatThrownBy(() -> dispatch.dispatchPlan(plan, caregiver.id(), "test"))
                .isInstanceOf(ServiceRefusedException.class)
                .hasMessage("eldercare.dispatch.refused.nothing");
    }

    @Test
    void theCaregiverChecksInAndOutOnThePhoneAndTheElderRatesTheVisit() throws Exception {
        long visit = todaysVisit(plannedAndDispatched());
        var phone = logins.as(caregiver.username());
        mvc.perform(get("/console/eldercare/my-visits").with(phone))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/console/eldercare/my-visits/" + visit)));

        Instant arrived = Instant.now().minusSeconds(50 * 60);
        mvc.perform(multipart(MY_VISITS + visit + "/check-in")
                        .file(new MockMultipartFile("photo", "door.png", "image/png", PNG))
                        .param("tappedAt", arrived.toString())
                        .param("latitude", "37.381200")
                        .param("longitude", "118.012300")
                        .with(phone)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        VisitDetails started = visits.details(visit, PENGLI).orElseThrow();
        assertThat(started.status()).isEqualTo(VisitStatus.STARTED);
        assertThat(started.checkedInAt()).isCloseTo(arrived, within(1, ChronoUnit.MILLIS));
        assertThat(started.checkInLatitude()).isEqualByComparingTo("37.3812");

        mvc.perform(multipart(MY_VISITS + visit + "/check-out")
                        .param("record", "协助洗澡，更换床单。")
                        .with(phone)
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("请拍一张服务完成照片")));
        mvc.perform(multipart(MY_VISITS + visit + "/check-out")
                        .file(new MockMultipartFile("photo", "done.png", "image/png", PNG))
                        .param("record", "<script>alert(1)</script>")
                        .with(phone)
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(multipart(MY_VISITS + visit + "/check-out")
                        .file(new MockMultipartFile("photo", "done.txt", "image/png", "not a photo".getBytes()))
                        .param("record", "协助洗澡")
                        .with(phone)
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        assertThat(visits.details(visit, PENGLI).orElseThrow().status()).isEqualTo(VisitStatus.STARTED);

        mvc.perform(multipart(MY_VISITS + visit + "/check-out")
                        .file(new MockMultipartFile("photo", "done.png", "image/png", PNG))
                        .param("record", "协助洗澡，更换床单。")
                        .with(phone)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        VisitDetails done = visits.details(visit, PENGLI).orElseThrow();
        assertThat(done.status()).isEqualTo(VisitStatus.DONE);
        assertThat(done.minutes()).isBetween(49L, 51L);
        assertThat(visits.anomalies(visit)).isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from notification.sms_outbox where reference = :r and text like '%/care/confirm/%'")
                        .param("r", "visit-" + visit)
                        .query(Integer.class)
                        .single())
                .as("the family was texted a link")
                .isEqualTo(1);

        mvc.perform(post(MY_VISITS + visit + "/confirm")
                        .param("by", "ELDER")
                        .param("rating", "6")
                        .with(phone)
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post(MY_VISITS + visit + "/confirm")
                        .param("by", "ELDER")
                        .param("rating", "5")
                        .param("feedback", "很细心")
                        .with(phone)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        VisitDetails rated = visits.details(visit, PENGLI).orElseThrow();
        assertThat(rated.rating()).isEqualTo(5);
        assertThat(rated.confirmedBy()).isEqualTo("ELDER");
        assertThatThrownBy(() -> recording.confirm(rated, "FAMILY", 1, null))
                .isInstanceOf(ServiceRefusedException.class);
    }

    @Test
    void anotherCaregiverAndOtherRegionsCannotOpenTheVisit() throws Exception {
        long visit = todaysVisit(plannedAndDispatched());
        var other = fixtures.caregiver(provider, true);
        mvc.perform(get(MY_VISITS + visit).with(logins.as(other.username()))).andExpect(status().isNotFound());
        mvc.perform(multipart(MY_VISITS + visit + "/check-in")
                        .with(logins.as(other.username()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/eldercare/visits/" + visit).with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/eldercare/visits/" + visit).with(logins.as("lize")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/eldercare/visits/" + visit).with(logins.as("pengli")))
                .andExpect(status().isOk());
        mvc.perform(get("/console/eldercare/visits").with(logins.as(caregiver.username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/eldercare/my-visits").with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/eldercare/visits/" + visit + "/assign")
                        .param("caregiver", String.valueOf(caregiver.id()))
                        .with(logins.as("auditor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/eldercare/service-plans")
                        .param("month", YearMonth.from(today()).toString())
                        .with(logins.as("cunwei"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aShortVisitIsFlaggedAndPaidOnlyAfterAReviewFindsItValid() throws Exception {
        long plan = plannedAndDispatched();
        long visit = todaysVisit(plan);
        VisitDetails dispatched = visits.details(visit, PENGLI).orElseThrow();
        recording.checkIn(dispatched, Instant.now().minusSeconds(5 * 60).toString(), null, null);
        var findings =
                recording.checkOut(visits.details(visit, PENGLI).orElseThrow(), null, null, "陪老人聊天", photo(visit));
        assertThat(findings).extracting(VisitAnomalyRules.Finding::kind).containsExactly(AnomalyKind.TOO_SHORT);
        assertThat(visits.anomalies(visit)).extracting(AnomalyView::kind).containsExactly(AnomalyKind.TOO_SHORT);
        assertThat(MonthlySettlement.of(visits.charges(provider, YearMonth.from(today()), PENGLI))
                        .deliveredVisits())
                .isZero();

        mvc.perform(post("/console/eldercare/visits/" + visit + "/anomalies/TOO_SHORT")
                        .param("valid", "true")
                        .param("note", "<b>x</b>")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(visits.anomalies(visit).get(0).open())
                .as("a marked-up note is refused")
                .isTrue();
        mvc.perform(post("/console/eldercare/visits/" + visit + "/anomalies/TOO_SHORT")
                        .param("valid", "true")
                        .param("note", "电话回访老人，确认服务到位")
                        .with(logins.as("pengli"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/eldercare/visits/" + visit + "/anomalies/TOO_SHORT")
                        .param("valid", "true")
                        .param("note", "电话回访老人，确认服务到位")
                        .with(logins.as("bincheng"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(visits.anomalies(visit).get(0).reviewValid()).isTrue();
        var settlement = MonthlySettlement.of(visits.charges(provider, YearMonth.from(today()), PENGLI));
        assertThat(settlement.deliveredVisits()).isEqualTo(1);
        assertThat(settlement.payableFen()).isEqualTo(dispatched.unitPriceFen());
    }

    @Test
    void aCheckOutReportedBeforeTheCheckInIsFlagged() {
        long visit = todaysVisit(plannedAndDispatched());
        recording.checkIn(visits.details(visit, PENGLI).orElseThrow(), null, null, null);
        var findings = recording.checkOut(
                visits.details(visit, PENGLI).orElseThrow(),
                Instant.now().minusSeconds(30 * 60).toString(),
                null,
                "助洁",
                photo(visit));
        assertThat(findings)
                .extracting(VisitAnomalyRules.Finding::kind)
                .containsExactly(AnomalyKind.CHECK_OUT_BEFORE_CHECK_IN);
    }

    @Test
    void twoHomesAtOnceFlagBothVisitsAsOverlapping() {
        long first = todaysVisit(plannedAndDispatched());
        long secondBed = fixtures.activeBed(fixtures.elder(ServiceFixtures.PENGLI, 1, null), provider);
        long secondPlan = jdbc.sql("""
                        insert into eldercare.service_plans (bed_id, month, region_code, provider_id, capability_level,
                                                             planned_fen, created_by)
                        select id, :m, region_code, provider_id, 1, 1500, 'test' from eldercare.beds where id = :b
                        returning id
                        """)
                .param("m", YearMonth.from(today()).atDay(1))
                .param("b", secondBed)
                .query(Long.class)
                .single();
        long second = fixtures.pastVisit(secondPlan, "DISPATCHED", caregiver.id(), 1500, today());
        Instant now = Instant.now();
        recording.checkIn(
                visits.details(first, PENGLI).orElseThrow(),
                now.minusSeconds(90 * 60).toString(),
                null,
                null);
        recording.checkOut(
                visits.details(first, PENGLI).orElseThrow(),
                now.minusSeconds(20 * 60).toString(),
                null,
                "助浴",
                photo(first));
        recording.checkIn(
                visits.details(second, PENGLI).orElseThrow(),
                now.minusSeconds(60 * 60).toString(),
                null,
                null);
        var findings =
                recording.checkOut(visits.details(second, PENGLI).orElseThrow(), null, null, "助洁", photo(second));
        assertThat(findings).extracting(VisitAnomalyRules.Finding::kind).containsExactly(AnomalyKind.OVERLAP);
        assertThat(visits.anomalies(first)).extracting(AnomalyView::kind).containsExactly(AnomalyKind.OVERLAP);
        assertThat(visits.anomalies(first).get(0).otherVisitId()).isEqualTo(second);
        assertThat(visits.anomalies(second).get(0).minutes()).isEqualTo(40);
    }

    @Test
    void visitsOfPastDaysWithoutACheckInBecomeMissed() {
        long plan = plannedAndDispatched();
        long late = fixtures.pastVisit(plan, "DISPATCHED", caregiver.id(), 4000, today().minusDays(1));
        assertThat(missed.flagMissed()).isPositive();
        assertThat(visits.details(late, PENGLI).orElseThrow().status()).isEqualTo(VisitStatus.MISSED);
        assertThat(visits.anomalies(late)).extracting(AnomalyView::kind).containsExactly(AnomalyKind.MISSED);
    }

    @Test
    void theFamilyConfirmsFromTheTextedLinkOnce() throws Exception {
        long visit = todaysVisit(plannedAndDispatched());
        recording.checkIn(
                visits.details(visit, PENGLI).orElseThrow(),
                Instant.now().minusSeconds(3600).toString(),
                null,
                null);
        recording.checkOut(visits.details(visit, PENGLI).orElseThrow(), null, null, "助浴完成", photo(visit));
        String text = jdbc.sql("select text from notification.sms_outbox where reference = :r")
                .param("r", "visit-" + visit)
                .query(String.class)
                .single();
        String link = text.substring(text.indexOf("/care/confirm/"));
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("助浴完成")));
        mvc.perform(get("/care/confirm/" + "0".repeat(32))).andExpect(status().isNotFound());
        mvc.perform(get("/care/confirm/<script>")).andExpect(status().isNotFound());
        mvc.perform(post(link).param("by", "FAMILY").with(csrf())).andExpect(status().isUnprocessableEntity());
        mvc.perform(post(link).param("by", "FAMILY").param("rating", "4").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("谢谢")));
        VisitDetails rated = visits.details(visit, PENGLI).orElseThrow();
        assertThat(rated.rating()).isEqualTo(4);
        assertThat(rated.confirmedBy()).isEqualTo("FAMILY");
        mvc.perform(post(link).param("by", "FAMILY").param("rating", "1").with(csrf()))
                .andExpect(status().isConflict());
        assertThat(visits.details(visit, PENGLI).orElseThrow().rating()).isEqualTo(4);
    }

    @Test
    void staffPagesListPlanAndFilterVisitsAndExport() throws Exception {
        long plan = plannedAndDispatched();
        String month = YearMonth.from(today()).toString();
        mvc.perform(get("/console/eldercare/service-plans")
                        .param("month", month)
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/console/eldercare/service-plans/" + plan)));
        mvc.perform(get("/console/eldercare/service-plans/" + plan).with(logins.as("pengli")))
                .andExpect(status().isOk());
        mvc.perform(get("/console/eldercare/service-plans/" + plan).with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/eldercare/visits")
                        .param("month", month)
                        .param("flagged", "true")
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk());
        mvc.perform(get("/console/eldercare/visits")
                        .param("month", "2026-13")
                        .param("status", "<script>")
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk());
        mvc.perform(get("/console/eldercare/visits/export")
                        .param("month", month)
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentTypeCompatibleWith(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    org.minzheng.attachment.Upload photo(long visit) {
        return new org.minzheng.attachment.Upload(
                "done.png",
                new java.io.ByteArrayInputStream(PNG),
                PNG.length,
                VisitRecording.CHECK_OUT_PHOTOS,
                String.valueOf(visit));
    }
}
