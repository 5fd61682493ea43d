package org.minzheng.assistance.recipient;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Programme;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * DEMO DATA. Forty made-up recipient households (marked demo, with demo registry households) enrolled
 * since early 2026 in the villages of 里则街道 and 彭李街道, standing for cases approved before the
 * platform went live (their case numbers are dated 2026-01-01 and lead to no case). They give the
 * payroll, the public lists (码上查) and the personal benefit list (码上清) months of history to show.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoRecipients implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRecipients.class);
    private static final int COUNT = 40;
    static final String DEMO_ID_NUMBER = "371621195205150021";
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "孙", "周", "吴", "郑", "马"};
    private static final String[] GIVEN = {"秀英", "桂兰", "建国", "志强", "玉梅", "德明", "凤英", "树林", "淑珍", "振华"};

    private final Enrolments enrolments;
    private final Regions regions;
    private final JdbcClient jdbc;

    DemoRecipients(Enrolments enrolments, Regions regions, JdbcClient jdbc) {
        this.enrolments = enrolments;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql(
                        "select exists (select 1 from assistance.recipients where case_number like 'MZ20260101-%')")
                .query(Boolean.class)
                .single();
        List<RegionCode> villages = new ArrayList<>();
        for (String township : List.of("371602012", "371602005")) {
            regions.within(new DataScope(RegionCode.of(township))).stream()
                    .filter(region -> region.level() == RegionLevel.VILLAGE)
                    .map(RegionSummary::code)
                    .forEach(villages::add);
        }
        if (loaded || villages.isEmpty()) {
            return;
        }
        Random random = new Random(2026);
        for (int i = 1; i <= COUNT; i++) {
            Programme programme = i % 5 == 0 ? Programme.TEKUN : Programme.DIBAO;
            YearMonth start = YearMonth.of(2026, 1 + random.nextInt(10));
            int size = programme == Programme.TEKUN ? 1 : 1 + random.nextInt(4);
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            List<Enrolment.Member> members = new ArrayList<>();
            Enrolment.Member head = member(
                    surname + GIVEN[random.nextInt(GIVEN.length)], 1940 + random.nextInt(30), "02", random, true);
            // The first is the documented demo sign-in of 码上清 (README): 王秀英, 371621195205150021, 13905435001.
            members.add(
                    i == 1
                            ? new Enrolment.Member("王秀英", IdNumber.parse(DEMO_ID_NUMBER), "02", WorkAbility.NONE, true)
                            : head);
            for (int m = 1; m < size; m++) {
                members.add(member(
                        surname + GIVEN[random.nextInt(GIVEN.length)],
                        1975 + random.nextInt(40),
                        m == 1 ? "10" : "20",
                        random,
                        false));
            }
            long monthly = programme == Programme.TEKUN ? 1_066_00L : size * (200 + random.nextInt(500)) * 100L;
            enrolments.enrol(new Enrolment(
                    new CaseNumber(String.format("MZ20260101-%06d", i)),
                    villages.get(random.nextInt(villages.size())),
                    programme,
                    HukouType.RURAL,
                    "演示地址" + i + "号",
                    members,
                    new PhoneNumber(String.format("1390543%04d", 5000 + i)),
                    monthly,
                    start,
                    programme == Programme.TEKUN ? ReviewCycle.YEARLY : ReviewCycle.HALF_YEARLY,
                    start.minusMonths(1).atDay(15),
                    "demo",
                    true));
        }
        log.info("Enrolled {} generated demo recipients", COUNT);
    }

    private static Enrolment.Member member(String name, int year, String relationship, Random random, boolean head) {
        String first17 = String.format(
                "371621%04d%02d%02d%03d", year, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return new Enrolment.Member(
                name,
                IdNumber.parse(first17 + IdNumber.checkChar(first17)),
                relationship,
                head ? WorkAbility.NONE : WorkAbility.PARTIAL,
                head);
    }
}
