package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.NewCase;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.meanstest.AssetKind;
import org.minzheng.assistance.meanstest.ExpenseKind;
import org.minzheng.assistance.meanstest.HouseholdMeans;
import org.minzheng.assistance.meanstest.IncomeKind;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * DEMO DATA. Sixteen made-up cases (marked demo) in 里则街道 and 彭李街道 at every stage of the
 * procedure, so the inbox, the dashboard and the recipients register have something to show. They go
 * through the same services as real cases, acting as the demo accounts of each tier, and are then
 * aged by some days so that deadlines run out and notices end as they would have.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final RegionCode LIZE = RegionCode.of("371602012000");
    private static final RegionCode PENGLI = RegionCode.of("371602005000");
    private static final List<String> STAFF_PERMISSIONS = List.of(
            Permissions.VIEW, Permissions.HANDLE, Permissions.INVESTIGATE, Permissions.REVIEW, Permissions.CONFIRM);

    private final CaseService cases;
    private final CaseRepository repository;
    private final CaseHandling handling;
    private final HomeVisits visits;
    private final CaseReview review;
    private final FastTrack fastTrack;
    private final CaseDeadlines deadlines;
    private final Regions regions;
    private final JdbcClient jdbc;
    private final Random random = new Random(2022);

    DemoCases(
            CaseService cases,
            CaseRepository repository,
            CaseHandling handling,
            HomeVisits visits,
            CaseReview review,
            FastTrack fastTrack,
            CaseDeadlines deadlines,
            Regions regions,
            JdbcClient jdbc) {
        this.cases = cases;
        this.repository = repository;
        this.handling = handling;
        this.visits = visits;
        this.review = review;
        this.fastTrack = fastTrack;
        this.deadlines = deadlines;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from assistance.cases where demo)")
                .query(Boolean.class)
                .single();
        List<RegionCode> lize = villagesOf(LIZE);
        List<RegionCode> pengli = villagesOf(PENGLI);
        if (loaded || lize.isEmpty() || pengli.isEmpty()) {
            return;
        }
        try {
            Stage[] lizeStages = {
                Stage.SUBMITTED, Stage.SUBMITTED, Stage.SUBMITTED, Stage.RETURNED, Stage.ACCEPTED, Stage.DRAFT,
                Stage.INVESTIGATED, Stage.ON_NOTICE, Stage.OBJECTION, Stage.ENROLLED, Stage.ENROLLED, Stage.ADVANCED
            };
            Programme[] lizeProgrammes = {
                Programme.DIBAO,
                Programme.TEKUN,
                Programme.TEMPORARY,
                Programme.DIBAO,
                Programme.DIBAO,
                Programme.DIBAO,
                Programme.DIBAO,
                Programme.TEKUN,
                Programme.DIBAO,
                Programme.DIBAO,
                Programme.TEKUN,
                Programme.TEMPORARY
            };
            int[] lizeAges = {1, 6, 0, 3, 2, 4, 8, 10, 9, 25, 30, 1};
            String[] lizeNames = {"王秀英", "张玉兰", "刘建军", "李桂香", "赵国庆", "孙凤英", "陈志刚", "周淑珍", "吴长友", "郑秀兰", "冯德明", "马金花"};
            for (int i = 0; i < lizeStages.length; i++) {
                make(
                        lizeNames[i],
                        lizeProgrammes[i],
                        lize.get(i % lize.size()),
                        lizeStages[i],
                        lizeAges[i],
                        "lize",
                        LIZE);
            }
            make("杨丽华", Programme.DIBAO, pengli.get(0), Stage.SUBMITTED, 2, "pengli", PENGLI);
            make("高振华", Programme.DIBAO, pengli.get(1 % pengli.size()), Stage.NOTICE_OVER, 12, "pengli", PENGLI);
            make("何秀云", Programme.DIBAO, pengli.get(2 % pengli.size()), Stage.REFUSED, 20, "pengli", PENGLI);
            make("韩立新", Programme.TEMPORARY, pengli.get(3 % pengli.size()), Stage.ENROLLED, 15, "pengli", PENGLI);
        } finally {
            SecurityContextHolder.clearContext();
        }
        awaitEnrolments();
        log.info("Filed 16 generated demo cases in 里则街道 and 彭李街道");
    }

    /**
     * Enrolment follows approval asynchronously; the demo loaders after this one (bank accounts) need
     * the recipients, so startup waits a few seconds for them.
     */
    private void awaitEnrolments() {
        for (int attempt = 0; attempt < 100; attempt++) {
            long waiting = jdbc.sql("select count(*) from assistance.cases where demo and status = 'CONFIRMED'")
                    .query(Long.class)
                    .single();
            if (waiting == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("Demo enrolments still running after 10 s");
    }

    private void make(
            String name,
            Programme programme,
            RegionCode village,
            Stage stage,
            int ageDays,
            String township,
            RegionCode townshipCode) {
        DataScope local = new DataScope(townshipCode.ancestorAt(RegionLevel.TOWNSHIP));
        DataScope county = new DataScope(RegionCode.of("371602"));
        SecurityContextHolder.clearContext();
        String head = idNumber(1940 + random.nextInt(50));
        Channel channel = random.nextBoolean() ? Channel.PORTAL : Channel.WALK_IN;
        NewCase application = new NewCase(
                village,
                programme,
                name,
                IdNumber.parse(head),
                new PhoneNumber(String.format("1390543%04d", random.nextInt(10_000))),
                2,
                reason(programme),
                List.of(),
                channel,
                channel == Channel.PORTAL ? null : township);
        CaseNumber number = cases.submit(application, "demo-" + name + "-" + programme);
        jdbc.sql("update assistance.cases set demo = true where number = :n")
                .param("n", number.value())
                .update();
        LocalDate today = LocalDate.now(CaseService.CHINA);
        actAs(township, townshipCode);
        switch (stage) {
            case SUBMITTED -> {}
            case RETURNED -> handling.returnForMaterial(number, 0, "户口簿复印件、近6个月收入证明", local);
            case ADVANCED -> fastTrack.advance(number, 0, 800_00L, HukouType.RURAL, "房屋失火，急需生活费", local, today);
            case ACCEPTED -> handling.accept(number, 0, local, today);
            default -> {
                handling.accept(number, 0, local, today);
                HomeVisit visit = visitOf(name, head, programme, today);
                if (stage == Stage.DRAFT) {
                    visits.save(number, HomeVisitRepository.NONE, visit, local, today);
                } else {
                    visits.complete(number, 1, HomeVisitRepository.NONE, visit, local, today);
                    if (programme != Programme.TEMPORARY && stage.noticed()) {
                        review.postNotice(number, 2, "经入户调查，家庭人均收入低于当地标准，拟同意", local, today);
                    }
                    if (stage == Stage.OBJECTION) {
                        review.recordObjection(number, "", "反映申请人子女有稳定收入", today, local, today);
                    }
                }
            }
        }
        age(number, ageDays);
        if (stage == Stage.ENROLLED || stage == Stage.REFUSED) {
            actAs("bincheng", RegionCode.of("371602"));
            long version = programme == Programme.TEMPORARY ? 2 : 3;
            if (stage == Stage.ENROLLED) {
                review.confirm(number, version, county, today);
            } else {
                review.refuse(number, version, "抽查发现家庭有未申报的经营收入", county, today);
            }
        }
    }

    /**
     * Moves the whole case back by some days, as if filed then: times, notice and deadlines, the
     * deadlines counted again in working days from the moved dates.
     */
    private void age(CaseNumber number, int days) {
        if (days == 0) {
            return;
        }
        jdbc.sql("""
                        update assistance.case_steps set at = at - make_interval(days => :days)
                        where case_id = (select id from assistance.cases where number = :n)
                        """).param("days", days).param("n", number.value()).update();
        jdbc.sql("""
                        update assistance.cases
                        set submitted_at = submitted_at - make_interval(days => :days),
                            accepted_at = accepted_at - make_interval(days => :days),
                            notice_from = notice_from - :days, notice_until = notice_until - :days
                        where number = :n
                        """).param("days", days).param("n", number.value()).update();
        StoredCase found = repository.findByNumber(number).orElseThrow();
        LocalDate submitted = found.submittedAt().atZone(CaseService.CHINA).toLocalDate();
        LocalDate accepted = found.acceptedAt() == null
                ? null
                : found.acceptedAt().atZone(CaseService.CHINA).toLocalDate();
        LocalDate deadline =
                switch (found.status()) {
                    case SUBMITTED -> deadlines.acceptanceDue(submitted);
                    case ACCEPTED ->
                        visits.find(found).isPresent()
                                ? deadlines.finalDue(accepted)
                                : deadlines.investigationDue(accepted);
                    case INVESTIGATED -> deadlines.finalDue(accepted);
                    case ON_NOTICE -> deadlines.countyDue(found.noticeUntil(), found.programme());
                    default -> found.deadline();
                };
        jdbc.sql("update assistance.cases set deadline = :deadline, final_deadline = :final where number = :n")
                .param("deadline", deadline)
                .param("final", accepted == null ? null : deadlines.finalDue(accepted))
                .param("n", number.value())
                .update();
    }

    private HomeVisit visitOf(String name, String headId, Programme programme, LocalDate today) {
        int age = IdNumber.parse(headId).ageOn(today);
        List<HomeVisit.Member> members = new ArrayList<>();
        members.add(new HomeVisit.Member(name, IdNumber.parse(headId), HomeVisit.HEAD, WorkAbility.NONE));
        List<HouseholdMeans.Income> incomes = new ArrayList<>();
        if (programme == Programme.DIBAO) {
            members.add(new HomeVisit.Member(
                    name.charAt(0) + "小" + (age > 60 ? "军" : "雨"),
                    IdNumber.parse(idNumber(age > 60 ? 1975 : 2012)),
                    age > 60 ? "20" : "30",
                    age > 60 ? WorkAbility.PARTIAL : WorkAbility.NONE));
            incomes.add(new HouseholdMeans.Income(IncomeKind.WAGES, "打零工", (4_000 + random.nextInt(5_000)) * 100L));
        }
        incomes.add(new HouseholdMeans.Income(IncomeKind.TRANSFER, "城乡居民基础养老金以外的养老金", 1_200_00L));
        return new HomeVisit(
                HukouType.RURAL,
                "村内" + (1 + random.nextInt(12)) + "排" + (1 + random.nextInt(20)) + "号",
                today,
                "刘红 陈明",
                members,
                incomes,
                List.of(
                        new HouseholdMeans.Asset(AssetKind.HOUSING, "自住平房", 50_000_00L, true),
                        new HouseholdMeans.Asset(AssetKind.DEPOSIT, "银行存款", random.nextInt(20_000) * 100L, false)),
                List.of(new HouseholdMeans.Expense(ExpenseKind.MEDICAL, "慢性病门诊自付", random.nextInt(3_000) * 100L)),
                programme == Programme.TEMPORARY ? 2_000_00L : null,
                "邻居反映家庭生活困难属实",
                programme == Programme.TEKUN ? "无法定赡养人" : "子女收入微薄，无力赡养",
                null);
    }

    private static String reason(Programme programme) {
        return switch (programme) {
            case DIBAO -> "家中老人患病，收入微薄，生活困难";
            case TEKUN -> "年老体弱，无劳动能力，无子女赡养";
            case TEMPORARY -> "突发火灾，房屋和口粮受损";
        };
    }

    /** A made-up ID number with 滨城区's area code and the given birth year. */
    private String idNumber(int year) {
        String first17 = String.format(
                "371602%04d%02d%02d%03d", year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    private List<RegionCode> villagesOf(RegionCode township) {
        return regions.within(new DataScope(township)).stream()
                .filter(region -> region.level() == RegionLevel.VILLAGE)
                .map(RegionSummary::code)
                .toList();
    }

    /** The demo account of that tier takes the steps, so the history names it. */
    private static void actAs(String username, RegionCode region) {
        StaffPrincipal clerk = new DemoClerk(username, region);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        clerk,
                        null,
                        STAFF_PERMISSIONS.stream()
                                .map(SimpleGrantedAuthority::new)
                                .toList()));
    }

    private enum Stage {
        SUBMITTED,
        RETURNED,
        ACCEPTED,
        DRAFT,
        INVESTIGATED,
        ON_NOTICE,
        OBJECTION,
        NOTICE_OVER,
        ENROLLED,
        REFUSED,
        ADVANCED;

        boolean noticed() {
            return this == ON_NOTICE || this == OBJECTION || this == NOTICE_OVER || this == ENROLLED || this == REFUSED;
        }
    }

    private record DemoClerk(String username, RegionCode regionCode) implements StaffPrincipal {

        @Override
        public long accountId() {
            return 0;
        }

        @Override
        public String displayName() {
            return username;
        }

        @Override
        public String regionName() {
            return regionCode.value();
        }
    }
}
