package org.minzheng.lottery.sales;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** lottery.sales_imports and the upsert of lottery.sales. */
@Repository
class SalesImportRepository {

    private static final String COLUMNS = "id, file_name, sha256, first_day, last_day, rows_read, rows_added,"
            + " rows_changed, rows_same, total_fen, demo, imported_by, imported_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SalesImportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Outlets by their codes in the sales system, within the staff member's region. */
    Map<String, SalesFile.OutletSpan> outlets(Set<String> codes, String scopePrefix) {
        Map<String, SalesFile.OutletSpan> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select id, code, opened_on, closed_on from lottery.outlets
                        where code in (:codes) and region_code like :prefix || '%'
                        """)
                .param("codes", codes)
                .param("prefix", scopePrefix)
                .query((rs, n) -> found.put(
                        rs.getString("code"),
                        new SalesFile.OutletSpan(
                                rs.getLong("id"),
                                rs.getObject("opened_on", LocalDate.class),
                                rs.getObject("closed_on", LocalDate.class))))
                .list();
        return found;
    }

    Optional<SalesImport> findBySha(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from lottery.sales_imports where sha256 = :sha")
                .param("sha", sha256)
                .query(SalesImportRepository::map)
                .optional();
    }

    Optional<SalesImport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from lottery.sales_imports where id = :id")
                .param("id", id)
                .query(SalesImportRepository::map)
                .optional();
    }

    List<SalesImport> recent(int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from lottery.sales_imports order by imported_at desc, id desc"
                        + " limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(SalesImportRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from lottery.sales_imports")
                .query(Long.class)
                .single();
    }

    /** The stored amounts of the file's outlets and days, keyed like {@link #key}. */
    Map<String, Long> existing(List<SalesFile.Row> rows, LocalDate first, LocalDate last) {
        Map<String, Long> amounts = new HashMap<>();
        Long[] outletIds = rows.stream().map(SalesFile.Row::outletId).distinct().toArray(Long[]::new);
        template.query(
                """
                select outlet_id, game, sales_date, amount_fen from lottery.sales
                where outlet_id = any (?) and sales_date between ? and ?
                """,
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", outletIds));
                    ps.setObject(2, first);
                    ps.setObject(3, last);
                },
                rs -> {
                    amounts.put(key(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)), rs.getLong(4));
                });
        return amounts;
    }

    static String key(long outletId, String game, LocalDate day) {
        return outletId + "|" + game + "|" + day;
    }

    long insertImport(
            String fileName, String sha256, SalesFile.Checked checked, int added, int changed, int same, String by) {
        return jdbc.sql("""
                        insert into lottery.sales_imports (file_name, sha256, first_day, last_day, rows_read,
                               rows_added, rows_changed, rows_same, total_fen, imported_by)
                        values (:file, :sha, :first, :last, :read, :added, :changed, :same, :total, :by)
                        returning id
                        """)
                .param("file", fileName)
                .param("sha", sha256)
                .param("first", checked.firstDay())
                .param("last", checked.lastDay())
                .param("read", checked.rows().size())
                .param("added", added)
                .param("changed", changed)
                .param("same", same)
                .param("total", checked.totalFen())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Writes the new and corrected rows; the unchanged ones keep the import that brought them. */
    void upsert(long importId, List<SalesFile.Row> rows) {
        List<Object[]> args = new ArrayList<>(rows.size());
        for (SalesFile.Row row : rows) {
            args.add(new Object[] {row.outletId(), row.game().name(), Date.valueOf(row.day()), row.amountFen(), importId
            });
        }
        template.batchUpdate("""
                insert into lottery.sales (outlet_id, game, sales_date, amount_fen, import_id) values (?, ?, ?, ?, ?)
                on conflict (outlet_id, game, sales_date)
                do update set amount_fen = excluded.amount_fen, import_id = excluded.import_id
                """, args);
    }

    private static SalesImport map(ResultSet rs, int n) throws SQLException {
        return new SalesImport(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getString("sha256"),
                rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class),
                rs.getInt("rows_read"),
                rs.getInt("rows_added"),
                rs.getInt("rows_changed"),
                rs.getInt("rows_same"),
                rs.getLong("total_fen"),
                rs.getBoolean("demo"),
                rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant());
    }
}
