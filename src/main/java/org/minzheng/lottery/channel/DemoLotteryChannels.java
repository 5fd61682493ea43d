package org.minzheng.lottery.channel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.CreditCode;
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
 * DEMO DATA. The centre's channels as the 2022 Binzhou case describes them, with made-up people and numbers: the
 * 1+3 teams with 25 members, one contracted area per county, twelve partners (京博, 圣豪, 中裕, the malls and a few
 * invented chains) with agreements and valid made-up credit codes, about 110 betting shops opened years ago and
 * about 60 new-channel outlets of the last 18 months (a few closed), the 快乐吧 hall with a year of daily visitors
 * and 60 events, and the youth car-wash project with its grants; once. A fixed seed keeps every start alike; the
 * sales demo runner finds the outlets by code.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoLotteryChannels implements ApplicationRunner {

    static final String FIRST_PARTNER = "京博控股（演示）";
    static final String HALL = "滨州福彩快乐吧综合厅（演示）";

    private static final Logger log = LoggerFactory.getLogger(DemoLotteryChannels.class);
    private static final RegionCode CITY = RegionCode.of("3716");
    private static final String SURNAMES = "宫蔺阚隗卜靳冼甘屠栾";
    private static final String GIVEN = "振东晓燕立军美玲国庆海英建华桂芳永刚秀梅志远";
    private static final String[][] PARTNERS = {
        {FIRST_PARTNER, "ENTERPRISE"},
        {"圣豪（演示）", "CHAIN"},
        {"中裕（演示）", "ENTERPRISE"},
        {"万达广场（演示）", "MALL"},
        {"滨州IFC（演示）", "MALL"},
        {"爱琴海购物公园（演示）", "MALL"},
        {"惠邻便利连锁（演示）", "CHAIN"},
        {"黄河口超市（演示）", "CHAIN"},
        {"渤海加油站连锁（演示）", "CHAIN"},
        {"乐家烟酒连锁（演示）", "CHAIN"},
        {"滨北农资服务社（演示）", "OTHER"},
        {"鲁北邮政便民站（演示）", "ENTERPRISE"}
    };
    private static final String[] EVENTS = {
        "公益助残义卖", "彩民开放日", "快乐8 玩法讲解", "社区邻里联欢", "助学圆梦公益行", "刮刮乐体验日", "志愿者培训", "重阳敬老茶话会"
    };
    private static final String[] EVENT_KINDS = {"WELFARE", "PROMOTION", "TRAINING", "COMMUNITY"};

    private final JdbcClient jdbc;
    private final Regions regions;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transaction;
    private final Random random = new Random(2022_11);
    private int people;

    DemoLotteryChannels(JdbcClient jdbc, Regions regions, PersonalDataCipher cipher, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.cipher = cipher;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from lottery.partners where name = :name)")
                .param("name", FIRST_PARTNER)
                .query(Boolean.class)
                .single();
        if (loaded || regions.find(CITY).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the demo lottery channels");
    }

    private void load() {
        LocalDate today = LocalDate.now();
        DataScope city = new DataScope(CITY);
        List<RegionSummary> counties = regions.children(CITY, city).stream()
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .toList();
        List<List<RegionSummary>> townships = new ArrayList<>();
        for (RegionSummary county : counties) {
            townships.add(regions.children(county.code(), city).stream()
                    .filter(r -> r.level() == RegionLevel.TOWNSHIP)
                    .toList());
        }

        long department = team("渠道拓展部（演示）", "CHANNEL_DEPARTMENT");
        long managers = team("投注站专管员队（演示）", "OUTLET_MANAGERS");
        long service = team("社会渠道专职配管队（演示）", "SOCIAL_CHANNEL_SERVICE");
        long distribution = team("社会配送队（演示）", "DISTRIBUTION");
        List<Long> departmentMembers = members(department, 4);
        List<Long> managerMembers = members(managers, 8);
        List<Long> serviceMembers = members(service, 7);
        List<Long> distributionMembers = members(distribution, 6);
        jdbc.sql("update lottery.team_members set left_on = :left where id = :id")
                .param("left", today.minusMonths(2))
                .param("id", distributionMembers.get(distributionMembers.size() - 1))
                .update();

        long[] areaTeams = {managers, service, distribution};
        for (int i = 0; i < counties.size(); i++) {
            RegionSummary county = counties.get(i);
            long area = jdbc.sql("""
                            insert into lottery.areas (name, team_id, contract_from, contract_to, yearly_target_fen,
                                note, demo)
                            values (:name, :team, :from, :to, :target, :note, true) returning id
                            """)
                    .param("name", county.name() + "承包区（演示）")
                    .param("team", areaTeams[i % areaTeams.length])
                    .param("from", LocalDate.of(today.getYear(), 1, 1))
                    .param("to", LocalDate.of(today.getYear(), 12, 31))
                    .param("target", (3_000_000L + 500_000L * ((i * 7) % 10)) * 100)
                    .param("note", "按县区承包，完成目标按“谁拓谁受益”激励。")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into lottery.area_regions (area_id, region_code) values (:area, :code)")
                    .param("area", area)
                    .param("code", county.code().value())
                    .update();
        }

        LocalDate agreementsFrom = today.minusMonths(20).withDayOfMonth(1);
        List<long[]> partners = new ArrayList<>();
        for (int i = 0; i < PARTNERS.length; i++) {
            RegionSummary county = counties.get(i % counties.size());
            long partner = partner(PARTNERS[i][0], PARTNERS[i][1], i, county.code());
            long agreement = agreement(partner, i, agreementsFrom.plusDays(i * 3L), 5 + (i * 7) % 30);
            partners.add(new long[] {partner, agreement, i});
        }
        oldAgreement(partners.get(1)[0]);

        int code = 1;
        for (int i = 0; i < 110; i++) {
            int c = i % counties.size();
            RegionCode region = place(counties.get(c), townships.get(c));
            LocalDate opened = LocalDate.of(2006 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
            long member = managerMembers.get(random.nextInt(managerMembers.size()));
            long outlet = outlet(
                    String.format("3716%04d", code++),
                    "福彩投注站" + String.format("%03d", i + 1) + "（演示）",
                    "TRADITIONAL",
                    counties.get(c).name() + "演示路 " + (10 + i) + " 号",
                    region,
                    null,
                    null,
                    opened,
                    managers,
                    member,
                    managers,
                    member);
            if (i % 23 == 7) {
                close(outlet, opened.plusYears(3), "业主转行，投注站停业。");
            }
        }

        int newCode = 1;
        for (int i = 0; i < 60; i++) {
            long[] partner = partners.get(i % partners.size());
            String partnerKind = PARTNERS[(int) partner[2]][1];
            String kind =
                    switch (partnerKind) {
                        case "MALL" -> "MALL";
                        case "CHAIN" -> "CHAIN_STORE";
                        default -> i % 2 == 0 ? "DISTRIBUTED" : "CHAIN_STORE";
                    };
            int c = (i * 5) % counties.size();
            LocalDate opened = today.minusDays(10 + random.nextInt(530));
            LocalDate agreementStart = agreementsFrom.plusDays(partner[2] * 3);
            if (opened.isBefore(agreementStart)) {
                opened = agreementStart.plusDays(random.nextInt(30));
            }
            long[] opener = opener(
                    i, department, service, distribution, departmentMembers, serviceMembers, distributionMembers);
            long servicer = serviceMembers.get(random.nextInt(serviceMembers.size()));
            String partnerName = PARTNERS[(int) partner[2]][0].replace("（演示）", "");
            long outlet = outlet(
                    String.format("3716%04d", 2000 + newCode++),
                    partnerName + "福彩销售点" + (i / partners.size() + 1) + "（演示）",
                    kind,
                    counties.get(c).name() + partnerName + "演示店 " + (i + 1) + " 号",
                    place(counties.get(c), townships.get(c)),
                    partner[0],
                    partner[1],
                    opened,
                    opener[0],
                    opener[1],
                    service,
                    servicer);
            if (i == 13 || i == 41) {
                close(outlet, today.minusDays(5), "门店装修改造，暂停代销。");
            }
        }

        RegionCode hallRegion = townships.get(0).isEmpty()
                ? counties.get(0).code()
                : townships.get(0).get(0).code();
        long hall = outlet(
                "37169001",
                HALL,
                "HAPPY_HALL",
                counties.get(0).name() + "黄河八路演示广场 1 楼",
                hallRegion,
                null,
                null,
                today.minusMonths(14),
                department,
                departmentMembers.get(0),
                department,
                departmentMembers.get(1));
        hallDays(hall, today);
        hallEvents(hall, today);
        carWash(partners.get(0)[0], today);
    }

    private long team(String name, String kind) {
        return jdbc.sql("insert into lottery.teams (name, kind, leader, demo) values (:name, :kind, :leader, true)"
                        + " returning id")
                .param("name", name)
                .param("kind", kind)
                .param("leader", name())
                .query(Long.class)
                .single();
    }

    private List<Long> members(long team, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String phone = "199" + String.format("%08d", 54_300_000 + people * 17);
            ids.add(jdbc.sql("""
                            insert into lottery.team_members (team_id, name, role, phone_cipher, phone_masked,
                                joined_on, demo)
                            values (:team, :name, :role, :cipher, :masked, :joined, true) returning id
                            """)
                    .param("team", team)
                    .param("name", name())
                    .param("role", i == 0 ? "LEADER" : "MEMBER")
                    .param("cipher", cipher.encrypt(phone, "lottery.member.phone"))
                    .param("masked", Masking.phone(phone))
                    .param("joined", LocalDate.of(2012 + i % 8, 3, 1))
                    .query(Long.class)
                    .single());
        }
        return ids;
    }

    private long partner(String name, String kind, int n, RegionCode region) {
        String first17 = String.format("91371600MA3C%05d", 10_000 + n * 137);
        String phone = "199" + String.format("%08d", 54_310_000 + n * 29);
        return jdbc.sql("""
                        insert into lottery.partners (name, kind, credit_code, contact_name, phone_cipher,
                            phone_masked, region_code, demo, created_by)
                        values (:name, :kind, :code, :contact, :cipher, :masked, :region, true, 'demo')
                        returning id
                        """)
                .param("name", name)
                .param("kind", kind)
                .param("code", first17 + CreditCode.checkChar(first17))
                .param("contact", name())
                .param("cipher", cipher.encrypt(phone, LotteryPartnerRepository.PHONE_CONTEXT))
                .param("masked", Masking.phone(phone))
                .param("region", region.value())
                .query(Long.class)
                .single();
    }

    private long agreement(long partner, int n, LocalDate from, int planned) {
        return jdbc.sql("""
                        insert into lottery.agreements (partner_id, number, signed_on, valid_from, valid_to,
                            planned_outlets, terms, demo, created_by)
                        values (:partner, :number, :signed, :from, :to, :planned, :terms, true, 'demo')
                        returning id
                        """)
                .param("partner", partner)
                .param("number", "BZFC-QD-" + from.getYear() + "-" + String.format("%03d", n + 1))
                .param("signed", from.minusDays(7))
                .param("from", from)
                .param("to", from.plusYears(3).minusDays(1))
                .param("planned", planned)
                .param("terms", "渠道商提供场地和销售人员，福彩中心提供设备、培训和宣传物料，代销费按销量比例结算。")
                .query(Long.class)
                .single();
    }

    /** An earlier trial agreement of one partner that simply ran out, so the partner page shows a history. */
    private void oldAgreement(long partner) {
        long id = agreement(partner, 90, LocalDate.now().minusYears(4).withDayOfYear(1), 3);
        jdbc.sql("update lottery.agreements set valid_to = valid_from + 364, status = 'ENDED' where id = :id")
                .param("id", id)
                .update();
    }

    /** Opening team and member of a new channel: the department, the service team or the distribution team. */
    private long[] opener(
            int i,
            long department,
            long service,
            long distribution,
            List<Long> departmentMembers,
            List<Long> serviceMembers,
            List<Long> distributionMembers) {
        return switch (i % 3) {
            case 0 -> new long[] {department, departmentMembers.get(random.nextInt(departmentMembers.size()))};
            case 1 -> new long[] {service, serviceMembers.get(random.nextInt(serviceMembers.size()))};
            default ->
                new long[] {distribution, distributionMembers.get(random.nextInt(distributionMembers.size() - 1))};
        };
    }

    private RegionCode place(RegionSummary county, List<RegionSummary> townships) {
        return townships.isEmpty()
                ? county.code()
                : townships.get(random.nextInt(townships.size())).code();
    }

    private long outlet(
            String code,
            String name,
            String kind,
            String address,
            RegionCode region,
            Long partner,
            Long agreement,
            LocalDate opened,
            long openedTeam,
            long openedMember,
            long servicedTeam,
            long servicedMember) {
        return jdbc.sql("""
                        insert into lottery.outlets (code, name, kind, address, region_code, partner_id, agreement_id,
                            opened_on, opened_by_team_id, opened_by_member_id, serviced_by_team_id,
                            serviced_by_member_id, demo, created_by)
                        values (:code, :name, :kind, :address, :region, :partner, :agreement, :opened, :openedTeam,
                            :openedMember, :servicedTeam, :servicedMember, true, 'demo')
                        returning id
                        """)
                .param("code", code)
                .param("name", name)
                .param("kind", kind)
                .param("address", address)
                .param("region", region.value())
                .param("partner", partner)
                .param("agreement", agreement)
                .param("opened", opened)
                .param("openedTeam", openedTeam)
                .param("openedMember", openedMember)
                .param("servicedTeam", servicedTeam)
                .param("servicedMember", servicedMember)
                .query(Long.class)
                .single();
    }

    private void close(long outlet, LocalDate on, String reason) {
        jdbc.sql("update lottery.outlets set closed_on = :on, close_reason = :reason where id = :id")
                .param("id", outlet)
                .param("on", on)
                .param("reason", reason)
                .update();
    }

    /** The last 365 days, more visitors at weekends. */
    private void hallDays(long hall, LocalDate today) {
        for (int d = 365; d >= 1; d--) {
            LocalDate day = today.minusDays(d);
            int weekend = day.getDayOfWeek().getValue() >= 6 ? 12 : 0;
            jdbc.sql("""
                            insert into lottery.hall_visits (outlet_id, visit_date, visitors, recorded_by)
                            values (:hall, :day, :visitors, 'demo')
                            """)
                    .param("hall", hall)
                    .param("day", day)
                    .param("visitors", 30 + random.nextInt(19) + weekend)
                    .update();
        }
    }

    private void hallEvents(long hall, LocalDate today) {
        for (int i = 0; i < 60; i++) {
            int k = random.nextInt(EVENTS.length);
            jdbc.sql("""
                            insert into lottery.hall_events (outlet_id, held_on, title, kind, participants, note, demo,
                                created_by)
                            values (:hall, :held, :title, :kind, :participants, :note, true, 'demo')
                            """)
                    .param("hall", hall)
                    .param("held", today.minusDays(2 + i * 6L))
                    .param("title", EVENTS[k])
                    .param("kind", EVENT_KINDS[k % EVENT_KINDS.length])
                    .param("participants", 20 + random.nextInt(80))
                    .param("note", "演示活动记录")
                    .update();
        }
    }

    private void carWash(long partner, LocalDate today) {
        long project = jdbc.sql("""
                        insert into lottery.welfare_projects (name, partner_id, purpose, budget_fen, started_on, demo,
                            created_by)
                        values ('京博家·非凡青年洗车房（演示）', :partner, :purpose, 30000000, :started, true, 'demo')
                        returning id
                        """)
                .param("partner", partner)
                .param("purpose", "与渠道商合作开设洗车房，为困境青年提供就业岗位和技能培训，洗车房兼售福利彩票。")
                .param("started", today.minusMonths(10).withDayOfMonth(1))
                .query(Long.class)
                .single();
        String[][] grants = {
            {"10", "8000000", "场地改造和洗车设备"},
            {"6", "6000000", "首批学员技能培训"},
            {"2", "5000000", "学员岗位补贴（一季度）"}
        };
        for (String[] g : grants) {
            jdbc.sql("""
                            insert into lottery.welfare_grants (project_id, granted_on, amount_fen, purpose, created_by)
                            values (:project, :on, :amount, :purpose, 'demo')
                            """)
                    .param("project", project)
                    .param("on", today.minusMonths(Long.parseLong(g[0])).withDayOfMonth(5))
                    .param("amount", Long.parseLong(g[1]))
                    .param("purpose", g[2])
                    .update();
        }
    }

    private String name() {
        int n = people++;
        return SURNAMES.charAt(n % SURNAMES.length())
                + GIVEN.substring((n * 2) % GIVEN.length(), (n * 2) % GIVEN.length() + 2);
    }
}
