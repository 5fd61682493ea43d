package org.minzheng.disclosure.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.Masking;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment module's published view {@code payment.paid_ledger}, the only data the public lists read:
 * one row per payment the bank confirmed. Lists go by the month the money is for ({@code for_month}), as a
 * monthly notice does. Every query takes the area as a code prefix on {@code village_code} and, for a county or
 * smaller area, as the {@code county_code} its payments are partitioned by.
 */
@Repository
class PaidLedger {

    /**
     * {@link Masking#name} in SQL, so that a search on the masked form can be answered by the database
     * with paging; {@code DisclosureMaskedSearchTests} holds the two to the same result. Only the search uses it: the
     * names shown are masked in Java.
     */
    static final String MASKED_NAME = """
            (case when char_length(btrim(head_name)) <= 1 then '*'
                  when char_length(btrim(head_name)) = 2 then left(btrim(head_name), 1) || '*'
                  else left(btrim(head_name), 1) || repeat('*', char_length(btrim(head_name)) - 2)
                       || right(btrim(head_name), 1) end)""";

    private static final String FIGURES = "count(*), coalesce(sum(household_size), 0), "
            + "count(*) filter (where household_size is null), coalesce(sum(amount_fen), 0)";

    private final JdbcClient jdbc;

    PaidLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Months with money paid in the area under the programme, latest first. */
    List<YearMonth> monthsPaid(RegionCode area, Programme programme, int limit) {
        return jdbc
                .sql("""
                        select distinct for_month from payment.paid_ledger
                        where village_code like :prefix || '%' and programme = :programme
                        """ + inCounty(area) + " order by for_month desc limit :limit")
                .param("prefix", area.significantDigits())
                .param("county", county(area))
                .param("programme", programme.name())
                .param("limit", limit)
                .query(LocalDate.class)
                .list()
                .stream()
                .map(YearMonth::from)
                .toList();
    }

    Figures figures(RegionCode area, Programme programme, YearMonth month) {
        return jdbc.sql("select " + FIGURES + """
                         from payment.paid_ledger
                        where village_code like :prefix || '%' and programme = :programme and for_month = :month
                        """ + inCounty(area))
                .param("prefix", area.significantDigits())
                .param("county", county(area))
                .param("programme", programme.name())
                .param("month", month.atDay(1))
                .query((rs, n) -> figures(rs, 1))
                .single();
    }

    /**
     * The payments of the month, by village and then in the order they were made, optionally only those
     * whose masked name contains {@code maskedText} (e.g. {@code 王} or {@code 王*英}).
     */
    Page<ListedPayment> payments(
            RegionCode area, Programme programme, YearMonth month, String maskedText, Pageable pageable) {
        String where = """
                 from payment.paid_ledger
                where village_code like :prefix || '%' and programme = :programme and for_month = :month
                  and (:text = '' or """ + MASKED_NAME + " like '%' || :text || '%')" + inCounty(area);
        String text = Like.escape(maskedText);
        List<ListedPayment> rows = jdbc.sql("select head_name, household_size, amount_fen, village_code, demo" + where
                        + " order by village_code, id limit :limit offset :offset")
                .param("prefix", area.significantDigits())
                .param("county", county(area))
                .param("programme", programme.name())
                .param("month", month.atDay(1))
                .param("text", text)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new ListedPayment(
                        Masking.name(rs.getString(1)),
                        rs.getObject(2, Integer.class),
                        Money.ofFen(rs.getLong(3)),
                        RegionCode.of(rs.getString(4)),
                        rs.getBoolean(5)))
                .list();
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0
                ? rows.size()
                : jdbc.sql("select count(*)" + where)
                        .param("prefix", area.significantDigits())
                        .param("county", county(area))
                        .param("programme", programme.name())
                        .param("month", month.atDay(1))
                        .param("text", text)
                        .query(Long.class)
                        .single();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * Figures per subdivision of the area, keyed by the subdivision's code; {@code digits} is the length of
     * a subdivision's significant code (6 for counties, 9 for townships, 12 for villages). A null programme
     * counts all of them.
     */
    Map<RegionCode, Figures> bySubdivision(RegionCode area, int digits, Programme programme, YearMonth month) {
        Map<RegionCode, Figures> figures = new HashMap<>();
        jdbc.sql("select substring(village_code, 1, :digits), " + FIGURES + """
                         from payment.paid_ledger
                        where village_code like :prefix || '%' and for_month = :month
                          and (cast(:programme as varchar) is null or programme = :programme)
                        """ + inCounty(area) + " group by 1")
                .param("digits", digits)
                .param("prefix", area.significantDigits())
                .param("county", county(area))
                .param("programme", programme == null ? null : programme.name())
                .param("month", month.atDay(1))
                .query(rs -> {
                    figures.put(RegionCode.of(rs.getString(1)), figures(rs, 2));
                });
        return figures;
    }

    Map<Programme, Figures> byProgramme(RegionCode area, YearMonth month) {
        Map<Programme, Figures> figures = new HashMap<>();
        jdbc.sql("select programme, " + FIGURES + """
                         from payment.paid_ledger
                        where village_code like :prefix || '%' and for_month = :month
                        """ + inCounty(area) + " group by programme")
                .param("prefix", area.significantDigits())
                .param("county", county(area))
                .param("month", month.atDay(1))
                .query(rs -> {
                    Optional<Programme> programme = Programme.parse(rs.getString(1));
                    if (programme.isPresent()) {
                        figures.put(programme.get(), figures(rs, 2));
                    }
                });
        return figures;
    }

    /** Money paid in the area under all programmes, per month from {@code first} to {@code last}. */
    Map<YearMonth, Figures> byMonth(RegionCode area, YearMonth first, YearMonth last) {
        Map<YearMonth, Figures> figures = new HashMap<>();
        jdbc.sql("select for_month, " + FIGURES + """
                         from payment.paid_ledger
                        where village_code like :prefix || '%' and for_month between :first and :last
                        """ + inCounty(area) + " group by for_month")
                .param("prefix", area.significantDigits())
                .param("county", county(area))
                .param("first", first.atDay(1))
                .param("last", last.atDay(1))
                .query(rs -> {
                    figures.put(YearMonth.from(rs.getObject(1, LocalDate.class)), figures(rs, 2));
                });
        return figures;
    }

    /**
     * The county condition, for an area at county level or below: the prefix implies it, but only it lets
     * PostgreSQL read a single partition of payments, which are partitioned by county.
     */
    static String inCounty(RegionCode area) {
        return county(area) == null ? "" : " and county_code = :county";
    }

    static String county(RegionCode area) {
        return CountyPartition.within(area.significantDigits()).orElse(null);
    }

    private static Figures figures(ResultSet rs, int first) throws SQLException {
        return new Figures(
                rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), Money.ofFen(rs.getLong(first + 3)));
    }
}
