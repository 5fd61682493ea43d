package org.minzheng.rescue.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.Masking;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
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
 * DEMO DATA. The rescue network: 滨州市救助管理站（演示） with 80 beds and one station per county of the region
 * tree, each with a few made-up staff; grid workers for several townships of 滨城区 (a lead per township and some
 * village grid workers, demo phones 199…); three trainings this year with attendance; once. The cases demo
 * runner looks these stations up by region code.
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoRescueNetwork implements ApplicationRunner {

    static final String CITY_STATION = "滨州市救助管理站（演示）";

    private static final Logger log = LoggerFactory.getLogger(DemoRescueNetwork.class);
    private static final RegionCode CITY = RegionCode.of("3716");
    private static final RegionCode BINCHENG = RegionCode.of("371602");
    private static final RegionCode PENGLI = RegionCode.of("371602005");
    private static final String SURNAMES = "柏苑郗缪荆邴柯禹滕闵宓桑";
    private static final String GIVEN = "晓明立新海燕春华文静建国红梅志强秀英振华玉兰德胜";
    private static final StationPost[] POSTS = {
        StationPost.DIRECTOR,
        StationPost.CASEWORKER,
        StationPost.SOCIAL_WORKER,
        StationPost.MEDICAL,
        StationPost.ESCORT,
        StationPost.SECURITY
    };

    private final JdbcClient jdbc;
    private final Regions regions;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transaction;
    private int people;

    DemoRescueNetwork(JdbcClient jdbc, Regions regions, PersonalDataCipher cipher, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.cipher = cipher;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from rescue.stations where name = :name)")
                .param("name", CITY_STATION)
                .query(Boolean.class)
                .single();
        if (loaded || regions.find(CITY).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the demo rescue network");
    }

    private void load() {
        DataScope city = new DataScope(CITY);
        List<Long> staff = new ArrayList<>();
        long cityStation = station(CITY_STATION, "CITY", CITY, "滨州市滨城区黄河五路演示街 8 号", 80, 6, staff);
        int n = 0;
        for (RegionSummary county : regions.children(CITY, city)) {
            if (county.level() != RegionLevel.COUNTY) {
                continue;
            }
            n++;
            station(
                    county.name() + "救助管理站（演示）",
                    "COUNTY",
                    county.code(),
                    county.name() + "演示路 " + n + " 号",
                    20 + (n * 7) % 21,
                    3 + n % 4,
                    staff);
        }
        List<Long> grid = gridWorkers(city);
        LocalDate today = LocalDate.now();
        training(
                cityStation,
                "全市救助网络年度业务培训",
                date(today, 120),
                "8",
                "市救助管理站培训室",
                "救助管理办法和实施细则、站内照料规范、甄别寻亲流程。",
                staff,
                grid,
                0);
        training(
                cityStation,
                "网格员街面巡查与转介培训",
                date(today, 60),
                "4",
                "滨城区政务服务中心",
                "街面发现、劝导、联系救助站和公安、记录上报。",
                staff,
                grid,
                1);
        training(
                cityStation, "冬季救助专项行动部署培训", date(today, 10), "3", "市救助管理站会议室", "寒潮期间的主动救助、临时庇护和医疗转介。", staff, grid, 2);
    }

    private long station(
            String name, String kind, RegionCode region, String address, int beds, int staffCount, List<Long> staff) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < staffCount; i++) {
            names.add(name());
        }
        long id = jdbc.sql("""
                        insert into rescue.stations (name, kind, region_code, address, phone, beds, director,
                            opened_on, demo)
                        values (:name, :kind, :region, :address, :phone, :beds, :director, :opened, true)
                        returning id
                        """)
                .param("name", name)
                .param("kind", kind)
                .param("region", region.value())
                .param("address", address)
                .param("phone", "0543-" + (3_100_000 + people * 37))
                .param("beds", beds)
                .param("director", names.get(0))
                .param("opened", LocalDate.of(2004, 6, 1))
                .query(Long.class)
                .single();
        for (int i = 0; i < names.size(); i++) {
            staff.add(jdbc.sql("""
                            insert into rescue.station_staff (station_id, name, post, phone, joined_on, demo)
                            values (:station, :name, :post, :phone, :joined, true) returning id
                            """)
                    .param("station", id)
                    .param("name", names.get(i))
                    .param("post", POSTS[i % POSTS.length].name())
                    .param("phone", "199" + String.format("%08d", 10_000_000 + (people + i) * 13))
                    .param("joined", LocalDate.of(2010 + i, 3, 1))
                    .query(Long.class)
                    .single());
        }
        return id;
    }

    /** A lead for 彭李街道 and three more townships of 滨城区, and village grid workers for their first villages. */
    private List<Long> gridWorkers(DataScope city) {
        List<Long> ids = new ArrayList<>();
        List<RegionSummary> townships = new ArrayList<>();
        regions.find(PENGLI).ifPresent(townships::add);
        regions.children(BINCHENG, city).stream()
                .filter(t -> t.level() == RegionLevel.TOWNSHIP && !t.code().equals(PENGLI))
                .limit(3)
                .forEach(townships::add);
        for (RegionSummary township : townships) {
            ids.add(gridWorker(township.code(), GridDuty.TOWNSHIP_LEAD));
            regions.children(township.code(), city).stream()
                    .filter(v -> v.level() == RegionLevel.VILLAGE)
                    .limit(3)
                    .forEach(v -> ids.add(gridWorker(v.code(), GridDuty.VILLAGE)));
        }
        return ids;
    }

    private long gridWorker(RegionCode region, GridDuty duty) {
        String phone = "199" + String.format("%08d", 20_000_000 + people * 17);
        return jdbc.sql("""
                        insert into rescue.grid_workers (name, region_code, duty, phone_cipher, phone_masked, since,
                            demo, created_by)
                        values (:name, :region, :duty, :cipher, :masked, :since, true, 'demo') returning id
                        """)
                .param("name", name())
                .param("region", region.value())
                .param("duty", duty.name())
                .param("cipher", cipher.encrypt(phone, GridWorkerRepository.PHONE_CONTEXT))
                .param("masked", Masking.phone(phone))
                .param("since", LocalDate.of(2021, 5, 1))
                .query(Long.class)
                .single();
    }

    private void training(
            long station,
            String title,
            LocalDate heldOn,
            String hours,
            String location,
            String content,
            List<Long> staff,
            List<Long> grid,
            int offset) {
        long id = jdbc.sql("""
                        insert into rescue.trainings (title, held_on, hours, station_id, location, content, demo,
                            created_by)
                        values (:title, :held, :hours, :station, :location, :content, true, 'demo') returning id
                        """)
                .param("title", title + "（演示）")
                .param("held", heldOn)
                .param("hours", new BigDecimal(hours))
                .param("station", station)
                .param("location", location)
                .param("content", content)
                .query(Long.class)
                .single();
        for (int i = offset; i < staff.size(); i += 3) {
            jdbc.sql("insert into rescue.training_attendance (training_id, staff_id) values (:t, :p)")
                    .param("t", id)
                    .param("p", staff.get(i))
                    .update();
        }
        for (int i = offset; i < grid.size(); i += 2) {
            jdbc.sql("insert into rescue.training_attendance (training_id, grid_worker_id) values (:t, :p)")
                    .param("t", id)
                    .param("p", grid.get(i))
                    .update();
        }
    }

    /** {@code days} before today, but within this year. */
    private static LocalDate date(LocalDate today, int days) {
        LocalDate date = today.minusDays(days);
        return date.getYear() == today.getYear() ? date : today.withDayOfYear(1);
    }

    /** Made-up two- or three-character names from a fixed pool, different for each person. */
    private String name() {
        int i = people++;
        char surname = SURNAMES.charAt(i % SURNAMES.length());
        int given = (i / SURNAMES.length() * 5 + i) % (GIVEN.length() / 2);
        return surname + GIVEN.substring(given * 2, given * 2 + 2);
    }
}
