package org.minzheng.assistance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.assistance.casework.CaseFixtures.LIZE_VILLAGE;
import static org.minzheng.assistance.casework.CaseFixtures.freshKey;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.AssistanceCaseApproved;
import org.minzheng.assistance.AssistanceCaseMoved;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.NewCase;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.meanstest.AssetKind;
import org.minzheng.assistance.meanstest.HouseholdMeans;
import org.minzheng.assistance.meanstest.IncomeKind;
import org.minzheng.assistance.meanstest.MeansTestResult;
import org.minzheng.notification.outbox.DevelopmentGateway;
import org.minzheng.notification.outbox.SmsDispatcher;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.calendar.WorkingDayCalendar;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The procedure after acceptance on the real database, through the services the pages call: visit
 * and means test, notice and objections, the county's decision, enrolment after commit, the fast
 * track of 临时救助, transfers. Each step commits (enrolment listens after commit), so the cases made
 * here are removed afterwards together with what their enrolment created.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseProcedureTests {

    static final DataScope LIZE = new DataScope(RegionCode.of("371602012"));
    static final DataScope BINCHENG = new DataScope(RegionCode.of("371602"));
    static final DataScope PENGLI = new DataScope(RegionCode.of("371602005"));
    static final RegionCode PENGLI_COMMUNITY = RegionCode.of("371602005001");

    @Autowired
    CaseService cases;

    @Autowired
    CaseHandling handling;

    @Autowired
    HomeVisits visits;

    @Autowired
    CaseReview review;

    @Autowired
    FastTrack fastTrack;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    DevelopmentGateway gateway;

    @Autowired
    ApplicationEvents events;

    private final List<CaseNumber> made = new ArrayList<>();
    private final LocalDate today = LocalDate.now(CaseService.CHINA);

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        gateway.switchDown(false);
        for (CaseNumber number : made) {
            List<Long> households = jdbc.sql("select household_id from assistance.recipients where case_number = ?")
                    .param(number.value())
                    .query(Long.class)
                    .list();
            jdbc.sql("delete from assistance.recipients where case_number = ?")
                    .param(number.value())
                    .update();
            for (Long household : households) {
                jdbc.sql("delete from registry.persons where household_id = ?")
                        .param(household)
                        .update();
                jdbc.sql("delete from registry.households where id = ?")
                        .param(household)
                        .update();
            }
            jdbc.sql("delete from assistance.cases where number = ?")
                    .param(number.value())
                    .update();
        }
    }

    @Test
    void aDibaoCaseGoesFromVisitThroughNoticeToConfirmationAndEnrolment() {
        String headId = idBorn(1956);
        CaseNumber number = submit(Programme.DIBAO, headId);
        accept(number);

        logins.signIn("cunwei");
        MeansTestResult result = visits.complete(number, 1, HomeVisitRepository.NONE, widowAndSon(headId), LIZE, today);
        assertThat(result.eligible()).isTrue();
        assertThat(result.perCapitaFen()).isEqualTo(250_00L);
        assertThat(result.amountFen()).isEqualTo(1_140_00L);
        assertThat(status(number)).isEqualTo("INVESTIGATED");

        logins.signIn("lize");
        review.postNotice(number, 2, "经调查，家庭人均收入低于低保标准，拟纳入低保", LIZE, today);
        assertThat(status(number)).isEqualTo("ON_NOTICE");
        Map<String, Object> notice = caseRow(number);
        assertThat(notice.get("notice_until").toString())
                .isEqualTo(today.plusDays(6).toString());
        assertThat(notice.get("deadline").toString())
                .isEqualTo(calendar.plusWorkingDays(today.plusDays(6), 10).toString());
        assertThat(sms(number, "assistance.case.notice"))
                .contains(today.plusDays(6).toString());

        logins.signIn("bincheng");
        assertThatThrownBy(() -> review.confirm(number, 3, BINCHENG, today))
                .isInstanceOf(CaseRefused.class)
                .extracting("messageKey")
                .isEqualTo("assistance.refused.noticeRunning");

        LocalDate afterNotice = today.plusDays(7);
        review.confirm(number, 3, BINCHENG, afterNotice);
        awaitStatus(number, "ENROLLED");

        YearMonth start = YearMonth.from(afterNotice).plusMonths(1);
        assertThat(status(number)).isEqualTo("ENROLLED");
        assertThat(caseRow(number)).containsEntry("approved_fen", 1_140_00L);
        Map<String, Object> recipient = jdbc.sql(
                        "select amount_fen, start_month, status, review_cycle from assistance.recipients where case_number = ?")
                .param(number.value())
                .query()
                .singleRow();
        assertThat(recipient).containsEntry("amount_fen", 1_140_00L).containsEntry("status", "ACTIVE");
        assertThat(recipient.get("start_month").toString())
                .isEqualTo(start.atDay(1).toString());
        assertThat(recipient.get("review_cycle"))
                .as("a son of working age able to work")
                .isEqualTo("HALF_YEARLY");
        assertThat(jdbc.sql("""
                        select h.categories::text from registry.households h
                        join assistance.recipients r on r.household_id = h.id where r.case_number = ?""").param(number.value()).query(String.class).single())
                .contains("dibao");
        assertThat(sms(number, "assistance.case.approved"))
                .contains("¥1,140.00")
                .contains(start.getYear() + "年" + start.getMonthValue() + "月");
        assertThat(steps(number))
                .containsExactly("SUBMITTED", "ACCEPTED", "INVESTIGATED", "ON_NOTICE", "CONFIRMED", "ENROLLED");
        // ENROLLED is published on the enrolment listener's thread, which the test's event recorder sees
        // only when that pool thread happened to be started by this test; the history row above proves it
        assertThat(events.stream(AssistanceCaseMoved.class)
                        .filter(moved -> moved.number().equals(number))
                        .map(moved -> moved.step().name())
                        .filter(step -> !step.equals("ENROLLED")))
                .containsExactly("ACCEPTED", "INVESTIGATED", "ON_NOTICE", "CONFIRMED");
        assertThat(jdbc.sql("""
                        select count(*) from event_publication
                        where event_type = ? and serialized_event like ? and completion_date is not null""")
                        .param(AssistanceCaseApproved.class.getName())
                        .param("%" + number.value() + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(audit(number))
                .contains(
                        "assistance.case.accept",
                        "assistance.case.visit",
                        "assistance.case.investigate",
                        "assistance.case.post-notice",
                        "assistance.case.confirm",
                        "assistance.case.enrol");
    }

    @Test
    void anUpheldObjectionSendsTheCaseBackToInvestigationWithTheLongerDeadline() {
        CaseNumber number = onNotice();

        review.recordObjection(number, "村民张某", "申请人儿子在外打工收入较高", today, LIZE, today);
        logins.signIn("bincheng");
        assertThatThrownBy(() -> review.confirm(number, 3, BINCHENG, today.plusDays(7)))
                .isInstanceOf(CaseRefused.class)
                .extracting("messageKey")
                .isEqualTo("assistance.refused.openObjection");

        logins.signIn("lize");
        long objection = objectionOf(number);
        review.resolveObjection(number, 3, objection, true, "经核实儿子月收入3000元，重新调查", LIZE, today);

        assertThat(status(number)).isEqualTo("ACCEPTED");
        LocalDate accepted = ((java.sql.Timestamp) caseRow(number).get("accepted_at"))
                .toInstant()
                .atZone(CaseService.CHINA)
                .toLocalDate();
        assertThat(caseRow(number).get("final_deadline").toString())
                .isEqualTo(calendar.plusWorkingDays(accepted, 45).toString());
        StoredCase stored = storedCase(number);
        assertThat(visits.find(stored).orElseThrow().stored().completedAt()).isNull();
        assertThat(HomeVisits.open(stored)).isTrue();
    }

    @Test
    void aDismissedObjectionLetsTheCountyRefuseWithAReasonToldByText() {
        CaseNumber number = onNotice();
        review.recordObjection(number, "", "怀疑有车", today, LIZE, today);
        long objection = objectionOf(number);
        review.resolveObjection(number, 3, objection, false, "核实车辆已报废", LIZE, today);
        assertThat(status(number)).isEqualTo("ON_NOTICE");

        logins.signIn("bincheng");
        review.refuse(number, 3, "抽查发现家庭有经营性收入未申报", BINCHENG, today.plusDays(7));

        assertThat(status(number)).isEqualTo("REFUSED");
        assertThat(sms(number, "assistance.case.refused")).contains("抽查发现家庭有经营性收入未申报");
        assertThat(jdbc.sql("select count(*) from assistance.recipients where case_number = ?")
                        .param(number.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void temporaryAssistanceIsPaidFirstWithinTheLimitAndCompletedAfterwards() {
        String headId = idBorn(1980);
        CaseNumber number = submit(Programme.TEMPORARY, headId);
        logins.signIn("lize");

        assertThatThrownBy(() -> fastTrack.advance(number, 0, 5_000_00L, HukouType.RURAL, "火灾", LIZE, today))
                .isInstanceOf(CaseRefused.class)
                .extracting("messageKey")
                .isEqualTo("assistance.refused.advanceAmount");
        fastTrack.advance(number, 0, 800_00L, HukouType.RURAL, "房屋失火，急需生活费", LIZE, today);
        awaitRecipient(number);

        assertThat(status(number)).isEqualTo("ADVANCED");
        Map<String, Object> grant = jdbc.sql(
                        "select kind, amount_fen, status from assistance.recipients where case_number = ?")
                .param(number.value())
                .query()
                .singleRow();
        assertThat(grant).containsEntry("kind", "ONE_OFF").containsEntry("amount_fen", 800_00L);
        assertThat(sms(number, "assistance.case.advanced")).contains("¥800.00");

        HomeVisit visit = new HomeVisit(
                HukouType.RURAL,
                "里则街村3排5号",
                today,
                "张三 李四",
                List.of(new HomeVisit.Member("测试申请人", IdNumber.parse(headId), "02", WorkAbility.FULL)),
                List.of(),
                List.of(),
                List.of(),
                800_00L,
                "邻居证实失火",
                null,
                null);
        visits.complete(number, 1, HomeVisitRepository.NONE, visit, LIZE, today);

        assertThat(status(number)).isEqualTo("ENROLLED");
        assertThat(steps(number)).containsExactly("SUBMITTED", "ADVANCED", "ENROLLED");
    }

    @Test
    void temporaryAssistanceHasNoNoticeAndIsApprovedOnTheInvestigation() {
        String headId = idBorn(1980);
        CaseNumber number = submit(Programme.TEMPORARY, headId);
        accept(number);
        logins.signIn("lize");
        HomeVisit visit = new HomeVisit(
                HukouType.RURAL,
                "里则街村",
                today,
                "张三、李四",
                List.of(new HomeVisit.Member("测试申请人", IdNumber.parse(headId), "02", WorkAbility.FULL)),
                List.of(new HouseholdMeans.Income(IncomeKind.WAGES, "务工", 12_000_00L)),
                List.of(),
                List.of(),
                2_000_00L,
                null,
                null,
                null);
        visits.complete(number, 1, HomeVisitRepository.NONE, visit, LIZE, today);
        assertThatThrownBy(() -> review.postNotice(number, 2, "拟救助", LIZE, today))
                .isInstanceOf(CaseRefused.class)
                .extracting("messageKey")
                .isEqualTo("assistance.refused.noNotice");

        logins.signIn("bincheng");
        review.confirm(number, 2, BINCHENG, today);
        awaitStatus(number, "ENROLLED");
        assertThat(caseRow(number).get("start_month").toString())
                .isEqualTo(YearMonth.from(today).atDay(1).toString());
        assertThat(sms(number, "assistance.case.approved")).contains("¥2,000.00");
    }

    @Test
    void aVisitSavedByTwoCaseworkersOnTheSameVersionKeepsTheFirstAndRefusesTheSecond() {
        String headId = idBorn(1956);
        CaseNumber number = submit(Programme.DIBAO, headId);
        accept(number);
        logins.signIn("cunwei");
        visits.save(number, HomeVisitRepository.NONE, widowAndSon(headId), LIZE, today);

        HomeVisit other = new HomeVisit(
                HukouType.URBAN,
                "别的地址",
                today,
                "王五",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null);
        visits.save(number, 0, widowAndSon(headId), LIZE, today);
        assertThatThrownBy(() -> visits.save(number, 0, other, LIZE, today))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> visits.save(number, HomeVisitRepository.NONE, other, LIZE, today))
                .isInstanceOf(OptimisticLockingFailureException.class);

        HomeVisits.Recorded saved = visits.find(storedCase(number)).orElseThrow();
        assertThat(saved.stored().version()).isEqualTo(1);
        assertThat(saved.visit().address()).isEqualTo("里则街村3排5号");
        assertThat(saved.visit().members().get(0).idNumber().value()).isEqualTo(headId);
        assertThat(jdbc.sql("select document::text from assistance.home_visits v join assistance.cases c"
                                + " on c.id = v.case_id where c.number = ?")
                        .param(number.value())
                        .query(String.class)
                        .single())
                .as("ID numbers are stored encrypted")
                .doesNotContain(headId);
    }

    @Test
    void completingNeedsAHeadTwoInvestigatorsAndAVisitDate() {
        String headId = idBorn(1956);
        CaseNumber number = submit(Programme.DIBAO, headId);
        accept(number);
        logins.signIn("lize");
        HomeVisit oneInvestigator = new HomeVisit(
                HukouType.RURAL,
                "里则街村",
                today,
                "张三",
                widowAndSon(headId).members(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null);
        HomeVisit noHead = new HomeVisit(
                HukouType.RURAL,
                "里则街村",
                today,
                "张三 李四",
                List.of(new HomeVisit.Member("测试申请人", IdNumber.parse(headId), "10", WorkAbility.NONE)),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> visits.complete(number, 1, HomeVisitRepository.NONE, oneInvestigator, LIZE, today))
                .extracting("messageKey")
                .isEqualTo("assistance.visit.refused.investigators");
        assertThatThrownBy(() -> visits.complete(number, 1, HomeVisitRepository.NONE, noHead, LIZE, today))
                .extracting("messageKey")
                .isEqualTo("assistance.visit.refused.head");
        assertThat(status(number)).isEqualTo("ACCEPTED");
    }

    @Test
    void aTransferMovesTheCaseToTheOtherTownshipWithAFreshDeadline() {
        CaseNumber number = submit(Programme.DIBAO, idBorn(1970));
        logins.signIn("lize");

        assertThatThrownBy(() -> handling.transfer(number, 0, RegionCode.of("371602012202"), "错报", LIZE, today))
                .extracting("messageKey")
                .isIn("assistance.refused.transferSameTownship", "assistance.refused.transferTarget");
        handling.transfer(number, 0, PENGLI_COMMUNITY, "户籍在彭李街道", LIZE, today);

        assertThat(caseRow(number)).containsEntry("village_code", PENGLI_COMMUNITY.value());
        assertThat(caseRow(number)).containsEntry("status", "SUBMITTED");
        assertThat(steps(number)).containsExactly("SUBMITTED", "TRANSFERRED");
        assertThatThrownBy(() -> handling.view(number, LIZE)).hasMessageContaining("assistance case");
        assertThat(handling.view(number, PENGLI).stored().village()).isEqualTo(PENGLI_COMMUNITY);
        assertThat(sms(number, "assistance.case.transferred")).contains("彭李");
    }

    @Test
    void aReturnedCaseWaitsForAcceptanceAgainOnceTheMaterialArrives() {
        CaseNumber number = submit(Programme.DIBAO, idBorn(1970));
        logins.signIn("lize");
        handling.returnForMaterial(number, 0, "户口簿复印件", LIZE);

        handling.resume(number, 1, "已补交户口簿复印件", LIZE, today);

        assertThat(status(number)).isEqualTo("SUBMITTED");
        assertThat(caseRow(number).get("deadline").toString())
                .isEqualTo(calendar.plusWorkingDays(today, 3).toString());
    }

    @Test
    void aVillageAssistantCannotConfirmAndATownshipCannotSeeAnotherTownshipsCase() {
        String headId = idBorn(1956);
        CaseNumber number = submit(Programme.DIBAO, headId);
        accept(number);

        logins.signIn("cunwei");
        assertThatThrownBy(() -> review.confirm(number, 1, LIZE, today)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.postNotice(number, 1, "x", LIZE, today))
                .isInstanceOf(AccessDeniedException.class);
        logins.signIn("pengli");
        assertThatThrownBy(() -> visits.save(number, HomeVisitRepository.NONE, widowAndSon(headId), PENGLI, today))
                .hasMessageContaining("assistance case");
        logins.signIn("bincheng");
        assertThatThrownBy(() -> visits.save(number, HomeVisitRepository.NONE, widowAndSon(headId), BINCHENG, today))
                .as("the county confirms, it does not record visits")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void textsWaitWhileTheGatewayIsDownAndGoOutWhenItIsBack() {
        CaseNumber number = submit(Programme.DIBAO, idBorn(1970));
        gateway.switchDown(true);
        accept(number);

        dispatcher.dispatchDue();
        assertThat(smsStatus(number, "assistance.case.accepted")).isEqualTo("RETRYING");

        gateway.switchDown(false);
        jdbc.sql(
                        "update notification.sms_outbox set next_attempt_at = now() where reference = ? and status = 'RETRYING'")
                .param(number.value())
                .update();
        dispatcher.dispatchDue();
        assertThat(smsStatus(number, "assistance.case.accepted")).isEqualTo("SENT");
    }

    @Test
    void theCountyDecidesWithinTenWorkingDaysAfterTheNoticeEvenOverTheNationalDay() {
        LocalDate noticeUntil = LocalDate.of(2026, 9, 30);
        CaseDeadlines deadlines = new CaseDeadlines(calendar);

        LocalDate due = deadlines.countyDue(noticeUntil, Programme.DIBAO);

        assertThat(calendar.workingDaysBetween(noticeUntil, due)).isEqualTo(10);
        assertThat(due).isAfter(LocalDate.of(2026, 10, 14));
        assertThat(CaseDeadlines.noticeUntil(LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(deadlines.finalDue(LocalDate.of(2026, 9, 28)))
                .isEqualTo(calendar.plusWorkingDays(LocalDate.of(2026, 9, 28), 30));
    }

    private CaseNumber submit(Programme programme, String idNumber) {
        CaseNumber number = cases.submit(
                new NewCase(
                        LIZE_VILLAGE,
                        programme,
                        "测试申请人",
                        IdNumber.parse(idNumber),
                        new PhoneNumber(CaseFixtures.PHONE),
                        2,
                        "丈夫去世，本人患病",
                        List.of(),
                        Channel.WALK_IN,
                        "lize"),
                freshKey());
        made.add(number);
        return number;
    }

    /** A 低保 case of a widow and her son, visited and on notice since today, signed in as the township. */
    private CaseNumber onNotice() {
        String headId = idBorn(1956);
        CaseNumber number = submit(Programme.DIBAO, headId);
        accept(number);
        logins.signIn("lize");
        visits.complete(number, 1, HomeVisitRepository.NONE, widowAndSon(headId), LIZE, today);
        review.postNotice(number, 2, "拟纳入低保", LIZE, today);
        return number;
    }

    private long objectionOf(CaseNumber number) {
        return jdbc.sql("select o.id from assistance.objections o join assistance.cases c on c.id = o.case_id"
                        + " where c.number = ?")
                .param(number.value())
                .query(Long.class)
                .single();
    }

    private void accept(CaseNumber number) {
        logins.signIn("cunwei");
        handling.accept(number, 0, LIZE, today);
    }

    /** A widow of 70 living with her son of working age who earns ¥6,000 a year; ¥10,000 in the bank. */
    private HomeVisit widowAndSon(String headId) {
        return new HomeVisit(
                HukouType.RURAL,
                "里则街村3排5号",
                today,
                "张三、李四",
                List.of(
                        new HomeVisit.Member("测试申请人", IdNumber.parse(headId), "02", WorkAbility.NONE),
                        new HomeVisit.Member("测试儿子", IdNumber.parse(idBorn(1990)), "20", WorkAbility.PARTIAL)),
                List.of(new HouseholdMeans.Income(IncomeKind.WAGES, "儿子打零工", 6_000_00L)),
                List.of(new HouseholdMeans.Asset(AssetKind.DEPOSIT, "银行存款", 10_000_00L, false)),
                List.of(),
                null,
                "邻居反映家庭困难属实",
                "无其他赡养人",
                null);
    }

    /** A made-up ID number (address code 371627, used by no demo data) of someone born in that year. */
    private static String idBorn(int year) {
        String first17 = String.format(
                "371627%04d0615%03d",
                year, java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    /** Enrolment runs asynchronously after the approval commits. */
    private void awaitStatus(CaseNumber number, String expected) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(number))
                .isEqualTo(expected));
    }

    private void awaitRecipient(CaseNumber number) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        jdbc.sql("select count(*) from assistance.recipients where case_number = ?")
                                .param(number.value())
                                .query(Long.class)
                                .single())
                .isEqualTo(1));
    }

    private String actorOf(CaseNumber number, String step) {
        return jdbc.sql("select s.actor from assistance.case_steps s join assistance.cases c on c.id = s.case_id"
                        + " where c.number = ? and s.status = ?")
                .param(number.value())
                .param(step)
                .query(String.class)
                .single();
    }

    private String status(CaseNumber number) {
        return caseRow(number).get("status").toString();
    }

    private Map<String, Object> caseRow(CaseNumber number) {
        return jdbc.sql("select * from assistance.cases where number = ?")
                .param(number.value())
                .query()
                .singleRow();
    }

    private StoredCase storedCase(CaseNumber number) {
        return handling.view(number, BINCHENG).stored();
    }

    private List<String> steps(CaseNumber number) {
        return jdbc.sql("select s.status from assistance.case_steps s join assistance.cases c on c.id = s.case_id"
                        + " where c.number = ? order by s.at, s.id")
                .param(number.value())
                .query(String.class)
                .list();
    }

    private List<String> audit(CaseNumber number) {
        return jdbc.sql("select action from audit.audit_entries where target_id = ?")
                .param(number.value())
                .query(String.class)
                .list();
    }

    private String sms(CaseNumber number, String purpose) {
        return outbox(number, purpose).get("text").toString();
    }

    private String smsStatus(CaseNumber number, String purpose) {
        return outbox(number, purpose).get("status").toString();
    }

    private Map<String, Object> outbox(CaseNumber number, String purpose) {
        return jdbc.sql("select text, status from notification.sms_outbox where reference = ? and purpose = ?")
                .param(number.value())
                .param(purpose)
                .query()
                .singleRow();
    }
}
