package org.minzheng.lottery.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of the sales overview, read straight from lottery.sales with the outlets, always within the staff
 * member's region and optionally for the outlets one team services.
 */
@Repository
class SalesOverviewRepository {

    static final Map<String, String> SORTS = Map.of(
            "increment", "increment desc, o.code",
            "current", "current desc, o.code",
            "code", "o.code",
            "growthAsc", "increment asc, o.code");

    private static final String FILTER =
            " o.region_code like :prefix || '%' and (:team = 0 or o.serviced_by_team_id = :team) ";
    private static final String IN_PERIODS =
            " (s.sales_date between :from and :to or s.sales_date between :bfrom and :bto) ";
    private static final String SUMS = """
            coalesce(sum(s.amount_fen) filter (where s.sales_date between :from and :to), 0) as current,
            coalesce(sum(s.amount_fen) filter (where s.sales_date between :bfrom and :bto), 0) as baseline
            """;

    private final JdbcClient jdbc;

    SalesOverviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sales grouped by outlet kind, by county (first six digits) or by game. */
    List<SalesFigure> grouped(String groupExpression, SalesPeriod period, String prefix, long team) {
        return bind(
                        jdbc.sql("select " + groupExpression + " as k, " + SUMS
                                + " from lottery.sales s join lottery.outlets o on o.id = s.outlet_id where "
                                + IN_PERIODS
                                + " and " + FILTER + " group by 1 order by 1"),
                        period,
                        prefix,
                        team)
                .query((rs, n) -> new SalesFigure(
                        rs.getString("k"), rs.getString("k"), rs.getLong("current"), rs.getLong("baseline")))
                .list();
    }

    /** Outlets that sold anything in the period, opened in it and closed in it. */
    OutletCounts counts(SalesPeriod period, String prefix, long team) {
        long active = bind(
                        jdbc.sql("select count(distinct s.outlet_id) from lottery.sales s join lottery.outlets o"
                                + " on o.id = s.outlet_id where s.sales_date between :from and :to and s.amount_fen > 0"
                                + " and " + FILTER),
                        period,
                        prefix,
                        team)
                .query(Long.class)
                .single();
        return bind(jdbc.sql("""
                                select count(*) filter (where o.opened_on between :from and :to) as opened,
                                       count(*) filter (where o.closed_on between :from and :to) as closed,
                                       count(*) filter (where o.opened_on <= :to
                                                        and (o.closed_on is null or o.closed_on >= :to)) as open_at_end
                                from lottery.outlets o where """ + FILTER), period, prefix, team)
                .query((rs, n) ->
                        new OutletCounts(active, rs.getLong("opened"), rs.getLong("closed"), rs.getLong("open_at_end")))
                .single();
    }

    record OutletCounts(long active, long opened, long closed, long openAtEnd) {}

    List<OutletSales> outlets(SalesPeriod period, String prefix, long team, String sort, int limit, long offset) {
        return bind(
                        jdbc.sql("""
                                select o.id, o.code, o.name, o.kind, o.region_code, o.opened_on, o.closed_on,
                                       t.name as team_name, coalesce(x.current, 0) as current,
                                       coalesce(x.baseline, 0) as baseline,
                                       coalesce(x.current, 0) - coalesce(x.baseline, 0) as increment
                                from lottery.outlets o
                                join lottery.teams t on t.id = o.serviced_by_team_id
                                left join (select s.outlet_id, """ + SUMS + """
                                           from lottery.sales s where """ + IN_PERIODS + """
                                           group by s.outlet_id) x on x.outlet_id = o.id
                                where o.opened_on <= :to and (o.closed_on is null or o.closed_on >= :bfrom) and """
                                + FILTER + " order by " + SORTS.getOrDefault(sort, SORTS.get("increment"))
                                + " limit :limit offset :offset"),
                        period,
                        prefix,
                        team)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new OutletSales(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getString("region_code"),
                        rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class),
                        rs.getString("team_name"),
                        rs.getLong("current"),
                        rs.getLong("baseline")))
                .list();
    }

    long countOutlets(SalesPeriod period, String prefix, long team) {
        return bind(
                        jdbc.sql("select count(*) from lottery.outlets o where o.opened_on <= :to"
                                + " and (o.closed_on is null or o.closed_on >= :bfrom) and " + FILTER),
                        period,
                        prefix,
                        team)
                .query(Long.class)
                .single();
    }

    List<TeamChoice> teams() {
        return jdbc.sql("select id, name from lottery.teams order by name")
                .query((rs, n) -> new TeamChoice(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    record TeamChoice(long id, String name) {}

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, SalesPeriod period, String prefix, long team) {
        LocalDate from = period.start();
        LocalDate to = period.end();
        SalesPeriod baseline = period.baseline();
        return spec.param("from", from)
                .param("to", to)
                .param("bfrom", baseline.start())
                .param("bto", baseline.end())
                .param("prefix", prefix)
                .param("team", team);
    }
}
