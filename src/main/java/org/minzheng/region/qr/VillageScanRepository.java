package org.minzheng.region.qr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.minzheng.region.DailyScans;
import org.minzheng.shared.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code region.village_scans}: one row per village and day, counted up in place. */
@Repository
class VillageScanRepository {

    private final JdbcClient client;
    private final JdbcTemplate jdbc;

    VillageScanRepository(JdbcClient client, JdbcTemplate jdbc) {
        this.client = client;
        this.jdbc = jdbc;
    }

    /** Adds counted openings, one statement per village and day in one batch. */
    void add(Map<ScanBuffer.VillageDay, Long> counts) {
        List<Object[]> rows = counts.entrySet().stream()
                .map(entry -> new Object[] {
                    entry.getKey().village().value(), entry.getKey().day(), entry.getValue()
                })
                .toList();
        jdbc.batchUpdate(
                """
                insert into region.village_scans (village_code, scan_date, scans)
                select ?, ?, ?
                where exists (select 1 from region.regions where code = ? and level = 'VILLAGE')
                on conflict (village_code, scan_date) do update set scans = region.village_scans.scans + excluded.scans
                """,
                rows.stream()
                        .map(row -> new Object[] {row[0], row[1], row[2], row[0]})
                        .toList());
    }

    long total(RegionCode village) {
        return client.sql("select coalesce(sum(scans), 0) from region.village_scans where village_code = :code")
                .param("code", village.value())
                .query(Long.class)
                .single();
    }

    long between(RegionCode village, LocalDate from, LocalDate to) {
        return client.sql("""
                select coalesce(sum(scans), 0) from region.village_scans
                where village_code = :code and scan_date between :from and :to
                """)
                .param("code", village.value())
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    long within(RegionCode area, LocalDate from, LocalDate to) {
        return client.sql("""
                        select coalesce(sum(scans), 0) from region.village_scans
                        where village_code like :prefix || '%' and scan_date between :from and :to
                        """)
                .param("prefix", area.significantDigits())
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    List<DailyScans> daily(RegionCode village, LocalDate from, LocalDate to) {
        return client.sql("""
                select day::date, coalesce(s.scans, 0)
                from generate_series(cast(:from as date), cast(:to as date), interval '1 day') as day
                left join region.village_scans s on s.village_code = :code and s.scan_date = day::date
                order by day
                """)
                .param("code", village.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new DailyScans(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
    }
}
