package org.minzheng.charity.need;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The needs list in {@code charity}; every read is limited to the caller's data scope. */
@Repository
class NeedRepository {

    private static final String ENTRY = """
            select id, region_code, category_code, year, source, people, needed_fen, covered_fen, gap_fen, note,
                   entered_by, updated_at
            from charity.need_entries
            """;

    private final JdbcClient jdbc;

    NeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NeedCategory> categories() {
        return jdbc.sql("""
                        select code, name_zh, name_en, description, counted_from_registry, need_per_person_fen,
                               covered_per_person_fen
                        from charity.need_categories order by sort
                        """)
                .query((rs, n) -> new NeedCategory(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getObject(6, Long.class),
                        rs.getObject(7, Long.class)))
                .list();
    }

    Optional<NeedCategory> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Every category with its totals within the scope, the largest gap first. */
    List<CategoryTotal> totals(DataScope scope, int year) {
        return jdbc.sql("""
                        select c.code, coalesce(sum(e.people), 0), coalesce(sum(e.needed_fen), 0),
                               coalesce(sum(e.covered_fen), 0), coalesce(sum(e.gap_fen), 0)
                        from charity.need_categories c
                        left join charity.need_entries e on e.category_code = c.code and e.year = :year
                             and e.region_code like :prefix || '%'
                        group by c.code, c.sort
                        order by 5 desc, c.sort
                        """)
                .param("year", year)
                .param("prefix", scope.prefix())
                .query((rs, n) ->
                        new CategoryTotal(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** The entries of a year within the scope, optionally of one category or township, the largest gap first. */
    List<NeedEntry> entries(DataScope scope, int year, String category, RegionCode township) {
        return jdbc.sql(ENTRY + """
                        where year = :year and region_code like :prefix || '%'
                          and (cast(:category as varchar) is null or category_code = :category)
                          and (cast(:township as varchar) is null or region_code = :township)
                        order by gap_fen desc, region_code, category_code, source
                        """)
                .param("year", year)
                .param("prefix", scope.prefix())
                .param("category", category)
                .param("township", township == null ? null : township.value())
                .query(NeedRepository::entry)
                .list();
    }

    /** Stores staff figures; entering the same township, category and year again replaces them. */
    long saveStaffEntry(
            RegionCode township,
            String category,
            int year,
            int people,
            long neededFen,
            long coveredFen,
            String note,
            String enteredBy) {
        return jdbc.sql("""
                        insert into charity.need_entries
                            (region_code, category_code, year, source, people, needed_fen, covered_fen, note, entered_by)
                        values (:region, :category, :year, 'STAFF', :people, :needed, :covered, :note, :by)
                        on conflict (region_code, category_code, year, source) do update
                            set people = excluded.people, needed_fen = excluded.needed_fen,
                                covered_fen = excluded.covered_fen, note = excluded.note,
                                entered_by = excluded.entered_by, updated_at = now()
                        returning id
                        """)
                .param("region", township.value())
                .param("category", category)
                .param("year", year)
                .param("people", people)
                .param("needed", neededFen)
                .param("covered", coveredFen)
                .param("note", note)
                .param("by", enteredBy)
                .query(Long.class)
                .single();
    }

    /**
     * Replaces the registry counts of one category and year within the scope: townships no longer counted
     * lose their entry, so a recount never leaves figures of households that have since left.
     */
    void replaceRegistryCounts(
            DataScope scope, NeedCategory category, int year, Map<RegionCode, Integer> people, String enteredBy) {
        jdbc.sql("""
                        delete from charity.need_entries
                        where source = 'REGISTRY' and category_code = :category and year = :year
                          and region_code like :prefix || '%'
                        """)
                .param("category", category.code())
                .param("year", year)
                .param("prefix", scope.prefix())
                .update();
        long need = category.needPerPersonFen() == null ? 0 : category.needPerPersonFen();
        long covered = category.coveredPerPersonFen() == null ? 0 : category.coveredPerPersonFen();
        people.forEach((township, count) -> jdbc.sql("""
                        insert into charity.need_entries
                            (region_code, category_code, year, source, people, needed_fen, covered_fen, entered_by)
                        values (:region, :category, :year, 'REGISTRY', :people, :needed, :covered, :by)
                        """)
                .param("region", township.value())
                .param("category", category.code())
                .param("year", year)
                .param("people", count)
                .param("needed", need * count)
                .param("covered", covered * count)
                .param("by", enteredBy)
                .update());
    }

    private static NeedEntry entry(ResultSet rs, int n) throws SQLException {
        return new NeedEntry(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                NeedSource.valueOf(rs.getString(5)),
                rs.getInt(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getString(10),
                rs.getString(11),
                rs.getTimestamp(12).toInstant());
    }
}
