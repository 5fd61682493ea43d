package org.minzheng.rescue.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.minzheng.rescue.cases.StayLimit;
import org.minzheng.shared.Masking;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO DATA. Family searches for the demo cases whose identity is unknown, opened at their admission, with the steps
 * a station takes (comparisons, the notice within 24 hours, a DNA request, a live stream on 抖音 for a long stay);
 * ten made-up missing-person reports, one of which describes the longest-stranded man well, and one reunification
 * earlier this year. Skipped when the demo cases are absent or demo searches exist already.
 */
@Component
@Order(83)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoRescueSearches implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRescueSearches.class);
    private static final String POLICE = "滨州市公安局刑事科学技术研究所";

    private record DemoCase(long id, String regionCode, Instant admittedAt, String status, String identity) {}

    /** A made-up report; {@code daysAgo} counts back from today to the day the person went missing. */
    private record DemoReport(
            ReportSource source,
            String name,
            String sex,
            Integer birthYearAgo,
            int uncertainty,
            Integer height,
            String features,
            String dialect,
            String home,
            String lastSeen,
            String lastSeenRegion,
            int daysAgo,
            String reporter,
            String relation,
            String phone) {}

    private static final List<DemoReport> REPORTS = List.of(
            new DemoReport(
                    ReportSource.FAMILY,
                    "邢长河",
                    "M",
                    70,
                    3,
                    170,
                    "左手背有烫伤疤痕，头发花白，走路稍跛",
                    "鲁北口音",
                    "惠民县何坊街道邢家村",
                    "惠民县城汽车站",
                    "371621000000",
                    112,
                    "邢玉梅",
                    "女儿",
                    "13805431201"),
            new DemoReport(
                    ReportSource.POLICE,
                    null,
                    "F",
                    35,
                    5,
                    158,
                    "长发，右眉有痣",
                    "河南口音",
                    "河南省周口市",
                    "周口火车站",
                    "411600",
                    50,
                    "周口市公安局川汇分局",
                    "公安机关",
                    "13905431202"),
            new DemoReport(
                    ReportSource.NATIONAL_PLATFORM,
                    "乔满仓",
                    "M",
                    45,
                    2,
                    172,
                    "络腮胡，左耳缺一小块",
                    "东北口音",
                    "吉林省四平市",
                    "四平市铁西区",
                    "220302",
                    400,
                    "乔满囤",
                    "弟弟",
                    "13705431203"),
            new DemoReport(
                    ReportSource.FAMILY,
                    "葛凤霞",
                    "F",
                    62,
                    0,
                    152,
                    "驼背，说话不清",
                    "鲁北口音",
                    "博兴县曹王镇",
                    "博兴县城",
                    "371625000000",
                    30,
                    "葛立新",
                    "儿子",
                    "13605431204"),
            new DemoReport(
                    ReportSource.OTHER_STATION,
                    null,
                    "M",
                    20,
                    5,
                    175,
                    "智力障碍，右手腕有红绳",
                    "普通话",
                    "不详",
                    "济南西站",
                    "370100",
                    90,
                    "济南市救助管理站",
                    "救助站",
                    "13505431205"),
            new DemoReport(
                    ReportSource.FAMILY,
                    "伍大成",
                    "M",
                    58,
                    2,
                    166,
                    "光头，右小腿有疤",
                    "鲁西南口音",
                    "菏泽市单县",
                    "单县城区",
                    "371722",
                    700,
                    "伍小燕",
                    "女儿",
                    "13405431206"),
            new DemoReport(
                    ReportSource.MEDIA,
                    null,
                    "M",
                    80,
                    5,
                    160,
                    "头发全白，拄拐杖",
                    "鲁北口音",
                    "沾化区冯家镇",
                    "沾化区冯家镇集市",
                    "371603000000",
                    3,
                    "冯桂香",
                    "老伴",
                    "13305431207"),
            new DemoReport(
                    ReportSource.FAMILY,
                    "宁秀芝",
                    "F",
                    50,
                    3,
                    160,
                    "短发，左手缺小指",
                    "四川口音",
                    "四川省南充市",
                    "南充市顺庆区",
                    "511302",
                    1500,
                    "宁国栋",
                    "丈夫",
                    "13205431208"),
            new DemoReport(
                    ReportSource.POLICE,
                    "俞宝顺",
                    "M",
                    40,
                    2,
                    178,
                    "左臂纹身",
                    "天津口音",
                    "天津市静海区",
                    "静海区独流镇",
                    "120118",
                    210,
                    "静海区公安分局",
                    "公安机关",
                    "13105431209"),
            new DemoReport(
                    ReportSource.FAMILY,
                    "谭春生",
                    "M",
                    65,
                    3,
                    168,
                    "偏瘦，面部黝黑",
                    "鲁北口音",
                    "滨城区杨柳雪镇",
                    "滨城区杨柳雪镇",
                    "371602000000",
                    5,
                    "谭月娥",
                    "妹妹",
                    "15005431210"));

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transaction;

    DemoRescueSearches(JdbcClient jdbc, PersonalDataCipher cipher, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from rescue.family_searches where demo)"
                        + " or exists (select 1 from rescue.missing_reports where demo)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        List<DemoCase> cases = jdbc.sql("select id, region_code, admitted_at, status, identity_status"
                        + " from rescue.cases where demo order by admitted_at")
                .query((rs, n) -> new DemoCase(
                        rs.getLong("id"),
                        rs.getString("region_code"),
                        rs.getTimestamp("admitted_at").toInstant(),
                        rs.getString("status"),
                        rs.getString("identity_status")))
                .list();
        if (cases.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(StayLimit.BEIJING);
        int searches = transaction.execute(status -> {
            int count = 0;
            for (DemoCase c : cases) {
                if ("UNKNOWN".equals(c.identity())) {
                    steps(search(c, "OPEN"), c.admittedAt(), now);
                    count++;
                }
            }
            for (DemoReport r : REPORTS) {
                report(r, today);
            }
            cases.stream()
                    .filter(c -> "RELEASED".equals(c.status()) && "VERIFIED".equals(c.identity()))
                    .filter(c -> c.admittedAt().atZone(StayLimit.BEIJING).getYear() == today.getYear())
                    .reduce((a, b) -> b)
                    .ifPresent(c -> reunited(c, today));
            return count;
        });
        log.info("Loaded {} demo family searches and {} missing-person reports", searches, REPORTS.size());
    }

    private long search(DemoCase c, String status) {
        return jdbc.sql("""
                        insert into rescue.family_searches (case_id, region_code, opened_at, status, closed_at, demo,
                               created_by)
                        values (:caseId, :region, :openedAt, :status, :closedAt, true, 'jiuzhu')
                        returning id
                        """)
                .param("caseId", c.id())
                .param("region", c.regionCode())
                .param("openedAt", at(c.admittedAt()))
                .param("status", status)
                .param(
                        "closedAt",
                        "OPEN".equals(status) ? null : at(c.admittedAt().plus(Duration.ofDays(3))))
                .query(Long.class)
                .single();
    }

    /** The usual course: comparisons on the first day, the notice within 24 hours, DNA within the week. */
    private void steps(long searchId, Instant admitted, Instant now) {
        step(
                searchId,
                StepKind.FINGERPRINT,
                admitted.plus(Duration.ofHours(1)),
                POLICE,
                null,
                null,
                StepResult.NO_MATCH,
                Duration.ofDays(1),
                "全国救助管理信息系统指纹比对未比中",
                now);
        step(
                searchId,
                StepKind.FACE,
                admitted.plus(Duration.ofHours(2)),
                POLICE,
                null,
                null,
                StepResult.NO_MATCH,
                Duration.ofDays(2),
                "人像比对未发现相似人员",
                now);
        step(
                searchId,
                StepKind.NATIONAL_NOTICE,
                admitted.plus(Duration.ofHours(20)),
                "全国救助寻亲网",
                "XQ"
                        + admitted.atZone(StayLimit.BEIJING)
                                .toLocalDate()
                                .toString()
                                .replace("-", "") + searchId,
                null,
                StepResult.PUBLISHED,
                Duration.ZERO,
                null,
                now);
        step(
                searchId,
                StepKind.DNA,
                admitted.plus(Duration.ofDays(3)),
                POLICE,
                null,
                null,
                StepResult.NO_MATCH,
                Duration.ofDays(25),
                "全国打拐DNA信息库暂未比中",
                now);
        step(
                searchId,
                StepKind.LIVE_STREAM,
                admitted.plus(Duration.ofDays(32)),
                "抖音·滨州救助寻亲直播间",
                "https://live.example.cn/binzhou-xunqin",
                12800,
                StepResult.LEAD,
                Duration.ofDays(1),
                "有网友称在惠民县见过此人，已转公安核查",
                now);
        step(
                searchId,
                StepKind.NATIONAL_NOTICE,
                admitted.plus(Duration.ofDays(35)),
                "全国救助寻亲网",
                "XQ-R" + searchId,
                null,
                StepResult.PUBLISHED,
                Duration.ZERO,
                "在站满一个月，更新寻亲公告",
                now);
        step(
                searchId,
                StepKind.NATIONAL_NOTICE,
                admitted.plus(Duration.ofDays(66)),
                "全国救助寻亲网",
                "XQ-R2-" + searchId,
                null,
                StepResult.PUBLISHED,
                Duration.ZERO,
                "再次更新寻亲公告",
                now);
    }

    /** A step not yet due is left out; an answer not yet due leaves the step pending. */
    private void step(
            long searchId,
            StepKind kind,
            Instant takenAt,
            String agency,
            String reference,
            Integer audience,
            StepResult result,
            Duration answeredAfter,
            String note,
            Instant now) {
        if (takenAt.isAfter(now)) {
            return;
        }
        Instant resultAt = takenAt.plus(answeredAfter);
        boolean answered = !resultAt.isAfter(now);
        jdbc.sql("""
                        insert into rescue.search_steps (search_id, kind, taken_at, agency, reference, audience, result,
                               result_at, result_note, created_by)
                        values (:search, :kind, :takenAt, :agency, :reference, :audience, :result, :resultAt, :note,
                               'jiuzhu')
                        """)
                .param("search", searchId)
                .param("kind", kind.name())
                .param("takenAt", at(takenAt))
                .param("agency", agency)
                .param("reference", reference)
                .param("audience", audience)
                .param("result", answered ? result.name() : StepResult.PENDING.name())
                .param("resultAt", answered ? at(resultAt) : null)
                .param("note", answered ? note : null)
                .update();
    }

    private Long report(DemoReport r, LocalDate today) {
        String home = r.lastSeenRegion() != null && r.lastSeenRegion().startsWith("3716")
                ? r.lastSeenRegion().substring(0, 6) + "000000"
                : "371600000000";
        return jdbc.sql("""
                        insert into rescue.missing_reports (region_code, source, missing_name, sex, birth_year,
                               birth_year_uncertainty, height_cm, features, dialect, home_place, last_seen_place,
                               last_seen_region_code, missing_since, reporter_name, reporter_relation,
                               reporter_phone_cipher, reporter_phone_masked, demo, created_by)
                        values (:region, :source, :name, :sex, :birthYear, :uncertainty, :height, :features, :dialect,
                               :home, :lastSeen, :lastSeenRegion, :since, :reporter, :relation, :cipher, :masked,
                               true, 'jiuzhu')
                        returning id
                        """)
                .param("region", home)
                .param("source", r.source().name())
                .param("name", r.name())
                .param("sex", r.sex())
                .param("birthYear", r.birthYearAgo() == null ? null : today.getYear() - r.birthYearAgo())
                .param("uncertainty", r.uncertainty())
                .param("height", r.height())
                .param("features", r.features())
                .param("dialect", r.dialect())
                .param("home", r.home())
                .param("lastSeen", r.lastSeen())
                .param("lastSeenRegion", r.lastSeenRegion())
                .param("since", today.minusDays(r.daysAgo()))
                .param("reporter", r.reporter())
                .param("relation", r.relation())
                .param("cipher", cipher.encrypt(r.phone(), FamilySearchService.REPORT_PHONE_CONTEXT))
                .param("masked", Masking.phone(r.phone()))
                .query(Long.class)
                .single();
    }

    /** A man found through a family's report and taken home by his son, earlier this year. */
    private void reunited(DemoCase c, LocalDate today) {
        long searchId = search(c, "REUNITED");
        steps(searchId, c.admittedAt(), c.admittedAt().plus(Duration.ofDays(2)));
        LocalDate reunitedOn =
                c.admittedAt().atZone(StayLimit.BEIJING).toLocalDate().plusDays(2);
        Long reportId = report(
                new DemoReport(
                        ReportSource.FAMILY,
                        null,
                        "M",
                        null,
                        0,
                        null,
                        "右手缺拇指",
                        "鲁北口音",
                        "阳信县温店镇",
                        "阳信县城",
                        "371622000000",
                        40,
                        "任家旺",
                        "儿子",
                        "15805431211"),
                today);
        jdbc.sql("update rescue.missing_reports set status = 'FOUND', found_case_id = :caseId, closed_at = :at,"
                        + " close_note = '已认亲' where id = :id")
                .param("caseId", c.id())
                .param("at", at(c.admittedAt().plus(Duration.ofDays(2))))
                .param("id", reportId)
                .update();
        jdbc.sql("""
                        insert into rescue.reunifications (search_id, case_id, report_id, found_through, family_name,
                               relation, family_phone_cipher, family_phone_masked, identity_confirmed_by, reunited_on,
                               note, created_by)
                        values (:search, :caseId, :report, 'MATCH', '任家旺', '儿子', :cipher, :masked,
                               '公安户籍核实', :on, '家属持户口本到站认亲', 'jiuzhu')
                        """)
                .param("search", searchId)
                .param("caseId", c.id())
                .param("report", reportId)
                .param("cipher", cipher.encrypt("15805431211", FamilySearchService.FAMILY_PHONE_CONTEXT))
                .param("masked", Masking.phone("15805431211"))
                .param("on", reunitedOn.isAfter(today) ? today : reunitedOn)
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, StayLimit.BEIJING);
    }
}
