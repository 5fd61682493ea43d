package org.minzheng.region.qr;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.region.DailyScans;
import org.minzheng.region.VillageScans;
import org.minzheng.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code region.village_scans}: one row per village and day, counted up in place. */
@Repository
class VillageScanRepository implements VillageScans {

    private final JdbcClient jdbc;

    VillageScanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(RegionCode village, LocalDate day) {
        jdbc.sql("""
                insert into region.village_scans (village_code, scan_date, scans)
                select :code, :day, 1
                where exists (select 1 from region.regions where code = :code and level = 'VILLAGE')
                on conflict (village_code, scan_date) do update set scans = region.village_scans.scans + 1
                """).param("code", village.value()).param("day", day).update();
    }

    @Override
    public long total(RegionCode village) {
        return jdbc.sql("select coalesce(sum(scans), 0) from region.village_scans where village_code = :code")
                .param("code", village.value())
                .query(Long.class)
                .single();
    }

    @Override
    public long between(RegionCode village, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select coalesce(sum(scans), 0) from region.village_scans
                where village_code = :code and scan_date between :from and :to
                """)
                .param("code", village.value())
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    @Override
    public List<DailyScans> daily(RegionCode village, LocalDate from, LocalDate to) {
        return jdbc.sql("""
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
