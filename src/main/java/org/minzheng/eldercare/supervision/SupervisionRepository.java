package org.minzheng.eldercare.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.eldercare.service.VisitStatus;
import org.minzheng.shared.CountyPartition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The supervision centre's figures, each one grouped query over an area's visits, beds, anomalies or
 * complaints of a month. Every query filters on an indexed region code prefix, so a month of a whole city
 * is read in a few aggregate passes rather than row by row; an area within a county names the county too, so
 * that only its partition of visits and anomalies is read.
 */
@Repository
class SupervisionRepository {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Late and on time are judged by the day of check-in in China, against the day the visit was scheduled. */
    private static final String VISIT_COUNTS = """
            select {key} as key,
                   count(*) filter (where status <> 'CANCELLED') as planned,
                   count(*) filter (where status = 'DONE') as done,
                   count(*) filter (where status = 'MISSED'
                       or (status = 'DONE' and cast(checked_in_at at time zone 'Asia/Shanghai' as date) > scheduled_on)
                       or (status in ('PLANNED', 'DISPATCHED', 'STARTED') and scheduled_on < :today)) as late,
                   count(*) filter (where status = 'DONE'
                       and cast(checked_in_at at time zone 'Asia/Shanghai' as date) <= scheduled_on) as on_time,
                   count(*) filter (where status <> 'CANCELLED' and (status = 'DONE' or scheduled_on < :today)) as due,
                   coalesce(sum(rating), 0) as rating_sum,
                   count(rating) as rated
            from eldercare.visits
            where region_code like :prefix || '%'{inCounty}
              and scheduled_on >= :from and scheduled_on < :to
              and (cast(:provider as bigint) is null or provider_id = :provider)
            group by 1
            """;

    private static final String ACTIVE_BEDS = """
            select {key} as key, count(*)
            from eldercare.beds
            where region_code like :prefix || '%'
              and status = 'ACTIVE'
              and coalesce(accepted_on, cast(created_at as date)) < :to
              and (cast(:provider as bigint) is null or provider_id = :provider)
            group by 1
            """;

    private static final String ANOMALIES = """
            select {key} as key,
                   count(*) filter (where a.kind = 'OVERLAP') as overlaps,
                   count(*) filter (where a.kind = 'CHECK_OUT_BEFORE_CHECK_IN') as check_outs_before_check_in,
                   count(*) filter (where a.kind = 'TOO_SHORT') as too_short,
                   count(*) filter (where a.kind = 'MISSED') as missed,
                   count(*) filter (where a.reviewed_at is null) as open
            from eldercare.visit_anomalies a
            join eldercare.visits v on v.county_code = a.county_code and v.id = a.visit_id
            where v.region_code like :prefix || '%'{inCounty}
              and v.scheduled_on >= :from and v.scheduled_on < :to
              and (cast(:provider as bigint) is null or v.provider_id = :provider)
            group by 1
            """;

    private static final String VISIT_LINES = """
            select v.id, v.scheduled_on, v.item_name, e.name, g.name, v.status,
                   v.checked_in_at, v.checked_out_at, v.standard_minutes, v.rating,
                   (select string_agg(a.kind || case when a.reviewed_at is null then '' else ':R' end, ',' order by a.kind)
                    from eldercare.visit_anomalies a where a.county_code = {visitCounty} and a.visit_id = v.id)
            from eldercare.visits v
            join eldercare.beds b on b.id = v.bed_id
            join eldercare.elders e on e.id = b.elder_id
            left join eldercare.caregivers g on g.id = v.caregiver_id
            """;

    /** Null filters match everything; late is judged as in {@link #VISIT_COUNTS}. */
    private static final String VISIT_FILTER = """
            where v.region_code like :prefix || '%'{inCounty}
              and v.provider_id = :provider
              and v.scheduled_on >= :from and v.scheduled_on < :to
              and (cast(:status as text) is null or v.status = :status)
              and (not :lateOnly or v.status = 'MISSED'
                   or (v.status = 'DONE' and cast(v.checked_in_at at time zone 'Asia/Shanghai' as date) > v.scheduled_on)
                   or (v.status in ('PLANNED', 'DISPATCHED', 'STARTED') and v.scheduled_on < :today))
              and (cast(:anomaly as text) is null or exists (
                   select 1 from eldercare.visit_anomalies a
                   where a.county_code = {visitCounty} and a.visit_id = v.id
                     and (:anomaly = 'ANY' or (:anomaly = 'OPEN' and a.reviewed_at is null) or a.kind = :anomaly)))
            """;

    private final JdbcClient jdbc;

    SupervisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures per row key of {@code grouping}; complaints are left null, they are attributed separately. */
    Map<String, ServiceFigures> figures(Grouping grouping, Area area, YearMonth month, LocalDate today) {
        Map<String, long[]> visits = new HashMap<>();
        params(jdbc.sql(inArea(VISIT_COUNTS, area, "").replace("{key}", grouping.keyExpression())), area, month)
                .param("today", today)
                .query(rs -> {
                    long[] counts = new long[7];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(i + 2);
                    }
                    visits.put(rs.getString(1), counts);
                });
        Map<String, Long> beds = new HashMap<>();
        params(jdbc.sql(ACTIVE_BEDS.replace("{key}", grouping.keyExpression())), area, month)
                .query(rs -> {
                    beds.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, long[]> anomalies = new HashMap<>();
        params(jdbc.sql(inArea(ANOMALIES, area, "v.").replace("{key}", grouping.keyExpression())), area, month)
                .query(rs -> {
                    long[] counts = new long[5];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(i + 2);
                    }
                    anomalies.put(rs.getString(1), counts);
                });
        Map<String, ServiceFigures> figures = new LinkedHashMap<>();
        var keys = new java.util.TreeSet<String>();
        keys.addAll(visits.keySet());
        keys.addAll(beds.keySet());
        keys.addAll(anomalies.keySet());
        for (String key : keys) {
            long[] v = visits.getOrDefault(key, new long[7]);
            long[] a = anomalies.getOrDefault(key, new long[5]);
            figures.put(
                    key,
                    new ServiceFigures(
                            beds.getOrDefault(key, 0L),
                            v[0],
                            v[1],
                            v[2],
                            v[3],
                            v[4],
                            v[5],
                            v[6],
                            null,
                            a[0],
                            a[1],
                            a[2],
                            a[3],
                            a[4]));
        }
        return figures;
    }

    /** Visit figures of each of the months from {@code first} to {@code last}, for the trend. */
    Map<YearMonth, ServiceFigures> monthly(Area area, YearMonth first, YearMonth last, LocalDate today) {
        Map<YearMonth, ServiceFigures> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, ServiceFigures.NONE);
        }
        jdbc.sql(inArea(VISIT_COUNTS, area, "").replace("{key}", "to_char(scheduled_on, 'YYYY-MM')"))
                .param("prefix", area.prefix())
                .param("county", county(area.prefix()))
                .param("provider", area.providerId(), java.sql.Types.BIGINT)
                .param("from", first.atDay(1))
                .param("to", last.plusMonths(1).atDay(1))
                .param("today", today)
                .query(rs -> {
                    months.put(
                            YearMonth.parse(rs.getString(1)),
                            new ServiceFigures(
                                    0,
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7),
                                    rs.getLong(8),
                                    null,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0));
                });
        return months;
    }

    /** Complaints received in the month about providers based in the area, per county of the provider. */
    Map<String, Long> complaintsByCounty(String prefix, YearMonth month) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select substr(p.county_code, 1, 6), count(*)
                        from eldercare.provider_complaints c
                        join eldercare.providers p on p.id = c.provider_id
                        where p.county_code like :prefix || '%'
                          and c.received_on >= :from and c.received_on < :to
                        group by 1
                        """)
                .param("prefix", prefix)
                .param("from", month.atDay(1))
                .param("to", month.plusMonths(1).atDay(1))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Complaints received in the month, per provider, keyed like {@link Grouping#PROVIDER}. */
    Map<String, Long> complaintsByProvider(Collection<Long> providerIds, YearMonth month) {
        Map<String, Long> counts = new HashMap<>();
        if (providerIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select cast(provider_id as text), count(*)
                        from eldercare.provider_complaints
                        where provider_id in (:providers)
                          and received_on >= :from and received_on < :to
                        group by 1
                        """)
                .param("providers", providerIds)
                .param("from", month.atDay(1))
                .param("to", month.plusMonths(1).atDay(1))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Names of the providers that serve the township or have beds or visits of the month in it, by id. Only
     * these may be opened from the township's page.
     */
    Map<Long, String> providersOf(String townshipPrefix, String townshipCode, YearMonth month) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.name
                        from eldercare.providers p
                        where p.id in (select provider_id from eldercare.provider_areas where township_code = :township)
                           or p.id in (select provider_id from eldercare.beds
                                       where region_code like :prefix || '%' and status = 'ACTIVE')
                           or p.id in (select provider_id from eldercare.visits
                                       where region_code like :prefix || '%' and county_code = :county
                                         and scheduled_on >= :from and scheduled_on < :to)
                        order by p.name, p.id
                        """)
                .param("township", townshipCode)
                .param("prefix", townshipPrefix)
                .param("county", CountyPartition.of(townshipCode))
                .param("from", month.atDay(1))
                .param("to", month.plusMonths(1).atDay(1))
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** One page of a provider's visits of the month in the area, filtered; ordered by day. */
    Page<VisitLine> visits(Area area, YearMonth month, VisitFilter filter, LocalDate today, Pageable page) {
        long total = bind(jdbc.sql(visitCountSql(area)), area, month, filter, today)
                .query(Long.class)
                .single();
        List<VisitLine> lines = bind(jdbc.sql(visitPageSql(area)), area, month, filter, today)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new VisitLine(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        VisitStatus.valueOf(rs.getString(6)),
                        local(rs.getObject(7, OffsetDateTime.class)),
                        local(rs.getObject(8, OffsetDateTime.class)),
                        rs.getInt(9),
                        rs.getObject(10, Integer.class),
                        anomalies(rs.getString(11))))
                .list();
        return new PageImpl<>(lines, page, total);
    }

    /** The staff member's area this month, for the home page tile. */
    ServiceFigures tile(String prefix, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return figures(Grouping.WHOLE_AREA, Area.of(prefix), month, today).getOrDefault("", ServiceFigures.NONE);
    }

    static String visitCountSql(Area area) {
        return "select count(*) from eldercare.visits v " + inArea(VISIT_FILTER, area, "v.");
    }

    static String visitPageSql(Area area) {
        return inArea(VISIT_LINES + VISIT_FILTER, area, "v.")
                + " order by v.scheduled_on, v.id limit :limit offset :offset";
    }

    /**
     * Narrows a query to the area's county when it lies within one: the region prefix implies it, but only
     * naming the county lets PostgreSQL read a single partition of visits and of anomalies, which are
     * partitioned by county, and already when it plans the query. {@code {inCounty}} becomes the condition on
     * the visits (columns prefixed with {@code alias}), {@code {visitCounty}} the county an anomaly subquery
     * names: {@code :county}, or the visit's own otherwise.
     */
    static String inArea(String sql, Area area, String alias) {
        boolean oneCounty = county(area.prefix()) != null;
        return sql.replace("{inCounty}", oneCounty ? " and " + alias + "county_code = :county" : "")
                .replace("{visitCounty}", oneCounty ? ":county" : "v.county_code");
    }

    private static String county(String prefix) {
        return CountyPartition.within(prefix).orElse(null);
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Area area, YearMonth month) {
        return spec.param("prefix", area.prefix())
                .param("county", county(area.prefix()))
                .param("provider", area.providerId(), java.sql.Types.BIGINT)
                .param("from", month.atDay(1))
                .param("to", month.plusMonths(1).atDay(1));
    }

    static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, Area area, YearMonth month, VisitFilter filter, LocalDate today) {
        return spec.param("prefix", area.prefix())
                .param("county", county(area.prefix()))
                .param("provider", area.providerId())
                .param("from", month.atDay(1))
                .param("to", month.plusMonths(1).atDay(1))
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name(),
                        java.sql.Types.VARCHAR)
                .param("lateOnly", filter.lateOnly())
                .param("anomaly", filter.anomaly(), java.sql.Types.VARCHAR)
                .param("today", today);
    }

    private static LocalDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CHINA).toLocalDateTime();
    }

    /** "KIND" for an open anomaly, "KIND:R" for a reviewed one. */
    private static List<VisitLine.Flag> anomalies(String aggregated) {
        if (aggregated == null) {
            return List.of();
        }
        List<VisitLine.Flag> flags = new ArrayList<>();
        Arrays.stream(aggregated.split(","))
                .forEach(part -> flags.add(new VisitLine.Flag(part.replace(":R", ""), !part.endsWith(":R"))));
        return List.copyOf(flags);
    }
}
