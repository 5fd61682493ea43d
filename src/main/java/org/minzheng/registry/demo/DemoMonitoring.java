package org.minzheng.registry.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Warnings;
import org.minzheng.registry.Warnings.NewWarning;
import org.minzheng.registry.Warnings.WarningLevel;
import org.minzheng.registry.feed.FeedField;
import org.minzheng.registry.feed.FeedImports;
import org.minzheng.registry.feed.FeedKind;
import org.minzheng.registry.household.PersonalDataContexts;
import org.minzheng.shared.IdNumber;
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
 * DEMO DATA. Once, after the demo households exist: made-up department records (医保 spending, a death, a
 * disability certificate, a vehicle, a home, and a few about people not registered) and the warnings they
 * stand for, raised through {@link Warnings} on households of 里则街道, those of the demo village 里则街村 (the
 * {@code cunwei} account) first, so that it has open tasks; one task is overdue. The warnings carry the codes of
 * the seeded monitoring rules (policy V2), so when those rules run on the delivery they find them open and
 * raise nothing twice. It runs after the demo payrolls, so that the death's stop-payment request suspends a
 * benefit that has been paid, as it would in a running city. Every record is marked demo; no real person is
 * meant.
 */
@Component
@Order(57)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoMonitoring implements ApplicationRunner {

    static final String VILLAGE = "371602012201";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final FeedImports feeds;
    private final Warnings warnings;
    private final TransactionTemplate transaction;

    DemoMonitoring(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            FeedImports feeds,
            Warnings warnings,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.feeds = feeds;
        this.warnings = warnings;
        this.transaction = transaction;
    }

    /** A demo household's member as the records need them. */
    private record Member(
            long householdId, long personId, String name, String idNumber, boolean head, List<String> categories) {

        boolean in(String... wanted) {
            return java.util.Arrays.stream(wanted).anyMatch(categories::contains);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from registry.feed_records where demo)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        List<Member> members = jdbc.sql("""
                        select p.household_id, p.id, p.name, p.id_number_cipher, p.head, h.categories
                        from registry.persons p join registry.households h on h.id = p.household_id
                        where h.demo and h.region_code like :township || '%'
                        order by h.region_code = :village desc, h.id, p.head desc, p.id
                        """)
                .param("township", VILLAGE.substring(0, 9))
                .param("village", VILLAGE)
                .query((rs, n) -> new Member(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        cipher.decrypt(rs.getBytes(4), PersonalDataContexts.ID_NUMBER),
                        rs.getBoolean(5),
                        List.of((String[]) rs.getArray(6).getArray())))
                .list();
        if (members.stream().map(Member::householdId).distinct().count() < 4) {
            return;
        }
        transaction.executeWithoutResult(status -> load(members));
        log.info("Loaded demo department records and warnings in township {}", VILLAGE.substring(0, 9));
    }

    /**
     * Picks households the seeded monitoring rules apply to (a death counts in 低保 and 特困 households, a
     * vehicle in 低保 ones), so that the rules, run on the delivery, would raise the same warnings.
     */
    private void load(List<Member> members) {
        LocalDate today = LocalDate.now(CHINA);
        java.util.Set<Long> taken = new java.util.HashSet<>();
        Member sick = pick(members, taken, true, "dibao", "tekun", "edge", "monitored");
        Member deceased = pick(members, taken, false, "dibao", "tekun");
        Member disabled = pick(members, taken, true, "dibao", "tekun", "edge", "monitored");
        Member driver = pick(members, taken, true, "dibao");

        feeds.deliverDemo(
                "medical-insurance",
                FeedKind.MEDICAL_EXPENSE,
                List.of(
                        medical("DEMO-YB-0001", sick, today.minusMonths(7), "21600.00", "滨州医学院附属医院"),
                        medical("DEMO-YB-0002", sick, today.minusMonths(3), "18450.00", "滨州市人民医院"),
                        medical("DEMO-YB-0003", sick, today.minusDays(20), "8550.00", "滨城区里则街道卫生院")));
        feeds.deliverDemo(
                "public-security", FeedKind.DEATH, List.of(record("DEMO-GA-0001", deceased, today.minusDays(12))));
        Map<FeedField, String> certificate = record("DEMO-CL-0001", disabled, today.minusDays(30));
        certificate.put(FeedField.CATEGORY, "4");
        certificate.put(FeedField.GRADE, "1");
        feeds.deliverDemo("disabled-federation", FeedKind.DISABILITY_CERTIFICATE, List.of(certificate));
        Map<FeedField, String> vehicle = record("DEMO-CG-0001", driver, today.minusDays(45));
        vehicle.put(FeedField.PLATE, "鲁M7D2K8");
        vehicle.put(FeedField.DETAIL, "小型轿车");
        feeds.deliverDemo("traffic-police", FeedKind.VEHICLE, List.of(vehicle));
        feeds.deliverDemo("medical-insurance", FeedKind.MEDICAL_EXPENSE, unregistered(today));

        raise(
                sick,
                "MEDICAL-SPENDING",
                "大额医疗支出",
                WarningLevel.ORANGE,
                "医保报送近12个月个人自付医疗费用合计 48,600.00 元（3笔），超过 20,000 元，可能因病致贫。",
                15,
                false);
        raise(
                deceased,
                "MEMBER-DEATH",
                "低保特困家庭成员死亡",
                WarningLevel.RED,
                "公安报送：家庭成员" + deceased.name() + "于" + today.minusDays(12) + "死亡，需核减保障人口并暂停发放。",
                10,
                true);
        raise(
                disabled,
                "SEVERE-DISABILITY",
                "新增重度残疾",
                WarningLevel.ORANGE,
                "残联报送：" + disabled.name() + "新领取肢体残疾一级残疾证（" + today.minusDays(30) + "），可能符合重度残疾人护理补贴。",
                15,
                false);
        raise(
                driver,
                "VEHICLE-PROPERTY",
                "低保家庭新增车辆或房产",
                WarningLevel.YELLOW,
                "车管报送：" + driver.name() + "名下登记小型轿车一辆（" + today.minusDays(45) + "），需核实家庭财产状况。",
                30,
                false);
        // the demo village's task already late, so that the demo shows how overdue work is flagged
        jdbc.sql("update registry.tasks set due_on = :late where household_id = :household and status = 'OPEN'")
                .param("late", today.minusDays(2))
                .param("household", sick.householdId())
                .update();
        jdbc.sql("update registry.warnings set due_on = :late where household_id = :household and status = 'OPEN'")
                .param("late", today.minusDays(2))
                .param("household", sick.householdId())
                .update();
    }

    private void raise(
            Member member, String rule, String name, WarningLevel level, String reason, int days, boolean stopPayment) {
        warnings.raise(new NewWarning(
                new HouseholdId(member.householdId()),
                member.personId(),
                rule,
                name,
                level,
                reason,
                days,
                stopPayment));
    }

    private static Map<FeedField, String> medical(
            String id, Member member, LocalDate day, String yuan, String hospital) {
        Map<FeedField, String> record = record(id, member, day);
        record.put(FeedField.AMOUNT, yuan);
        record.put(FeedField.DETAIL, hospital);
        return record;
    }

    private static Map<FeedField, String> record(String id, Member member, LocalDate day) {
        Map<FeedField, String> record = new EnumMap<>(FeedField.class);
        record.put(FeedField.EXTERNAL_ID, id);
        record.put(FeedField.ID_NUMBER, member.idNumber());
        record.put(FeedField.NAME, member.name());
        record.put(FeedField.DATE, day.toString());
        return record;
    }

    /** Settlements of made-up people nobody registered: they stay 未匹配. */
    private static List<Map<FeedField, String>> unregistered(LocalDate today) {
        List<Map<FeedField, String>> records = new ArrayList<>();
        String[] names = {"周志明", "吴淑芬", "郑海波"};
        for (int i = 0; i < names.length; i++) {
            String first17 = "37160219" + (60 + i * 7) + "0" + (3 + i) + "1" + (2 + i) + "9" + (31 + i * 2);
            Map<FeedField, String> record = new EnumMap<>(FeedField.class);
            record.put(FeedField.EXTERNAL_ID, "DEMO-YB-10" + i);
            record.put(FeedField.ID_NUMBER, first17 + IdNumber.checkChar(first17));
            record.put(FeedField.NAME, names[i]);
            record.put(FeedField.DATE, today.minusDays(10L + i).toString());
            record.put(FeedField.AMOUNT, (1200 + i * 850) + ".00");
            records.add(record);
        }
        return records;
    }

    /**
     * The first member, of a household not taken yet and of one of the categories, who is the head (or, when
     * {@code head} is false, another member if the household has one); falls back to any household left.
     */
    private static Member pick(List<Member> members, java.util.Set<Long> taken, boolean head, String... categories) {
        Member chosen = members.stream()
                .filter(m -> !taken.contains(m.householdId()) && m.in(categories) && m.head() == head)
                .findFirst()
                .or(() -> members.stream()
                        .filter(m -> !taken.contains(m.householdId()) && m.in(categories))
                        .findFirst())
                .orElseGet(() -> members.stream()
                        .filter(m -> !taken.contains(m.householdId()))
                        .findFirst()
                        .orElseThrow());
        taken.add(chosen.householdId());
        return chosen;
    }
}
