package org.minzheng.rescue.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Masking;
import org.minzheng.shared.crypto.BlindIndex;
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
 * DEMO DATA. About 25 made-up stays over the last four months in the city station and three county stations (looked
 * up by region code; a station that is absent is skipped): most people went home by themselves or were escorted,
 * some are still in care, a few unidentified are stranded (one for more than 90 days), a few stay on with a filed
 * extension and one is over the limit without one, two are in hospital. ID numbers carry a valid check character
 * but belong to no one; once.
 */
@Component
@Order(81)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoRescueCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRescueCases.class);
    private static final String CITY = "371600000000";
    private static final String BINCHENG = "371602000000";
    private static final String ZHANHUA = "371603000000";
    private static final String HUIMIN = "371621000000";
    private static final String HIGHER_DEPARTMENT = "滨州市民政局社会救助科";

    /**
     * @param daysAgo admitted this many days before today
     * @param stayed days until release, or -1 while still in care
     * @param extensions extra days of each extension filed
     * @param hospital days after admission of an open hospital stay, or -1
     */
    private record Demo(
            String station,
            int daysAgo,
            IdentityStatus identity,
            String name,
            String sex,
            int age,
            CaseSource source,
            String place,
            HealthStatus health,
            int stayed,
            ReleaseKind release,
            List<Integer> extensions,
            int hospital) {}

    private static final List<Demo> DEMOS = List.of(
            new Demo(
                    CITY,
                    2,
                    IdentityStatus.SELF_REPORTED,
                    "冯守田",
                    "M",
                    52,
                    CaseSource.SELF,
                    "滨州站候车室",
                    HealthStatus.GOOD,
                    -1,
                    null,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    9,
                    IdentityStatus.VERIFIED,
                    "柴玉兰",
                    "F",
                    47,
                    CaseSource.POLICE,
                    "黄河五路渤海十八路路口",
                    HealthStatus.ILL,
                    -1,
                    null,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    14,
                    IdentityStatus.UNKNOWN,
                    null,
                    "M",
                    60,
                    CaseSource.URBAN_MANAGEMENT,
                    "中海公园东门",
                    HealthStatus.MENTAL,
                    -1,
                    null,
                    List.of(20),
                    -1),
            new Demo(
                    CITY,
                    13,
                    IdentityStatus.SELF_REPORTED,
                    "庞来顺",
                    "M",
                    66,
                    CaseSource.GRID_WORKER,
                    "市立医院门诊楼前",
                    HealthStatus.DISABLED,
                    -1,
                    null,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    40,
                    IdentityStatus.UNKNOWN,
                    null,
                    "F",
                    35,
                    CaseSource.PUBLIC,
                    "长途汽车站出站口",
                    HealthStatus.MENTAL,
                    -1,
                    null,
                    List.of(30, 30),
                    35),
            new Demo(
                    CITY,
                    100,
                    IdentityStatus.UNKNOWN,
                    null,
                    "M",
                    70,
                    CaseSource.POLICE,
                    "新立河桥洞",
                    HealthStatus.MENTAL,
                    -1,
                    null,
                    List.of(30, 60, 30),
                    -1),
            new Demo(
                    BINCHENG,
                    1,
                    IdentityStatus.VERIFIED,
                    "鲍金山",
                    "M",
                    58,
                    CaseSource.POLICE,
                    "彭李街道渤海七路",
                    HealthStatus.GOOD,
                    -1,
                    null,
                    List.of(),
                    -1),
            new Demo(
                    BINCHENG,
                    20,
                    IdentityStatus.UNKNOWN,
                    null,
                    "M",
                    45,
                    CaseSource.GRID_WORKER,
                    "里则街道集贸市场",
                    HealthStatus.ILL,
                    -1,
                    null,
                    List.of(30),
                    -1),
            new Demo(
                    ZHANHUA,
                    5,
                    IdentityStatus.SELF_REPORTED,
                    "喻桂芝",
                    "F",
                    73,
                    CaseSource.PUBLIC,
                    "富源街道汽车站",
                    HealthStatus.ILL,
                    -1,
                    null,
                    List.of(),
                    3),
            new Demo(
                    CITY,
                    118,
                    IdentityStatus.VERIFIED,
                    "邝明亮",
                    "M",
                    39,
                    CaseSource.SELF,
                    "滨州站售票厅",
                    HealthStatus.GOOD,
                    2,
                    ReleaseKind.RETURNED_HOME,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    110,
                    IdentityStatus.SELF_REPORTED,
                    "阎春花",
                    "F",
                    61,
                    CaseSource.POLICE,
                    "黄河四路天桥下",
                    HealthStatus.ILL,
                    6,
                    ReleaseKind.ESCORTED,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    96,
                    IdentityStatus.UNKNOWN,
                    null,
                    "M",
                    25,
                    CaseSource.PUBLIC,
                    "万达广场南侧",
                    HealthStatus.MENTAL,
                    9,
                    ReleaseKind.ESCORTED,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    85,
                    IdentityStatus.VERIFIED,
                    "司马向东",
                    "M",
                    44,
                    CaseSource.SELF,
                    "滨州站候车室",
                    HealthStatus.GOOD,
                    1,
                    ReleaseKind.RETURNED_HOME,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    71,
                    IdentityStatus.VERIFIED,
                    "房秀英",
                    "F",
                    80,
                    CaseSource.GRID_WORKER,
                    "市西街道老城区",
                    HealthStatus.DISABLED,
                    8,
                    ReleaseKind.ESCORTED,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    63,
                    IdentityStatus.SELF_REPORTED,
                    "时长生",
                    "M",
                    55,
                    CaseSource.URBAN_MANAGEMENT,
                    "渤海国际广场",
                    HealthStatus.INJURED,
                    4,
                    ReleaseKind.RETURNED_HOME,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    50,
                    IdentityStatus.VERIFIED,
                    "牛红梅",
                    "F",
                    33,
                    CaseSource.POLICE,
                    "高速服务区",
                    HealthStatus.GOOD,
                    3,
                    ReleaseKind.TRANSFERRED,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    37,
                    IdentityStatus.SELF_REPORTED,
                    "阮国富",
                    "M",
                    48,
                    CaseSource.SELF,
                    "滨州站出站口",
                    HealthStatus.GOOD,
                    1,
                    ReleaseKind.LEFT_VOLUNTARILY,
                    List.of(),
                    -1),
            new Demo(
                    CITY,
                    22,
                    IdentityStatus.VERIFIED,
                    "滕小五",
                    "M",
                    17,
                    CaseSource.POLICE,
                    "中心汽车站",
                    HealthStatus.GOOD,
                    5,
                    ReleaseKind.ESCORTED,
                    List.of(),
                    -1),
            new Demo(
                    BINCHENG,
                    104,
                    IdentityStatus.VERIFIED,
                    "卓连生",
                    "M",
                    62,
                    CaseSource.GRID_WORKER,
                    "杜店街道村口",
                    HealthStatus.ILL,
                    7,
                    ReleaseKind.ESCORTED,
                    List.of(),
                    -1),
            new Demo(
                    BINCHENG,
                    77,
                    IdentityStatus.SELF_REPORTED,
                    "蓝翠萍",
                    "F",
                    50,
                    CaseSource.PUBLIC,
                    "彭李街道菜市场",
                    HealthStatus.GOOD,
                    2,
                    ReleaseKind.RETURNED_HOME,
                    List.of(),
                    -1),
            new Demo(
                    BINCHENG,
                    45,
                    IdentityStatus.UNKNOWN,
                    null,
                    "M",
                    65,
                    CaseSource.POLICE,
                    "滨北街道国道旁",
                    HealthStatus.MENTAL,
                    16,
                    ReleaseKind.ESCORTED,
                    List.of(10),
                    -1),
            new Demo(
                    ZHANHUA,
                    88,
                    IdentityStatus.VERIFIED,
                    "雷宝贵",
                    "M",
                    41,
                    CaseSource.SELF,
                    "富源街道汽车站",
                    HealthStatus.GOOD,
                    1,
                    ReleaseKind.RETURNED_HOME,
                    List.of(),
                    -1),
            new Demo(
                    ZHANHUA,
                    30,
                    IdentityStatus.SELF_REPORTED,
                    "戚凤霞",
                    "F",
                    68,
                    CaseSource.GRID_WORKER,
                    "冯家镇集市",
                    HealthStatus.ILL,
                    6,
                    ReleaseKind.ESCORTED,
                    List.of(),
                    -1),
            new Demo(
                    HUIMIN,
                    66,
                    IdentityStatus.VERIFIED,
                    "解大成",
                    "M",
                    57,
                    CaseSource.POLICE,
                    "孙武街道长途车站",
                    HealthStatus.GOOD,
                    3,
                    ReleaseKind.RETURNED_HOME,
                    List.of(),
                    -1),
            new Demo(
                    HUIMIN,
                    15,
                    IdentityStatus.SELF_REPORTED,
                    "池秋菊",
                    "F",
                    45,
                    CaseSource.URBAN_MANAGEMENT,
                    "县城步行街",
                    HealthStatus.GOOD,
                    2,
                    ReleaseKind.RETURNED_HOME,
                    List.of(),
                    -1));

    private final RescueCaseRepository cases;
    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final TransactionTemplate transaction;
    private final Random random = new Random(81);
    private final Set<String> issued = new HashSet<>();

    DemoRescueCases(
            RescueCaseRepository cases,
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            TransactionTemplate transaction) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from rescue.cases where demo)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        Map<String, Long> stations = new HashMap<>();
        for (String code : List.of(CITY, BINCHENG, ZHANHUA, HUIMIN)) {
            station(code).ifPresent(id -> stations.put(code, id));
        }
        if (stations.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(StayLimit.BEIJING);
        int loadedCount = transaction.execute(status -> {
            int count = 0;
            List<Demo> byAdmission = DEMOS.stream()
                    .filter(d -> stations.containsKey(d.station()))
                    .sorted(Comparator.comparingInt(Demo::daysAgo).reversed())
                    .toList();
            for (Demo demo : byAdmission) {
                load(demo, stations.get(demo.station()), today);
                count++;
            }
            return count;
        });
        log.info("Loaded {} demo rescue cases", loadedCount);
    }

    private Optional<Long> station(String regionCode) {
        return jdbc.sql("select id from rescue.stations where region_code = :code")
                .param("code", regionCode)
                .query(Long.class)
                .optional();
    }

    private void load(Demo demo, long stationId, LocalDate today) {
        LocalDate admittedOn = today.minusDays(demo.daysAgo());
        ZonedDateTime admitted =
                admittedOn.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(StayLimit.BEIJING);
        ZonedDateTime found = admitted.minusMinutes(30 + random.nextInt(150));
        int year = admittedOn.getYear();
        String number = cases.nextCaseNumber(stationId, demo.station(), year);
        LocalDate born = admittedOn.minusYears(demo.age()).minusDays(random.nextInt(300));
        IdNumber id = demo.identity() == IdentityStatus.UNKNOWN || random.nextInt(4) == 0
                ? null
                : idNumber(demo.station().substring(0, 6), born, demo.sex().equals("M"));
        Map<String, Object> values = new HashMap<>();
        values.put("number", number);
        values.put("stationId", stationId);
        values.put("regionCode", demo.station());
        values.put("admittedAt", admitted.toOffsetDateTime());
        values.put("foundAt", found.toOffsetDateTime());
        values.put("foundPlace", demo.place());
        values.put("foundRegionCode", null);
        values.put("source", demo.source().name());
        values.put("broughtBy", demo.source() == CaseSource.POLICE ? "辖区派出所民警" : null);
        values.put("identityStatus", demo.identity().name());
        values.put("name", demo.name());
        values.put("sex", demo.sex());
        values.put("birthDate", demo.identity() == IdentityStatus.UNKNOWN ? null : born);
        values.put("estimatedAge", demo.identity() == IdentityStatus.UNKNOWN ? demo.age() : null);
        values.put("idCipher", id == null ? null : cipher.encrypt(id.value(), RescueCaseService.ID_CONTEXT));
        values.put("idIndex", id == null ? null : blindIndex.of(id.value(), RescueCaseService.ID_INDEX_CONTEXT));
        values.put("idMasked", id == null ? null : Masking.idNumberForStaff(id.value()));
        values.put("hukouPlace", demo.identity() == IdentityStatus.UNKNOWN ? null : "山东省");
        values.put("heightCm", demo.sex().equals("M") ? 165 + random.nextInt(15) : 153 + random.nextInt(12));
        values.put("physicalDescription", demo.sex().equals("M") ? "偏瘦，短发，面部黝黑" : "中等身材，长发扎起");
        values.put("features", demo.identity() == IdentityStatus.UNKNOWN ? "左手背有旧烫伤疤痕" : null);
        values.put("dialect", "鲁北口音");
        values.put("clothing", "深色棉袄，黑色裤子，旧运动鞋");
        values.put("health", demo.health().name());
        values.put("healthNote", demo.health() == HealthStatus.GOOD ? null : "入站体检记录见附表");
        values.put("belongings", "旧手提袋 1 个\n现金若干");
        values.put("demo", true);
        values.put("createdBy", "jiuzhu");
        long caseId = cases.insert(values);
        LocalDate reported = admittedOn.plusDays(StayLimit.BASE_DAYS - 1);
        for (int extra : demo.extensions()) {
            cases.extend(caseId, extra, "身份不明，寻亲未果，继续在站照料", HIGHER_DEPARTMENT, reported, "jiuzhu");
            reported = reported.plusDays(extra - 1);
        }
        if (demo.hospital() >= 0) {
            Instant referred = admitted.plusDays(demo.hospital()).toInstant();
            cases.refer(caseId, "滨州市精神卫生中心", "入站后症状加重，送定点医院救治", referred, "jiuzhu");
        }
        if (demo.stayed() >= 0) {
            Instant released = admitted.plusDays(demo.stayed()).plusHours(2).toInstant();
            cases.release(caseId, demo.release(), released, demo.release() == ReleaseKind.ESCORTED ? "已与家属当面交接" : null);
        }
    }

    private IdNumber idNumber(String county6, LocalDate born, boolean male) {
        String first17;
        do {
            // sequence numbers 700–999 only; the last digit is odd for men and even for women (GB 11643)
            int seq = 700 + random.nextInt(150) * 2 + (male ? 1 : 0);
            first17 = county6
                    + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())
                    + seq;
        } while (!issued.add(first17));
        return new IdNumber(first17 + IdNumber.checkChar(first17));
    }
}
