package org.minzheng.charity.donation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.charity.ledger.TransferKind;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.RegionCode;
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
 * DEMO DATA. Made-up donors of the demo charity federation (fifteen enterprises, four organisations, six private
 * persons, some of them consenting to be named) and about sixty gifts across Binzhou's five donation brands this
 * year into the demo projects and the general funds, with receipts; three pledges (one fulfilled, one partly, one
 * overdue) and one allocation from the city's general fund. The running demo projects receive well over 40% of
 * their budgets, so that the providers demo can pay its contracts. Credit codes carry a valid check character and
 * belong to no one; phones are invented. Skipped without the demo projects; once.
 */
@Component
@Order(75)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoDonations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDonations.class);
    private static final RegionCode CITY = RegionCode.of("371600000000");
    private static final RegionCode BINCHENG = RegionCode.of("371602000000");
    private static final String BY = "demo";

    static final String HOME_CARE = "一米阳光·居家安养（演示）";
    static final String SCHOOLING = "一米阳光·助学圆梦（演示）";
    static final String ILLNESS = "一米阳光·大病帮扶（演示）";
    static final String CHILDREN = "滨城区困境儿童关爱（演示）";
    private static final String GENERAL = "";

    /** Name, contact, consent to be named. */
    private static final List<Object[]> ENTERPRISES = List.of(
            new Object[] {"滨州渤海先进制造集团（演示）", "周振华", true},
            new Object[] {"滨州黄河三角洲化工有限公司（演示）", "孙立新", true},
            new Object[] {"滨州鲁北纺织集团（演示）", "高红梅", true},
            new Object[] {"滨州港湾物流有限公司（演示）", "吴海涛", false},
            new Object[] {"滨州沾化冬枣农业发展有限公司（演示）", "马秀兰", true},
            new Object[] {"滨州惠民绳网集团（演示）", "杜明远", true},
            new Object[] {"滨州博兴厨具股份有限公司（演示）", "许国庆", false},
            new Object[] {"滨州阳信肉牛食品有限公司（演示）", "蒋春燕", true},
            new Object[] {"滨州无棣海盐科技有限公司（演示）", "韩德胜", true},
            new Object[] {"滨州邹平铝业集团（演示）", "曹玉洁", true},
            new Object[] {"滨州城投建设有限公司（演示）", "袁立军", true},
            new Object[] {"滨州医药健康产业集团（演示）", "邓晓燕", true},
            new Object[] {"滨州鑫源热电有限公司（演示）", "彭志伟", false},
            new Object[] {"滨州金海岸商贸有限公司（演示）", "田丽萍", true},
            new Object[] {"滨州同心农村商业银行（演示）", "程永强", true});

    /** Name, region, consent. */
    private static final List<Object[]> ORGANISATIONS = List.of(
            new Object[] {"滨州市青年企业家协会（演示）", CITY, true},
            new Object[] {"滨州市个体劳动者协会（演示）", CITY, true},
            new Object[] {"滨城区工商业联合会（演示）", BINCHENG, true},
            new Object[] {"滨州市直机关工会（演示）", CITY, true});

    /** Name, phone, region, consent. */
    private static final List<Object[]> INDIVIDUALS = List.of(
            new Object[] {"李爱民（演示）", "13805430101", CITY, true},
            new Object[] {"王春华（演示）", "13905430102", CITY, false},
            new Object[] {"张建国（演示）", "15805430103", BINCHENG, false},
            new Object[] {"刘淑芬（演示）", "0543-3210104", CITY, true},
            new Object[] {"陈志强（演示）", "18605430105", CITY, false},
            new Object[] {"赵秀英（演示）", "13705430106", BINCHENG, true});

    private final JdbcClient jdbc;
    private final DonorRepository donors;
    private final PledgeRepository pledges;
    private final DonationService donations;
    private final FundLedger ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDonations(
            JdbcClient jdbc,
            DonorRepository donors,
            PledgeRepository pledges,
            DonationService donations,
            FundLedger ledger,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.donors = donors;
        this.pledges = pledges;
        this.donations = donations;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from charity.donors where demo)")
                .query(Boolean.class)
                .single();
        Map<String, Long> projects = new HashMap<>();
        for (String name : List.of(HOME_CARE, SCHOOLING, ILLNESS, CHILDREN)) {
            jdbc.sql("select id from charity.projects where name = :name and demo")
                    .param("name", name)
                    .query(Long.class)
                    .optional()
                    .ifPresent(id -> projects.put(name, id));
        }
        if (loaded || projects.size() < 4) {
            return;
        }
        transaction.executeWithoutResult(status -> load(projects, LocalDate.now(clock)));
        log.info("Loaded the demo donors and donations");
    }

    private void load(Map<String, Long> projects, LocalDate today) {
        List<Long> e = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES.size(); i++) {
            Object[] row = ENTERPRISES.get(i);
            e.add(donor(
                    DonorKind.ENTERPRISE,
                    (String) row[0],
                    code("91371600MA7DC", i),
                    (String) row[1],
                    null,
                    (Boolean) row[2],
                    CITY));
        }
        List<Long> o = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS.size(); i++) {
            Object[] row = ORGANISATIONS.get(i);
            o.add(donor(
                    DonorKind.ORGANISATION,
                    (String) row[0],
                    code("51371600MJ7DC", i),
                    null,
                    null,
                    (Boolean) row[2],
                    (RegionCode) row[1]));
        }
        List<Long> p = new ArrayList<>();
        for (Object[] row : INDIVIDUALS) {
            p.add(donor(
                    DonorKind.INDIVIDUAL, (String) row[0], null, null, (String) row[1], (Boolean) row[3], (RegionCode)
                            row[2]));
        }

        LocalDate yearStart = today.withDayOfYear(1);
        long fulfilled = pledge(e.get(9), projects.get(HOME_CARE), 150_000, yearStart, today.plusMonths(2), "分两期到账");
        long partly = pledge(e.get(2), projects.get(SCHOOLING), 200_000, yearStart, today.plusMonths(3), "年内认捐助学款");
        long overdue = pledge(e.get(12), null, 100_000, today.minusMonths(6), today.minusDays(15), "非定向认捐");

        var gifts = new Gifts(projects, today);
        gifts.add(
                e.get(0),
                HOME_CARE,
                DonationBrand.ENTERPRISE_FUND,
                DonationChannel.BANK_TRANSFER,
                150_000,
                "渤海先进制造慈善基金（演示）",
                1,
                18);
        gifts.add(
                e.get(1),
                HOME_CARE,
                DonationBrand.ENTERPRISE_FUND,
                DonationChannel.BANK_TRANSFER,
                120_000,
                "黄河三角洲化工慈善基金（演示）",
                2,
                6);
        gifts.add(
                e.get(2),
                SCHOOLING,
                DonationBrand.ENTERPRISE_FUND,
                DonationChannel.BANK_TRANSFER,
                100_000,
                "鲁北纺织助学基金（演示）",
                3,
                12,
                partly);
        gifts.add(
                e.get(9),
                HOME_CARE,
                DonationBrand.ENTERPRISE_FUND,
                DonationChannel.BANK_TRANSFER,
                100_000,
                "邹平铝业爱心基金（演示）",
                3,
                20,
                fulfilled);
        gifts.add(
                e.get(9),
                HOME_CARE,
                DonationBrand.ENTERPRISE_FUND,
                DonationChannel.BANK_TRANSFER,
                50_000,
                "邹平铝业爱心基金（演示）",
                6,
                20,
                fulfilled);
        gifts.add(
                e.get(11),
                ILLNESS,
                DonationBrand.ENTERPRISE_FUND,
                DonationChannel.BANK_TRANSFER,
                80_000,
                "医药健康大病救助基金（演示）",
                4,
                9);
        gifts.add(
                e.get(14),
                SCHOOLING,
                DonationBrand.ENTERPRISE_FUND,
                DonationChannel.BANK_TRANSFER,
                80_000,
                "同心农商助学基金（演示）",
                5,
                15);
        gifts.add(
                e.get(10),
                CHILDREN,
                DonationBrand.ENTERPRISE_FUND,
                DonationChannel.BANK_TRANSFER,
                60_000,
                "城投关爱儿童基金（演示）",
                5,
                28);
        gifts.add(e.get(3), HOME_CARE, DonationBrand.OTHER, DonationChannel.CHEQUE, 50_000, null, 4, 2);
        gifts.add(e.get(4), SCHOOLING, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 30_000, null, 6, 8);
        gifts.add(e.get(5), HOME_CARE, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 40_000, null, 7, 3);
        gifts.add(e.get(5), CHILDREN, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 30_000, null, 9, 5);
        gifts.add(e.get(6), GENERAL, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 50_000, null, 2, 26);
        gifts.add(e.get(6), HOME_CARE, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 60_000, null, 8, 14);
        gifts.add(e.get(7), GENERAL, DonationBrand.OTHER, DonationChannel.CHEQUE, 30_000, null, 5, 6);
        gifts.add(e.get(7), SCHOOLING, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 40_000, null, 8, 30);
        gifts.add(e.get(8), ILLNESS, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 40_000, null, 9, 16);
        gifts.add(e.get(12), GENERAL, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 60_000, null, 6, 1, overdue);
        gifts.add(e.get(13), CHILDREN, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 30_000, null, 7, 22);
        gifts.add(e.get(13), SCHOOLING, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 20_000, null, 10, 11);
        gifts.add(e.get(0), GENERAL, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 50_000, null, 9, 29);
        gifts.add(e.get(1), SCHOOLING, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 20_000, null, 9, 1);
        gifts.add(e.get(10), GENERAL, DonationBrand.OTHER, DonationChannel.BANK_TRANSFER, 40_000, null, 10, 20);

        // 党员主题党日: the city organs' union collects every month; the others on occasion
        for (int month = 1; month <= 11; month++) {
            gifts.add(
                    o.get(3),
                    GENERAL,
                    DonationBrand.PARTY_MEMBER_DAY,
                    DonationChannel.CASH,
                    2_000 + month * 150,
                    null,
                    month,
                    1);
        }
        gifts.add(o.get(0), GENERAL, DonationBrand.PARTY_MEMBER_DAY, DonationChannel.BANK_TRANSFER, 20_000, null, 7, 1);
        gifts.add(
                o.get(0),
                HOME_CARE,
                DonationBrand.PARTY_MEMBER_DAY,
                DonationChannel.BANK_TRANSFER,
                12_000,
                null,
                10,
                1);
        gifts.add(o.get(1), GENERAL, DonationBrand.PARTY_MEMBER_DAY, DonationChannel.BANK_TRANSFER, 15_000, null, 7, 1);
        gifts.add(
                o.get(1),
                SCHOOLING,
                DonationBrand.PARTY_MEMBER_DAY,
                DonationChannel.BANK_TRANSFER,
                10_000,
                null,
                11,
                1);
        gifts.add(
                o.get(2), CHILDREN, DonationBrand.PARTY_MEMBER_DAY, DonationChannel.BANK_TRANSFER, 25_000, null, 6, 1);

        // 慈心一日捐: one day's pay, mostly in the spring campaign
        gifts.add(
                o.get(3), GENERAL, DonationBrand.ONE_DAY_DONATION, DonationChannel.BANK_TRANSFER, 30_000, null, 4, 15);
        gifts.add(p.get(0), GENERAL, DonationBrand.ONE_DAY_DONATION, DonationChannel.CASH, 1_000, null, 4, 16);
        gifts.add(p.get(1), GENERAL, DonationBrand.ONE_DAY_DONATION, DonationChannel.CASH, 800, null, 4, 17);
        gifts.add(p.get(2), GENERAL, DonationBrand.ONE_DAY_DONATION, DonationChannel.CASH, 500, null, 4, 18);
        gifts.add(
                p.get(3), SCHOOLING, DonationBrand.ONE_DAY_DONATION, DonationChannel.BANK_TRANSFER, 2_000, null, 4, 20);
        gifts.add(
                p.get(4), HOME_CARE, DonationBrand.ONE_DAY_DONATION, DonationChannel.BANK_TRANSFER, 1_500, null, 4, 21);
        gifts.add(p.get(5), CHILDREN, DonationBrand.ONE_DAY_DONATION, DonationChannel.CASH, 600, null, 4, 22);
        gifts.add(
                o.get(2), GENERAL, DonationBrand.ONE_DAY_DONATION, DonationChannel.BANK_TRANSFER, 12_000, null, 4, 25);

        // 村居（社区）互助基金: gifts kept for one village's own neighbours
        gifts.add(
                p.get(2),
                GENERAL,
                DonationBrand.VILLAGE_MUTUAL_AID,
                DonationChannel.CASH,
                5_000,
                "彭李街道黄河社区互助基金（演示）",
                3,
                5);
        gifts.add(
                o.get(2),
                GENERAL,
                DonationBrand.VILLAGE_MUTUAL_AID,
                DonationChannel.BANK_TRANSFER,
                8_000,
                "里则街道里则村互助基金（演示）",
                5,
                10);
        gifts.add(
                e.get(13),
                GENERAL,
                DonationBrand.VILLAGE_MUTUAL_AID,
                DonationChannel.BANK_TRANSFER,
                10_000,
                "彭李街道黄河社区互助基金（演示）",
                8,
                8);
        gifts.add(
                p.get(5),
                GENERAL,
                DonationBrand.VILLAGE_MUTUAL_AID,
                DonationChannel.CASH,
                1_200,
                "里则街道里则村互助基金（演示）",
                10,
                2);

        // 网民网络捐赠: small online gifts, mostly for the serious-illness appeal
        int[][] online = {
            {0, 200, 1}, {1, 500, 2}, {3, 300, 5}, {4, 1_000, 7}, {5, 100, 8}, {0, 260, 9}, {4, 888, 10}, {1, 120, 11}
        };
        for (int[] row : online) {
            gifts.add(p.get(row[0]), ILLNESS, DonationBrand.ONLINE, DonationChannel.ONLINE, row[1], null, row[2], 9);
        }
        gifts.add(p.get(3), HOME_CARE, DonationBrand.ONLINE, DonationChannel.ONLINE, 1_666, null, 9, 9);
        gifts.add(p.get(0), SCHOOLING, DonationBrand.ONLINE, DonationChannel.ONLINE, 520, null, 6, 1);

        long general = ledger.generalFund(CITY.value());
        ledger.transfer(
                general,
                ledger.projectFund(projects.get(ILLNESS)),
                100_000_00L,
                TransferKind.ALLOCATION,
                "按急难愁盼清单统筹拨付大病帮扶项目（演示）",
                BY);
        log.info("Recorded {} demo donations", gifts.count);
    }

    private long donor(
            DonorKind kind,
            String name,
            String creditCode,
            String contact,
            String phone,
            boolean consent,
            RegionCode region) {
        return donors.insert(new DonorForm(kind, name, creditCode, contact, phone, consent), region, true, BY);
    }

    private long pledge(long donor, Long project, long yuan, LocalDate pledged, LocalDate due, String note) {
        return pledges.insert(new PledgeForm(donor, "", project, pledged, due, note), yuan * 100, CITY, BY);
    }

    /** A credit code of the demo series: 13 fixed characters, four digits, and the check character. */
    private static String code(String prefix, int i) {
        String first17 = prefix + "%04d".formatted(1001 + i);
        return first17 + CreditCode.checkChar(first17);
    }

    /** Gifts on a day of this year no later than today; the 滨城区 project's gifts are kept by 滨城区. */
    private final class Gifts {

        private final Map<String, Long> projects;
        private final LocalDate today;
        private int count;

        Gifts(Map<String, Long> projects, LocalDate today) {
            this.projects = projects;
            this.today = today;
        }

        void add(
                long donor,
                String project,
                DonationBrand brand,
                DonationChannel channel,
                long yuan,
                String fund,
                int month,
                int day) {
            add(donor, project, brand, channel, yuan, fund, month, day, null);
        }

        void add(
                long donor,
                String project,
                DonationBrand brand,
                DonationChannel channel,
                long yuan,
                String fund,
                int month,
                int day,
                Long pledge) {
            LocalDate on = LocalDate.of(today.getYear(), month, Math.min(day, 28));
            if (on.isAfter(today)) {
                on = today;
            }
            boolean bincheng = CHILDREN.equals(project)
                    || (GENERAL.equals(project)
                            && (brand == DonationBrand.VILLAGE_MUTUAL_AID || donorOfBincheng(donor)));
            Long projectId = GENERAL.equals(project) ? null : projects.get(project);
            donations.store(
                    new DonationForm(donor, "", channel, brand, fund, projectId, pledge, on, false),
                    yuan * 100,
                    bincheng ? BINCHENG : CITY,
                    today,
                    true,
                    BY);
            count++;
        }

        private boolean donorOfBincheng(long donor) {
            return jdbc.sql("select region_code from charity.donors where id = :id")
                    .param("id", donor)
                    .query(String.class)
                    .single()
                    .equals(BINCHENG.value());
        }
    }
}
