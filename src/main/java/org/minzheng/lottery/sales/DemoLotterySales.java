package org.minzheng.lottery.sales;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.minzheng.lottery.incentive.IncentiveService;
import org.minzheng.lottery.incentive.LotteryRuleForm;
import org.minzheng.lottery.ranking.RankingMeasure;
import org.minzheng.lottery.ranking.RankingService;
import org.minzheng.lottery.ranking.RankingSubject;
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
 * DEMO DATA. Two years of made-up daily sales of every demo outlet and game up to yesterday, shaped like the 2022
 * Binzhou case: the betting shops grow a little, the new channels of the last 18 months (chain stores, malls, the
 * 快乐吧 hall) bring more than half of a year-on-year growth of about 12.5 million yuan. Written in one set-based
 * insert under one import marked demo; then last week's and last month's rankings are published and last month's
 * incentives calculated, awaiting approval. Once, after the demo channels.
 */
@Component
@Order(91)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoLotterySales implements ApplicationRunner {

    static final String FILE = "演示销量（模拟销售系统两年日销量）.csv";

    /** Growth of the last 365 days over the 365 before, in fen, and the part the new channels bring. */
    static final long GROWTH_FEN = 12_500_000_00L;

    static final long NEW_CHANNEL_GROWTH_FEN = 7_000_000_00L;

    private static final Logger log = LoggerFactory.getLogger(DemoLotterySales.class);
    private static final RegionCode CITY = RegionCode.of("371600000000");

    /**
     * Unscaled daily sales of an open demo outlet: a level per outlet, busier weekends, a gentle season, a yearly trend
     * of 4.5 % for the betting shops and two months of ramp-up for a new outlet. "fresh" says whether the outlet is a
     * new channel, "recent" whether the day is in the last 365.
     */
    private static final String DAYS = """
            with days as (
                select o.id as outlet_id, o.kind, d::date as day, o.kind <> 'TRADITIONAL' as fresh,
                       d::date > :last::date - 365 as recent,
                       (case o.kind when 'HAPPY_HALL' then 4.0 else 0.6 + (hashtext(o.code) & 1023) / 1279.0 end)
                       * (case when extract(isodow from d) >= 6 then 1.2 else 1.0 end)
                       * (1 + 0.08 * sin(2 * pi() * extract(doy from d) / 365.0))
                       * (case when o.kind = 'TRADITIONAL' then 1 + 0.045 * (d::date - :first::date) / 365.0 else 1 end)
                       * least(1.0, 0.3 + 0.7 * (d::date - o.opened_on) / 60.0) as raw
                from lottery.outlets o
                join generate_series(:first::date, :last::date, interval '1 day') d
                     on d >= o.opened_on and (o.closed_on is null or d < o.closed_on)
                where o.demo
            )
            """;

    /** Each game's share of an outlet's sales by kind of outlet; the new channels sell mostly instant tickets. */
    private static final String GAMES = """
            , games (outlet_kind, game, n, share) as (
                values ('TRADITIONAL', 'SSQ', 1, 0.35), ('TRADITIONAL', 'FC3D', 2, 0.15),
                       ('TRADITIONAL', 'KL8', 3, 0.28), ('TRADITIONAL', 'GGL', 4, 0.22),
                       ('CHAIN_STORE', 'GGL', 4, 0.55), ('CHAIN_STORE', 'KL8', 3, 0.25), ('CHAIN_STORE', 'SSQ', 1, 0.20),
                       ('MALL', 'GGL', 4, 0.55), ('MALL', 'KL8', 3, 0.25), ('MALL', 'SSQ', 1, 0.20),
                       ('DISTRIBUTED', 'GGL', 4, 0.60), ('DISTRIBUTED', 'KL8', 3, 0.25), ('DISTRIBUTED', 'SSQ', 1, 0.15),
                       ('HAPPY_HALL', 'ZFZX', 5, 0.50), ('HAPPY_HALL', 'GGL', 4, 0.20), ('HAPPY_HALL', 'KL8', 3, 0.20),
                       ('HAPPY_HALL', 'SSQ', 1, 0.10)
            )
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RankingService rankings;
    private final IncentiveService incentives;

    DemoLotterySales(
            JdbcClient jdbc, TransactionTemplate transaction, RankingService rankings, IncentiveService incentives) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rankings = rankings;
        this.incentives = incentives;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from lottery.sales_imports where demo and sha256 = :sha)")
                .param("sha", SalesImports.sha256(FILE))
                .query(Boolean.class)
                .single();
        boolean outlets = jdbc.sql("select exists (select 1 from lottery.outlets where demo)")
                .query(Boolean.class)
                .single();
        if (loaded || !outlets) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(SalesImports.BEIJING);
        transaction.executeWithoutResult(status -> load(today));
        log.info("Loaded the demo lottery sales in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load(LocalDate today) {
        LocalDate last = today.minusDays(1);
        LocalDate first = last.minusDays(729);
        // the unscaled growth of each side decides the scale that gives the wanted growth
        Map<Boolean, double[]> sums = new HashMap<>();
        jdbc.sql(DAYS + """
                        select fresh, coalesce(sum(raw) filter (where recent), 0) as recent,
                               coalesce(sum(raw) filter (where not recent), 0) as earlier
                        from days group by fresh
                        """)
                .param("first", first)
                .param("last", last)
                .query((rs, n) -> sums.put(
                        rs.getBoolean("fresh"), new double[] {rs.getDouble("recent"), rs.getDouble("earlier")}))
                .list();
        double[] shops = sums.getOrDefault(false, new double[] {1, 0});
        double[] fresh = sums.getOrDefault(true, new double[] {1, 0});
        double shopScale = (GROWTH_FEN - NEW_CHANNEL_GROWTH_FEN) / Math.max(1, shops[0] - shops[1]);
        double freshScale = NEW_CHANNEL_GROWTH_FEN / Math.max(1, fresh[0] - fresh[1]);

        long importId = jdbc.sql("""
                        insert into lottery.sales_imports (file_name, sha256, first_day, last_day, rows_read,
                            rows_added, rows_changed, rows_same, total_fen, demo, imported_by)
                        values (:file, :sha, :first, :last, 0, 0, 0, 0, 0, true, 'demo') returning id
                        """)
                .param("file", FILE)
                .param("sha", SalesImports.sha256(FILE))
                .param("first", first)
                .param("last", last)
                .query(Long.class)
                .single();
        // About 350,000 rows: loaded the way the PostgreSQL manual advises for bulk loads, without the foreign keys
        // and the secondary index, which are put back (and checked) once at the end, and in key order. Checked row
        // by row they made the start three times slower.
        jdbc.sql("""
                        alter table lottery.sales drop constraint sales_outlet_id_fkey,
                            drop constraint sales_import_id_fkey
                        """).update();
        jdbc.sql("drop index lottery.sales_date").update();
        // ±15 % of noise per outlet, game and day, fixed by a hash so every start is alike; whole tickets of 2 yuan
        int rows = jdbc.sql(DAYS + GAMES + """
                        insert into lottery.sales (outlet_id, game, sales_date, amount_fen, import_id)
                        select d.outlet_id, g.game, d.day,
                               round(d.raw * g.share
                                     * (0.85 + (hashint8(d.outlet_id * 100000000 + (d.day - date '2000-01-01') * 10
                                                         + g.n) & 1023) * 0.3 / 1023)
                                     * (case when d.fresh then :freshScale else :shopScale end) / 200) * 200,
                               :import
                        from days d join games g on g.outlet_kind = d.kind
                        order by d.outlet_id, g.game, d.day
                        """)
                .param("first", first)
                .param("last", last)
                .param("freshScale", freshScale)
                .param("shopScale", shopScale)
                .param("import", importId)
                .update();
        jdbc.sql("create index sales_date on lottery.sales (sales_date, outlet_id)")
                .update();
        jdbc.sql("""
                        alter table lottery.sales
                            add constraint sales_outlet_id_fkey foreign key (outlet_id) references lottery.outlets (id),
                            add constraint sales_import_id_fkey foreign key (import_id)
                                references lottery.sales_imports (id)
                        """).update();
        jdbc.sql("""
                        update lottery.sales_imports set rows_read = :rows, rows_added = :rows,
                            total_fen = (select coalesce(sum(amount_fen), 0) from lottery.sales where import_id = :id)
                        where id = :id
                        """).param("rows", rows).param("id", importId).update();
        logGrowth(importId, last);

        publishDemoBulletins(today);
        calculateDemoIncentives(today);
    }

    private void logGrowth(long importId, LocalDate last) {
        jdbc.sql("""
                        select count(*) as rows,
                               coalesce(sum(s.amount_fen) filter (where s.sales_date > :last::date - 365), 0) as recent,
                               coalesce(sum(s.amount_fen) filter (where s.sales_date <= :last::date - 365), 0) as earlier,
                               coalesce(sum(s.amount_fen) filter (where s.sales_date > :last::date - 365
                                                                    and o.kind <> 'TRADITIONAL'), 0)
                               - coalesce(sum(s.amount_fen) filter (where s.sales_date <= :last::date - 365
                                                                      and o.kind <> 'TRADITIONAL'), 0) as fresh
                        from lottery.sales s join lottery.outlets o on o.id = s.outlet_id
                        where s.import_id = :id
                        """)
                .param("last", last)
                .param("id", importId)
                .query((rs, n) -> {
                    long growth = rs.getLong("recent") - rs.getLong("earlier");
                    log.info(
                            "Demo lottery sales: {} rows; last 365 days {} yuan, growth {} yuan, {} % of it from new"
                                    + " channels",
                            rs.getLong("rows"),
                            rs.getLong("recent") / 100,
                            growth / 100,
                            growth == 0 ? 0 : Math.round(100.0 * rs.getLong("fresh") / growth));
                    return growth;
                })
                .single();
    }

    /** Last week's team sales and last month's member growth, the bottom left for the visitor to interview. */
    private void publishDemoBulletins(LocalDate today) {
        SalesPeriod lastWeek = SalesPeriod.week(today.minusWeeks(1));
        rankings.publish(
                lastWeek,
                RankingSubject.TEAM,
                RankingMeasure.SALES,
                "各队销量稳中有升，社会渠道配管队新网点贡献突出；末位队伍请于本周内完成约谈。",
                "fucai",
                CITY,
                today,
                true);
        rankings.publish(
                SalesPeriod.month(YearMonth.from(today).minusMonths(1)),
                RankingSubject.MEMBER,
                RankingMeasure.GROWTH,
                "按“谁拓谁受益”，同比增量排名前列的同志在月度激励中体现。",
                "fucai",
                CITY,
                today,
                true);
    }

    /** The rules of the case — 500 yuan per outlet opened, 800 in a mall, 15 ‰ of growth uncapped — and a draft run. */
    private void calculateDemoIncentives(LocalDate today) {
        LocalDate from = today.minusYears(2).withDayOfYear(1);
        incentives.createRule(
                new LotteryRuleForm("新网点开拓奖励（演示）", "OPENING", "", "500", null, from, null), "fucai", CITY, true);
        incentives.createRule(
                new LotteryRuleForm("商超网点开拓奖励（演示）", "OPENING", "MALL", "800", null, from, null), "fucai", CITY, true);
        incentives.createRule(
                new LotteryRuleForm("同比增量业绩奖励（演示）", "PERFORMANCE", "", "", 15, from, null), "fucai", CITY, true);
        incentives.calculate(YearMonth.from(today).minusMonths(1), "fucai", CITY, today, true);
    }
}
