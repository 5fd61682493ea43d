package org.minzheng.rescue.followup;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.rescue.cases.RescueCaseService;
import org.minzheng.rescue.cases.StayLimit;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Masking;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
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
 * DEMO DATA. Earlier released stays over the last two years in the demo stations, with confirmed repeats among them
 * that fall from about one in five to about one in ten, so the repeat-rate table tells Binzhou's story; a returnee
 * record for each demo case that went home and about thirty more sent back by other cities' stations across the
 * counties; assessments (a few HIGH, most of them with help plans), visits (some overdue) and a suggested repeat to
 * confirm. Names, addresses, phones and ID numbers are made up (valid check character, sequence 700–999). Skips when
 * the demo stations are absent or demo returnees exist.
 */
@Component
@Order(84)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoRescueReturnees implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRescueReturnees.class);
    private static final String CITY = "371600000000";
    private static final List<String> STATIONS = List.of(CITY, "371602000000", "371603000000", "371621000000");
    /** Confirmed repeats among the 16 stays of each historic quarter, oldest first. */
    private static final int[] REPEATS_PER_QUARTER = {4, 4, 3, 3, 3, 2};

    private static final int STAYS_PER_STATION = 4;
    private static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜";
    private static final String GIVEN = "建国秀英志强桂兰玉珍德明春生海波淑芬长青文华金凤永福";
    private static final List<String> OTHER_STATIONS =
            List.of("济南市救助管理站", "天津市救助管理站", "北京市救助管理站", "青岛市救助管理站", "石家庄市救助管理站", "郑州市救助管理站");
    private static final List<String> SOCIAL_WORK_ORGS = List.of("滨州市暖阳社会工作服务中心（演示）", "滨城区同心社工服务社（演示）");

    private final JdbcClient jdbc;
    private final Regions regions;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final TransactionTemplate transaction;
    private final Random random = new Random(84);
    private final Set<String> issued = new HashSet<>();

    private final RescueCaseService cases;

    DemoRescueReturnees(
            JdbcClient jdbc,
            Regions regions,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            TransactionTemplate transaction,
            RescueCaseService cases) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.regions = regions;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.transaction = transaction;
    }

    private record Stay(long id, String sex, String name, LocalDate born, String regionCode) {}

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from rescue.returnees where demo)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        Map<String, Long> stations = new LinkedHashMap<>();
        for (String code : STATIONS) {
            jdbc.sql("select id from rescue.stations where region_code = :code")
                    .param("code", code)
                    .query(Long.class)
                    .optional()
                    .ifPresent(id -> stations.put(code, id));
        }
        Map<String, List<RegionSummary>> townships = townships();
        if (stations.isEmpty() || townships.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(StayLimit.BEIJING);
        int count = transaction.execute(status -> {
            List<Long> wentHome = jdbc.sql("""
                            select id from rescue.cases where demo and status = 'RELEASED'
                               and release_kind in ('RETURNED_HOME', 'ESCORTED') order by released_at
                            """).query(Long.class).list();
            List<Long> recent = jdbc.sql("select id from rescue.cases where demo and name is not null"
                            + " order by admitted_at desc limit 20")
                    .query(Long.class)
                    .list();
            List<Stay> history = history(stations, today);
            List<Long> returnees = new ArrayList<>();
            for (long caseId : wentHome) {
                returnees.add(fromCase(caseId, townships));
            }
            for (int i = 0; i < 30; i++) {
                returnees.add(manual(i, townships, today));
            }
            for (int i = 0; i < returnees.size(); i++) {
                followUp(returnees.get(i), i, today);
            }
            linkRecent(recent, history, returnees);
            return returnees.size();
        });
        log.info("Demo rescue follow-up: {} returnees", count);
    }

    /** Townships by county code, for the demo homes. */
    private Map<String, List<RegionSummary>> townships() {
        Map<String, List<RegionSummary>> byCounty = new LinkedHashMap<>();
        for (RegionSummary r : regions.within(new DataScope(RegionCode.of(CITY)))) {
            if (r.level() == RegionLevel.TOWNSHIP) {
                byCounty.computeIfAbsent(r.code().value().substring(0, 6) + "000000", c -> new ArrayList<>())
                        .add(r);
            }
        }
        return byCounty;
    }

    private RegionSummary township(String county, Map<String, List<RegionSummary>> townships) {
        List<RegionSummary> list = townships.get(county);
        if (list == null || list.isEmpty()) {
            List<String> counties = new ArrayList<>(townships.keySet());
            list = townships.get(counties.get(random.nextInt(counties.size())));
        }
        return list.get(random.nextInt(list.size()));
    }

    /** Released stays in the six quarters before the demo cases, numbered with the stations' counters. */
    private List<Stay> history(Map<String, Long> stations, LocalDate today) {
        List<LocalDate> quarters = RepeatRate.lastQuarters(today, 8).subList(0, REPEATS_PER_QUARTER.length);
        List<Stay> all = new ArrayList<>();
        for (int q = 0; q < quarters.size(); q++) {
            int repeatsFrom = stations.size() * STAYS_PER_STATION - REPEATS_PER_QUARTER[q];
            int n = 0;
            List<Map.Entry<String, Long>> order = new ArrayList<>(stations.entrySet());
            Collections.rotate(order, q);
            for (int day = 0; day < STAYS_PER_STATION; day++) {
                for (var station : order) {
                    LocalDate admitted = quarters.get(q).plusDays(8 + day * 20L + random.nextInt(5));
                    if (admitted.isAfter(today.minusDays(ReturneeRepository.PENDING_DAYS + 10))) {
                        continue;
                    }
                    Stay earlier = n >= repeatsFrom && all.size() >= 7 ? all.get(all.size() - 7) : null;
                    Stay stay = historicStay(station.getValue(), station.getKey(), admitted, earlier);
                    if (earlier != null) {
                        jdbc.sql("""
                                        insert into rescue.repeat_links (case_id, earlier_case_id, method, score, reasons,
                                               status, decided_by, decided_at, created_at)
                                        values (:id, :earlier, 'MATCH', :score, '演示数据', 'CONFIRMED', 'demo', :at, :at)
                                        """)
                                .param("id", stay.id())
                                .param("earlier", earlier.id())
                                .param("score", 70 + random.nextInt(25))
                                .param(
                                        "at",
                                        admitted.plusDays(1)
                                                .atStartOfDay(StayLimit.BEIJING)
                                                .toOffsetDateTime())
                                .update();
                    }
                    all.add(stay);
                    n++;
                }
            }
        }
        return all;
    }

    private Stay historicStay(long stationId, String regionCode, LocalDate admittedOn, Stay same) {
        String sex = same != null ? same.sex() : random.nextInt(4) == 0 ? "F" : "M";
        String name = same != null ? same.name() : name();
        LocalDate born = same != null ? same.born() : admittedOn.minusYears(25 + random.nextInt(50));
        ZonedDateTime admitted =
                admittedOn.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(StayLimit.BEIJING);
        int year = admittedOn.getYear();
        String number = cases.nextCaseNumber(stationId, regionCode, year);
        long id = jdbc.sql("""
                        insert into rescue.cases (number, station_id, region_code, admitted_at, found_at, found_place,
                               source, identity_status, name, sex, birth_date, height_cm, dialect, health, status,
                               released_at, release_kind, release_note, demo, created_by)
                        values (:number, :station, :region, :admitted, :found, '火车站广场', 'POLICE', 'SELF_REPORTED',
                               :name, :sex, :born, :height, '鲁北口音', 'GOOD', 'RELEASED', :released, 'RETURNED_HOME',
                               '购票返乡', true, 'jiuzhu')
                        returning id
                        """)
                .param("number", number)
                .param("station", stationId)
                .param("region", regionCode)
                .param("admitted", admitted.toOffsetDateTime())
                .param("found", admitted.minusHours(1).toOffsetDateTime())
                .param("name", name)
                .param("sex", sex)
                .param("born", born)
                .param("height", sex.equals("M") ? 165 + random.nextInt(15) : 153 + random.nextInt(12))
                .param("released", admitted.plusDays(2 + random.nextInt(5)).toOffsetDateTime())
                .query(Long.class)
                .single();
        return new Stay(id, sex, name, born, regionCode);
    }

    /** The same counter the intake uses, so the demo stays take the next free numbers of their year. */
    private long fromCase(long caseId, Map<String, List<RegionSummary>> townships) {
        record Case(
                String name,
                String sex,
                LocalDate born,
                byte[] idCipher,
                String idIndex,
                String idMasked,
                String region,
                LocalDate released,
                String station) {}
        Case c = jdbc.sql("""
                        select c.name, c.sex, c.birth_date, c.id_number_cipher, c.id_number_index, c.id_number_masked,
                               c.region_code, cast(c.released_at at time zone 'Asia/Shanghai' as date) as released_on,
                               s.name as station
                          from rescue.cases c join rescue.stations s on s.id = c.station_id where c.id = :id
                        """)
                .param("id", caseId)
                .query((rs, n) -> new Case(
                        rs.getString("name"),
                        rs.getString("sex"),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getBytes("id_number_cipher"),
                        rs.getString("id_number_index"),
                        rs.getString("id_number_masked"),
                        rs.getString("region_code"),
                        rs.getObject("released_on", LocalDate.class),
                        rs.getString("station")))
                .single();
        byte[] idCipher = c.idCipher() == null
                ? null
                : cipher.encrypt(
                        cipher.decrypt(c.idCipher(), RescueCaseService.ID_CONTEXT), ReturneeService.ID_CONTEXT);
        RegionSummary home = township(c.region(), townships);
        return insertReturnee(
                caseId,
                home,
                c.name() == null ? "无名氏" : c.name(),
                c.sex(),
                c.born(),
                idCipher,
                c.idIndex(),
                c.idMasked(),
                c.released(),
                c.station());
    }

    private long manual(int i, Map<String, List<RegionSummary>> townships, LocalDate today) {
        List<String> counties = new ArrayList<>(townships.keySet());
        RegionSummary home = township(counties.get(i % counties.size()), townships);
        String sex = i % 5 == 0 ? "F" : "M";
        LocalDate returned = today.minusDays(15 + random.nextInt(330));
        LocalDate born = returned.minusYears(18 + random.nextInt(60)).minusDays(random.nextInt(300));
        IdNumber id = i % 3 == 2 ? null : idNumber(home.code().value().substring(0, 6), born, sex.equals("M"));
        return insertReturnee(
                null,
                home,
                name(),
                sex,
                born,
                id == null ? null : cipher.encrypt(id.value(), ReturneeService.ID_CONTEXT),
                id == null ? null : blindIndex.of(id.value(), RescueCaseService.ID_INDEX_CONTEXT),
                id == null ? null : Masking.idNumberForStaff(id.value()),
                returned,
                OTHER_STATIONS.get(i % OTHER_STATIONS.size()));
    }

    private long insertReturnee(
            Long caseId,
            RegionSummary home,
            String name,
            String sex,
            LocalDate born,
            byte[] idCipher,
            String idIndex,
            String idMasked,
            LocalDate returned,
            String from) {
        String phone = "1390543%04d".formatted(2000 + random.nextInt(7000));
        return jdbc.sql("""
                        insert into rescue.returnees (case_id, home_region_code, name, sex, birth_date,
                               id_number_cipher, id_number_index, id_number_masked, address, returned_on,
                               returned_from, guardian_name, guardian_phone_cipher, guardian_phone_masked, demo,
                               created_by)
                        values (:caseId, :home, :name, :sex, :born, :idCipher, :idIndex, :idMasked, :address,
                               :returned, :from, :guardian, :phoneCipher, :phoneMasked, true, 'jiuzhu')
                        returning id
                        """)
                .param("caseId", caseId)
                .param("home", home.code().value())
                .param("name", name)
                .param("sex", sex)
                .param("born", born)
                .param("idCipher", idCipher)
                .param("idIndex", idIndex)
                .param("idMasked", idMasked)
                .param("address", home.name() + (1 + random.nextInt(30)) + "号")
                .param("returned", returned)
                .param("from", from)
                .param("guardian", name.charAt(0) + given())
                .param("phoneCipher", cipher.encrypt(phone, ReturneeService.PHONE_CONTEXT))
                .param("phoneMasked", Masking.phone(phone))
                .query(Long.class)
                .single();
    }

    /**
     * Every fifth returnee is not assessed yet; of the rest every fourth is HIGH, and all but two HIGH ones have a plan.
     */
    private void followUp(long returneeId, int i, LocalDate today) {
        LocalDate returned = jdbc.sql("select returned_on from rescue.returnees where id = :id")
                .param("id", returneeId)
                .query(LocalDate.class)
                .single();
        if (i % 5 == 4) {
            return;
        }
        List<RiskFactor> factors = i % 4 == 0
                ? List.of(
                        RiskFactor.NO_FAMILY_SUPPORT,
                        RiskFactor.MENTAL_ILLNESS,
                        RiskFactor.NO_INCOME,
                        RiskFactor.BEGGING_AS_LIVING)
                : i % 4 == 1
                        ? List.of(RiskFactor.NO_INCOME, RiskFactor.NO_HOUSING)
                        : List.of(RiskFactor.FAMILY_CONFLICT);
        int score = RiskScoring.score(factors);
        RiskLevel level = RiskScoring.level(score);
        LocalDate assessed = min(returned.plusDays(5), today);
        long assessment = jdbc.sql("""
                        insert into rescue.risk_assessments (returnee_id, assessed_on, assessor, assessor_org, factors,
                               score, risk_level, note, created_by)
                        values (:id, :on, '市站社工', '滨州市救助管理站（演示）', :factors, :score, :level, null, 'jiuzhu')
                        returning id
                        """)
                .param("id", returneeId)
                .param("on", assessed)
                .param(
                        "factors",
                        String.join(",", factors.stream().map(Enum::name).toList()))
                .param("score", score)
                .param("level", level.name())
                .query(Long.class)
                .single();
        Long plan = null;
        if (level == RiskLevel.HIGH && i % 8 != 4) {
            plan = jdbc.sql("""
                            insert into rescue.help_plans (returnee_id, assessment_id, county_code, social_workers,
                                   social_work_org, measures, goals, starts_on, review_on, created_by)
                            select :id, :assessment, county_code, '社工小组（演示）', :org,
                                   'DIBAO_CHECK,MEDICAL,PSYCHOLOGICAL,FAMILY_MEDIATION',
                                   '落实低保核查和精神科随访，修复家庭关系，半年内不再外出流浪', :starts, :review, 'bincheng'
                              from rescue.returnees where id = :id
                            returning id
                            """)
                    .param("id", returneeId)
                    .param("assessment", assessment)
                    .param("org", SOCIAL_WORK_ORGS.get(i % SOCIAL_WORK_ORGS.size()))
                    .param("starts", assessed)
                    .param("review", assessed.plusMonths(6))
                    .query(Long.class)
                    .single();
        }
        int interval = VisitSchedule.intervalDays(level);
        LocalDate visit = assessed.plusDays(interval / 2);
        for (int v = 0; v < 3 && !visit.isAfter(today) && i % 7 != 3; v++) {
            jdbc.sql("""
                            insert into rescue.follow_up_visits (returnee_id, plan_id, visited_on, way, visitor,
                                   visitor_org, finding, note, created_by)
                            values (:id, :plan, :on, :way, '镇街网格员', '属地镇（街道）', :finding, :note, 'pengli')
                            """)
                    .param("id", returneeId)
                    .param("plan", plan)
                    .param("on", visit)
                    .param("way", v % 2 == 0 ? "HOME" : "PHONE")
                    .param("finding", v == 0 && level == RiskLevel.HIGH ? "AT_RISK" : "STABLE")
                    .param("note", v == 0 ? "本人在家，情绪平稳，家属同意配合照看" : "电话联系家属，近况稳定")
                    .update();
            visit = visit.plusDays(interval);
        }
    }

    /**
     * A recent stay confirmed as a repeat of an earlier one, one confirmed as a returnee wandering again, and one left
     * for the station to confirm: the person's earlier stay is written down as it would have been, a year before.
     */
    private void linkRecent(List<Long> recent, List<Stay> history, List<Long> returnees) {
        if (recent.size() < 16 || history.isEmpty() || returnees.isEmpty()) {
            return;
        }
        link(recent.get(0), history.get(history.size() - 1).id(), null, "CONFIRMED", 82);
        jdbc.sql("""
                        insert into rescue.repeat_links (case_id, returnee_id, method, score, reasons, status,
                               decided_by, decided_at)
                        values (:id, :returnee, 'MATCH', 76, '演示数据', 'CONFIRMED', 'demo', now())
                        """)
                .param("id", recent.get(15))
                .param("returnee", returnees.get(returnees.size() - 1))
                .update();
        record Person(String sex, String name, LocalDate born, long station, String region, LocalDate admitted) {}
        Person p = jdbc.sql("""
                        select sex, name, birth_date, station_id, region_code,
                               cast(admitted_at at time zone 'Asia/Shanghai' as date) as admitted_on
                          from rescue.cases where id = :id
                        """)
                .param("id", recent.get(2))
                .query((rs, n) -> new Person(
                        rs.getString("sex"),
                        rs.getString("name"),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getLong("station_id"),
                        rs.getString("region_code"),
                        rs.getObject("admitted_on", LocalDate.class)))
                .single();
        LocalDate born = p.born() != null ? p.born() : p.admitted().minusYears(50);
        Stay before = historicStay(
                p.station(), p.region(), p.admitted().minusYears(1), new Stay(0, p.sex(), p.name(), born, p.region()));
        link(recent.get(2), before.id(), null, "SUGGESTED", 78);
    }

    private void link(long caseId, long earlier, Long returnee, String status, int score) {
        jdbc.sql("""
                        insert into rescue.repeat_links (case_id, earlier_case_id, returnee_id, method, score, reasons,
                               status, decided_by, decided_at)
                        values (:id, :earlier, :returnee, 'MATCH', :score, '演示数据', :status,
                               case when :status = 'SUGGESTED' then null else 'demo' end,
                               case when :status = 'SUGGESTED' then null else now() end)
                        """)
                .param("id", caseId)
                .param("earlier", earlier)
                .param("returnee", returnee)
                .param("score", score)
                .param("status", status)
                .update();
    }

    private String name() {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given();
    }

    private String given() {
        int start = random.nextInt(GIVEN.length() / 2) * 2;
        return GIVEN.substring(start, start + 2);
    }

    private IdNumber idNumber(String county6, LocalDate born, boolean male) {
        String first17;
        do {
            int seq = 700 + random.nextInt(150) * 2 + (male ? 1 : 0);
            first17 = county6
                    + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())
                    + seq;
        } while (!issued.add(first17));
        return new IdNumber(first17 + IdNumber.checkChar(first17));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
