package org.minzheng.eldercare.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO DATA. A home-care network across every county of the city, so that the supervision centre, dispatch and
 * settlement have something to show: one or two made-up providers per county (滨城区 reuses the three of
 * {@code DemoProviders}), their caregivers, elders with an assessment and an active 家庭养老床位, and for the last
 * three months each bed's service plan and visits — mostly done, some late, missed or with anomalies, the rest
 * of this month dispatched or planned — plus a few complaints. Everything is marked demo, written once in one
 * transaction, and the same on every start (fixed seed). The demo caregiver 赵春梅 signs in as {@code huli} and
 * has visits in 彭李街道 today.
 */
@Component
@Order(67)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoCareNetwork implements ApplicationRunner {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String BINCHENG = "371602";
    static final String PENGLI = "371602005";
    static final String HULI = "huli";
    static final String HULI_CAREGIVER = "赵春梅";
    private static final long SEED = 3716_2026L;
    private static final String[] CREDIT_CODE_SUFFIXES = {"C1", "C2"};

    private static final Logger log = LoggerFactory.getLogger(DemoCareNetwork.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;
    private final String city;

    DemoCareNetwork(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transaction,
            PersonalDataCipher cipher,
            BlindIndex index,
            @Value("${minzheng.city:371600000000}") String city) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.cipher = cipher;
        this.index = index;
        this.city = city.substring(0, 4);
    }

    /** A provider of the network, with the townships it serves and its active caregivers. */
    record Provider(long id, String county, List<String> townships, List<Long> caregivers) {}

    /** An established bed: who, where, which provider and the elder's capability level. */
    record Bed(long id, long elderId, String region, Provider provider, int level, LocalDate acceptedOn) {}

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from eldercare.visits where demo)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(CHINA);
        int[] counts = transaction.execute(status -> load(today));
        log.info(
                "Loaded a demo home-care network: {} beds, {} visits in {} ms",
                counts[0],
                counts[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    private int[] load(LocalDate today) {
        Random random = new Random(SEED);
        DemoPeople people = new DemoPeople(random);
        Map<String, String> counties = new LinkedHashMap<>();
        jdbc.sql(
                        "select code, name from region.regions where level = 'COUNTY' and code like :city || '%' order by code")
                .param("city", city)
                .query(rs -> {
                    counties.put(rs.getString(1).substring(0, 6), rs.getString(2));
                });
        Map<String, List<String>> townships = new LinkedHashMap<>();
        Map<String, List<String>> villages = new LinkedHashMap<>();
        jdbc.sql("""
                        select code, level from region.regions
                        where level in ('TOWNSHIP', 'VILLAGE') and code like :city || '%' order by code
                        """).param("city", city).query(rs -> {
            String code = rs.getString(1);
            if ("TOWNSHIP".equals(rs.getString(2))) {
                townships
                        .computeIfAbsent(code.substring(0, 6), c -> new ArrayList<>())
                        .add(code);
            } else {
                villages.computeIfAbsent(code.substring(0, 9), c -> new ArrayList<>())
                        .add(code);
            }
        });
        List<Provider> providers = new ArrayList<>();
        int countyNumber = 0;
        for (var county : counties.entrySet()) {
            List<String> areas = townships.getOrDefault(county.getKey(), List.of());
            if (areas.isEmpty()) {
                continue;
            }
            if (county.getKey().equals(BINCHENG)) {
                providers.addAll(binchengProviders(people));
            } else {
                int number = countyNumber % 2 == 0 ? 2 : 1;
                for (int n = 0; n < number; n++) {
                    providers.add(newProvider(county.getKey(), county.getValue(), n, areas, people, random));
                }
            }
            countyNumber++;
        }
        Provider huliProvider = providers.stream()
                .filter(p -> p.county().equals(BINCHENG) && p.townships().contains(PENGLI + "000"))
                .findFirst()
                .orElse(null);
        Long huli = huliProvider == null ? null : linkHuli(huliProvider);

        List<Bed> beds = new DemoBeds(jdbc, batch, cipher, index, people, random)
                .establish(providers, villages, huliProvider, today);
        DemoVisits visits = new DemoVisits(jdbc, batch, random);
        int visitCount = visits.plan(beds, today, huli);
        complaints(providers, today, random);
        return new int[] {beds.size(), visitCount};
    }

    /** The three providers DemoProviders made, each topped up to three caregivers. */
    private List<Provider> binchengProviders(DemoPeople people) {
        List<Provider> found = new ArrayList<>();
        jdbc.sql("select id from eldercare.providers where demo and county_code = :county order by id")
                .param("county", BINCHENG + "000000")
                .query(Long.class)
                .list()
                .forEach(id -> {
                    List<String> areas = jdbc.sql(
                                    "select township_code from eldercare.provider_areas where provider_id = :id order by township_code")
                            .param("id", id)
                            .query(String.class)
                            .list();
                    List<Long> caregivers = new ArrayList<>(jdbc.sql(
                                    "select id from eldercare.caregivers where provider_id = :id and active order by id")
                            .param("id", id)
                            .query(Long.class)
                            .list());
                    while (caregivers.size() < 3) {
                        caregivers.add(caregiver(id, BINCHENG, people));
                    }
                    found.add(new Provider(id, BINCHENG, areas, List.copyOf(caregivers)));
                });
        return found;
    }

    private Provider newProvider(
            String county, String countyName, int n, List<String> areas, DemoPeople people, Random random) {
        String stem = "52" + county + "0000000" + CREDIT_CODE_SUFFIXES[n];
        String name = countyName + (n == 0 ? "安康居家养老服务中心（演示）" : "孝和养老服务有限公司（演示）");
        long id = jdbc.sql("""
                        insert into eldercare.providers (name, credit_code, contact_name, contact_phone, county_code, demo)
                        values (:name, :code, '王经理', :phone, :county, true) returning id
                        """)
                .param("name", name)
                .param("code", stem + CreditCode.checkChar(stem))
                .param("phone", "0543-" + (5100000 + random.nextInt(899999)))
                .param("county", county + "000000")
                .query(Long.class)
                .single();
        int first = Math.min(n * 3, Math.max(areas.size() - 2, 0));
        List<String> served = areas.subList(first, Math.min(first + 2 + random.nextInt(2), areas.size()));
        for (String township : served) {
            jdbc.sql("insert into eldercare.provider_areas (provider_id, township_code) values (:id, :t)")
                    .param("id", id)
                    .param("t", township)
                    .update();
        }
        LocalDate yearStart = LocalDate.now(CHINA).withDayOfYear(1);
        jdbc.sql("""
                        insert into eldercare.provider_contracts (provider_id, number, valid_from, valid_to)
                        values (:id, :number, :from, :to)
                        """)
                .param("id", id)
                .param("number", "BZMZ-YL-" + yearStart.getYear() + "-" + county + "-" + (n + 1))
                .param("from", yearStart)
                .param("to", yearStart.plusYears(2).minusDays(1))
                .update();
        List<Long> caregivers = new ArrayList<>();
        int size = 3 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            caregivers.add(caregiver(id, county, people));
        }
        return new Provider(id, county, List.copyOf(served), List.copyOf(caregivers));
    }

    /** Encrypted and blind-indexed the way the provider module stores caregivers. */
    private long caregiver(long providerId, String county, DemoPeople people) {
        IdNumber idNumber = people.caregiverIdNumber(county);
        return jdbc.sql("""
                        insert into eldercare.caregivers (provider_id, name, id_number_cipher, id_number_index, phone_cipher, demo)
                        values (:provider, :name, :idCipher, :idIndex, :phoneCipher, true) returning id
                        """)
                .param("provider", providerId)
                .param("name", people.caregiverName())
                .param("idCipher", cipher.encrypt(idNumber.value(), "eldercare.caregivers.id_number"))
                .param("idIndex", index.of(idNumber.value(), "eldercare.caregivers.id_number"))
                .param("phoneCipher", cipher.encrypt(people.phone(), "eldercare.caregivers.phone"))
                .query(Long.class)
                .single();
    }

    /** Links 赵春梅 to the demo caregiver account, unless some caregiver already signs in as huli. */
    private Long linkHuli(Provider provider) {
        Long id = jdbc.sql(
                        "select id from eldercare.caregivers where provider_id = :provider and name = :name order by id limit 1")
                .param("provider", provider.id())
                .param("name", HULI_CAREGIVER)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id == null) {
            return null;
        }
        jdbc.sql("""
                        update eldercare.caregivers set username = :username
                        where id = :id and not exists (select 1 from eldercare.caregivers where username = :username)
                        """).param("username", HULI).param("id", id).update();
        return id;
    }

    private void complaints(List<Provider> providers, LocalDate today, Random random) {
        String[] channels = {"12345热线", "电话", "现场", "微信"};
        String[] contents = {
            "护理员上门时间比约定晚了一个多小时，也没有提前打电话。", "助浴时水温过低，老人有些着凉。", "护理员服务不到半小时就走了，打扫不彻底。", "更换护理员后没有通知家属。", "服务记录写的项目与实际不符。"
        };
        String[] results = {"已约谈服务商并要求整改，家属表示满意。", "经核实情况属实，已扣减当次服务费用。", "已向家属解释并调整服务时间。"};
        List<Object[]> rows = new ArrayList<>();
        Map<String, List<Provider>> byCounty = new LinkedHashMap<>();
        providers.forEach(p ->
                byCounty.computeIfAbsent(p.county(), c -> new ArrayList<>()).add(p));
        LocalDate first = YearMonth.from(today).minusMonths(2).atDay(1);
        int span = (int) (today.toEpochDay() - first.toEpochDay()) + 1;
        byCounty.values().forEach(list -> {
            int count = 3 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Provider provider = list.get(random.nextInt(list.size()));
                LocalDate received = first.plusDays(random.nextInt(span));
                boolean closed = received.isBefore(today.minusDays(3)) && random.nextInt(10) < 6;
                rows.add(new Object[] {
                    provider.id(),
                    random.nextBoolean()
                            ? provider.caregivers()
                                    .get(random.nextInt(provider.caregivers().size()))
                            : null,
                    received,
                    channels[random.nextInt(channels.length)],
                    contents[random.nextInt(contents.length)],
                    closed ? results[random.nextInt(results.length)] : null,
                    closed ? received.plusDays(3).atTime(16, 0).atZone(CHINA).toOffsetDateTime() : null
                });
            }
        });
        batch.batchUpdate("""
                insert into eldercare.provider_complaints (provider_id, caregiver_id, received_on, channel, content, result, closed_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    /** GB 32100-2015 check character (mod 31, weights 3^i mod 31), as the provider module computes it. */

    /** Ids taken from a table's sequence in one round trip, so that rows can be batch-inserted with their ids. */
    static List<Long> nextIds(JdbcClient jdbc, String table, int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence(:table, 'id')) from generate_series(1, :count)")
                .param("table", table)
                .param("count", count)
                .query(Long.class)
                .list();
    }
}
