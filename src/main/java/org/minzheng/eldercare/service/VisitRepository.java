package org.minzheng.eldercare.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans and visits in {@code eldercare}; staff reads are limited to a data scope in SQL, caregivers to their own. */
@Repository
class VisitRepository {

    private static final String DETAILS = """
            select v.*, e.id as elder_id, e.name as elder_name, e.address as elder_address,
                   p.name as provider_name, c.name as caregiver_name
            from eldercare.visits v
            join eldercare.beds b on b.id = v.bed_id
            join eldercare.elders e on e.id = b.elder_id
            join eldercare.providers p on p.id = v.provider_id
            left join eldercare.caregivers c on c.id = v.caregiver_id
            """;

    /**
     * %1$s is the visit's county: {@code :county} when the list is within one, which lets PostgreSQL read a
     * single partition of anomalies already when it plans the query (a correlated {@code v.county_code} would
     * prune only while running it); {@code v.county_code} otherwise.
     */
    private static final String ROW = """
            select v.id, v.scheduled_on, e.name as elder_name, v.region_code, p.name as provider_name, v.item_name,
                   c.name as caregiver_name, v.status, v.checked_in_at, v.checked_out_at, v.rating,
                   (select count(*) from eldercare.visit_anomalies a
                    where a.county_code = %1$s and a.visit_id = v.id and a.reviewed_at is null) as anomalies
            from eldercare.visits v
            join eldercare.beds b on b.id = v.bed_id
            join eldercare.elders e on e.id = b.elder_id
            join eldercare.providers p on p.id = v.provider_id
            left join eldercare.caregivers c on c.id = v.caregiver_id
            """;

    /** %1$s as in {@link #ROW}. */
    private static final String FILTERS = """
            where v.region_code like :prefix || '%%'
              and v.scheduled_on >= :from and v.scheduled_on < :to
              and (cast(:status as text) is null or v.status = :status)
              and (cast(:village as text) is null or v.region_code = :village)
              and (cast(:provider as bigint) is null or v.provider_id = :provider)
              and (not :flagged or exists (select 1 from eldercare.visit_anomalies a
                                           where a.county_code = %1$s and a.visit_id = v.id
                                             and a.reviewed_at is null))
            """;

    /** Visits by id, plan or caregiver, in whatever county. */
    private static final String ANY_ROW = ROW.formatted("v.county_code");

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<VisitDetails> details(long id, DataScope scope) {
        return jdbc.sql(DETAILS + " where v.id = :id and v.region_code like :prefix || '%'"
                        + CountyPartition.condition("v", scope.prefix()))
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("county", CountyPartition.within(scope.prefix()).orElse(null))
                .query(VisitRepository::details)
                .optional();
    }

    Optional<VisitDetails> ofCaregiver(long id, long caregiverId) {
        return jdbc.sql(DETAILS + " where v.id = :id and v.caregiver_id = :caregiver")
                .param("id", id)
                .param("caregiver", caregiverId)
                .query(VisitRepository::details)
                .optional();
    }

    Optional<VisitDetails> byToken(String tokenHash) {
        return jdbc.sql(DETAILS + " where v.confirm_token_hash = :hash")
                .param("hash", tokenHash)
                .query(VisitRepository::details)
                .optional();
    }

    Page<VisitRow> search(VisitSearch search, DataScope scope, Pageable page) {
        long total = filtered(countSql(search, scope), search, scope)
                .query(Long.class)
                .single();
        List<VisitRow> rows = filtered(pageSql(search, scope), search, scope)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(VisitRepository::row)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    List<VisitRow> export(VisitSearch search, DataScope scope, int limit) {
        return filtered(rowsSql(search, scope) + " order by v.scheduled_on, v.id limit :limit", search, scope)
                .param("limit", limit)
                .query(VisitRepository::row)
                .list();
    }

    static String pageSql(VisitSearch search, DataScope scope) {
        return rowsSql(search, scope) + " order by v.scheduled_on, v.id limit :limit offset :offset";
    }

    static String countSql(VisitSearch search, DataScope scope) {
        return "select count(*) from eldercare.visits v " + filters(search, scope);
    }

    private static String rowsSql(VisitSearch search, DataScope scope) {
        return ROW.formatted(visitCounty(search, scope)) + filters(search, scope);
    }

    /**
     * The county condition is implied by the region conditions, but only it lets PostgreSQL read a single
     * partition of visits and of anomalies, which are partitioned by county: for a viewer or village filter at
     * county level or below.
     */
    private static String filters(VisitSearch search, DataScope scope) {
        String filters = FILTERS.formatted(visitCounty(search, scope));
        return county(search, scope).isPresent() ? filters + "  and v.county_code = :county\n" : filters;
    }

    private static String visitCounty(VisitSearch search, DataScope scope) {
        return county(search, scope).isPresent() ? ":county" : "v.county_code";
    }

    private static Optional<String> county(VisitSearch search, DataScope scope) {
        String village = search.villageOrNull();
        return CountyPartition.within(
                village != null && village.length() > scope.prefix().length() ? village : scope.prefix());
    }

    static Map<String, Object> searchParams(VisitSearch search, DataScope scope) {
        var params = new HashMap<String, Object>();
        params.put("prefix", scope.prefix());
        params.put("from", search.month().atDay(1));
        params.put("to", search.month().plusMonths(1).atDay(1));
        params.put("status", search.statusOrNull());
        params.put("village", search.villageOrNull());
        params.put("provider", search.providerId());
        params.put("flagged", search.flagged());
        county(search, scope).ifPresent(county -> params.put("county", county));
        return params;
    }

    private JdbcClient.StatementSpec filtered(String sql, VisitSearch search, DataScope scope) {
        return jdbc.sql(sql).params(searchParams(search, scope));
    }

    /** The caregiver's visits between two days, the day's order first. */
    List<VisitRow> ofCaregiver(long caregiverId, LocalDate from, LocalDate to) {
        return jdbc.sql(ANY_ROW + """
                        where v.caregiver_id = :caregiver and v.scheduled_on between :from and :to
                          and v.status <> 'CANCELLED'
                        order by v.scheduled_on, v.id
                        """)
                .param("caregiver", caregiverId)
                .param("from", from)
                .param("to", to)
                .query(VisitRepository::row)
                .list();
    }

    List<PlanView> plans(YearMonth month, DataScope scope, Long providerId) {
        return jdbc.sql(planSql(scope) + """
                        where sp.month = :month and sp.region_code like :prefix || '%'
                          and (cast(:provider as bigint) is null or sp.provider_id = :provider)
                        order by sp.region_code, e.name, sp.id
                        """)
                .param("month", month.atDay(1))
                .param("prefix", scope.prefix())
                .param("county", CountyPartition.within(scope.prefix()).orElse(null))
                .param("provider", providerId)
                .query(VisitRepository::plan)
                .list();
    }

    Optional<PlanView> plan(long id, DataScope scope) {
        return jdbc.sql(planSql(scope) + " where sp.id = :id and sp.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .param("county", CountyPartition.within(scope.prefix()).orElse(null))
                .query(VisitRepository::plan)
                .optional();
    }

    /** Active beds in the scope that have no plan for the month, e.g. accepted since the month was planned. */
    int bedsWithoutPlan(YearMonth month, DataScope scope) {
        return jdbc.sql("""
                        select count(*) from eldercare.beds b
                        where b.status = 'ACTIVE' and b.region_code like :prefix || '%'
                          and not exists (select 1 from eldercare.service_plans p
                                          where p.bed_id = b.id and p.month = :month)
                        """)
                .param("prefix", scope.prefix())
                .param("month", month.atDay(1))
                .query(Integer.class)
                .single();
    }

    /**
     * %1$s narrows the visits counted to the scope's county when it lies within one: a plan's visits are in the
     * plan's region, so in its county.
     */
    private static final String PLAN = """
            select sp.id, sp.bed_id, e.name as elder_name, sp.region_code, sp.provider_id, p.name as provider_name,
                   sp.month, sp.capability_level, sp.planned_fen,
                   (select count(*) from eldercare.visits v
                    where v.plan_id = sp.id and v.status <> 'CANCELLED'%1$s) as visits,
                   (select count(*) from eldercare.visits v
                    where v.plan_id = sp.id and v.status = 'PLANNED'%1$s) as undispatched,
                   (select count(*) from eldercare.visits v where v.plan_id = sp.id and v.status = 'DONE'%1$s) as done
            from eldercare.service_plans sp
            join eldercare.beds b on b.id = sp.bed_id
            join eldercare.elders e on e.id = b.elder_id
            join eldercare.providers p on p.id = sp.provider_id
            """;

    private static String planSql(DataScope scope) {
        return PLAN.formatted(CountyPartition.condition("v", scope.prefix()));
    }

    List<VisitRow> visitsOfPlan(long planId) {
        return jdbc.sql(ANY_ROW + " where v.plan_id = :plan order by v.scheduled_on, v.id")
                .param("plan", planId)
                .query(VisitRepository::row)
                .list();
    }

    List<CaregiverChoice> caregivers(long providerId) {
        return jdbc.sql(
                        "select id, name from eldercare.caregivers where provider_id = :provider and active order by name")
                .param("provider", providerId)
                .query((rs, n) -> new CaregiverChoice(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    Optional<Long> caregiverOf(String username) {
        return jdbc.sql("select id from eldercare.caregivers where username = :username and active")
                .param("username", username)
                .query(Long.class)
                .optional();
    }

    /** Gives the plan's visits that have no caregiver, from today on, to one caregiver. */
    int dispatchPlan(long planId, long caregiverId, LocalDate today, String staff) {
        return jdbc.sql("""
                        update eldercare.visits
                        set caregiver_id = :caregiver, status = 'DISPATCHED', dispatched_at = now(), dispatched_by = :staff
                        where plan_id = :plan and status = 'PLANNED' and scheduled_on >= :today
                        """)
                .param("caregiver", caregiverId)
                .param("staff", staff)
                .param("plan", planId)
                .param("today", today)
                .update();
    }

    /** Sends one visit, or sends it to someone else or on another day, while nobody has checked in. */
    boolean assign(long visitId, long caregiverId, LocalDate day, String staff) {
        return jdbc.sql("""
                        update eldercare.visits
                        set caregiver_id = :caregiver, status = 'DISPATCHED', dispatched_at = now(), dispatched_by = :staff,
                            scheduled_on = :day
                        where id = :id and status in ('PLANNED', 'DISPATCHED')
                        """)
                        .param("caregiver", caregiverId)
                        .param("day", day)
                        .param("staff", staff)
                        .param("id", visitId)
                        .update()
                == 1;
    }

    boolean checkIn(long id, Instant at, Instant received, Position position) {
        return jdbc.sql("""
                        update eldercare.visits
                        set status = 'STARTED', checked_in_at = :at, check_in_received = :received,
                            check_in_latitude = :lat, check_in_longitude = :lng
                        where id = :id and status = 'DISPATCHED'
                        """)
                        .param("at", Timestamp.from(at))
                        .param("received", Timestamp.from(received))
                        .param("lat", position == null ? null : position.latitude())
                        .param("lng", position == null ? null : position.longitude())
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean checkOut(long id, Instant at, Instant received, Position position, String record, String tokenHash) {
        return jdbc.sql("""
                        update eldercare.visits
                        set status = 'DONE', checked_out_at = :at, check_out_received = :received,
                            check_out_latitude = :lat, check_out_longitude = :lng, service_record = :record,
                            confirm_token_hash = :token
                        where id = :id and status = 'STARTED'
                        """)
                        .param("at", Timestamp.from(at))
                        .param("received", Timestamp.from(received))
                        .param("lat", position == null ? null : position.latitude())
                        .param("lng", position == null ? null : position.longitude())
                        .param("record", record)
                        .param("token", tokenHash)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The caregiver's other finished visits of the days around, for the overlap rule; other homes only. */
    List<VisitAnomalyRules.Interval> otherIntervals(long caregiverId, long bedId, LocalDate day) {
        return jdbc.sql("""
                        select id, checked_in_at, checked_out_at from eldercare.visits
                        where caregiver_id = :caregiver and bed_id <> :bed
                          and scheduled_on between :from and :to
                          and checked_in_at is not null and checked_out_at is not null
                        """)
                .param("caregiver", caregiverId)
                .param("bed", bedId)
                .param("from", day.minusDays(1))
                .param("to", day.plusDays(1))
                .query((rs, n) -> new VisitAnomalyRules.Interval(
                        rs.getLong("id"),
                        rs.getTimestamp("checked_in_at").toInstant(),
                        rs.getTimestamp("checked_out_at").toInstant()))
                .list();
    }

    /** The anomaly is filed under its visit's county, the other visit (an overlap's) under its own. */
    void flag(long visitId, AnomalyKind kind, Long minutes, Long otherVisitId) {
        jdbc.sql("""
                        insert into eldercare.visit_anomalies
                            (county_code, visit_id, kind, minutes, other_visit_id, other_county_code)
                        select v.county_code, v.id, :kind, :minutes, o.id, o.county_code
                        from eldercare.visits v left join eldercare.visits o on o.id = :other
                        where v.id = :visit
                        on conflict (county_code, visit_id, kind) do nothing
                        """)
                .param("visit", visitId)
                .param("kind", kind.name())
                .param("minutes", minutes)
                .param("other", otherVisitId)
                .update();
    }

    List<AnomalyView> anomalies(long visitId) {
        return jdbc.sql("select * from eldercare.visit_anomalies where visit_id = :visit order by found_at, kind")
                .param("visit", visitId)
                .query((rs, n) -> new AnomalyView(
                        AnomalyKind.valueOf(rs.getString("kind")),
                        rs.getObject("minutes", Integer.class),
                        rs.getObject("other_visit_id", Long.class),
                        rs.getString("detail"),
                        rs.getTimestamp("found_at").toInstant(),
                        instant(rs, "reviewed_at"),
                        rs.getString("reviewed_by"),
                        rs.getObject("review_valid", Boolean.class),
                        rs.getString("review_note")))
                .list();
    }

    boolean review(long visitId, AnomalyKind kind, boolean valid, String note, String staff) {
        return jdbc.sql("""
                        update eldercare.visit_anomalies
                        set reviewed_at = now(), reviewed_by = :staff, review_valid = :valid, review_note = :note
                        where visit_id = :visit and kind = :kind and reviewed_at is null
                        """)
                        .param("staff", staff)
                        .param("valid", valid)
                        .param("note", note)
                        .param("visit", visitId)
                        .param("kind", kind.name())
                        .update()
                == 1;
    }

    /** The rating is taken once: by the elder on the caregiver's phone or by the family from the text message. */
    boolean confirm(long id, String by, int rating, String feedback) {
        return jdbc.sql("""
                        update eldercare.visits
                        set confirmed_at = now(), confirmed_by = :by, rating = :rating, feedback = :feedback
                        where id = :id and status = 'DONE' and confirmed_at is null
                        """)
                        .param("by", by)
                        .param("rating", rating)
                        .param("feedback", feedback)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Visits whose day has passed without a check-in become missed, and flagged; returns their ids. */
    List<Long> markMissed(LocalDate today) {
        List<Long> missed =
                jdbc.sql("""
                        update eldercare.visits set status = 'MISSED'
                        where status in ('PLANNED', 'DISPATCHED') and scheduled_on < :today
                        returning id
                        """).param("today", today).query(Long.class).list();
        if (!missed.isEmpty()) {
            jdbc.sql("""
                            insert into eldercare.visit_anomalies (county_code, visit_id, kind)
                            select county_code, id, 'MISSED' from eldercare.visits where id = any(:ids)
                            on conflict (county_code, visit_id, kind) do nothing
                            """).param("ids", missed.toArray(Long[]::new)).update();
        }
        return missed;
    }

    /** Every visit of the provider's plans in the month, for the settlement. */
    List<VisitCharge> charges(long providerId, YearMonth month, DataScope scope) {
        return jdbc.sql("""
                        select v.plan_id, v.status, v.unit_price_fen,
                               exists (select 1 from eldercare.visit_anomalies a
                                       where a.county_code = v.county_code and a.visit_id = v.id
                                         and a.review_valid is distinct from true)
                                   as unsettled
                        from eldercare.visits v
                        join eldercare.service_plans sp on sp.id = v.plan_id
                        where sp.provider_id = :provider and sp.month = :month and sp.region_code like :prefix || '%'
                        """ + CountyPartition.condition("v", scope.prefix()))
                .param("provider", providerId)
                .param("month", month.atDay(1))
                .param("prefix", scope.prefix())
                .param("county", CountyPartition.within(scope.prefix()).orElse(null))
                .query((rs, n) -> new VisitCharge(
                        rs.getLong("plan_id"),
                        VisitStatus.valueOf(rs.getString("status")),
                        rs.getLong("unit_price_fen"),
                        rs.getBoolean("unsettled")))
                .list();
    }

    private static VisitRow row(ResultSet rs, int n) throws SQLException {
        return new VisitRow(
                rs.getLong("id"),
                rs.getObject("scheduled_on", LocalDate.class),
                rs.getString("elder_name"),
                rs.getString("region_code"),
                rs.getString("provider_name"),
                rs.getString("item_name"),
                rs.getString("caregiver_name"),
                VisitStatus.valueOf(rs.getString("status")),
                instant(rs, "checked_in_at"),
                instant(rs, "checked_out_at"),
                rs.getObject("rating", Integer.class),
                rs.getInt("anomalies"));
    }

    private static PlanView plan(ResultSet rs, int n) throws SQLException {
        return new PlanView(
                rs.getLong("id"),
                rs.getLong("bed_id"),
                rs.getString("elder_name"),
                rs.getString("region_code"),
                rs.getLong("provider_id"),
                rs.getString("provider_name"),
                rs.getObject("month", LocalDate.class),
                rs.getInt("capability_level"),
                rs.getLong("planned_fen"),
                rs.getInt("visits"),
                rs.getInt("undispatched"),
                rs.getInt("done"));
    }

    private static VisitDetails details(ResultSet rs, int n) throws SQLException {
        return new VisitDetails(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getLong("bed_id"),
                rs.getLong("elder_id"),
                rs.getString("elder_name"),
                rs.getString("elder_address"),
                rs.getString("region_code"),
                rs.getLong("provider_id"),
                rs.getString("provider_name"),
                rs.getString("item_name"),
                rs.getInt("standard_minutes"),
                rs.getLong("unit_price_fen"),
                rs.getObject("scheduled_on", LocalDate.class),
                VisitStatus.valueOf(rs.getString("status")),
                rs.getObject("caregiver_id", Long.class),
                rs.getString("caregiver_name"),
                instant(rs, "dispatched_at"),
                instant(rs, "checked_in_at"),
                rs.getBigDecimal("check_in_latitude"),
                rs.getBigDecimal("check_in_longitude"),
                instant(rs, "checked_out_at"),
                rs.getBigDecimal("check_out_latitude"),
                rs.getBigDecimal("check_out_longitude"),
                rs.getString("service_record"),
                instant(rs, "confirmed_at"),
                rs.getString("confirmed_by"),
                rs.getObject("rating", Integer.class),
                rs.getString("feedback"),
                rs.getBoolean("demo"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
