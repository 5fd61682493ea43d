package org.minzheng.rescue.escort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Escort tasks. A staff member sees an escort when the asking station or the escorting station is in their scope,
 * so a county sees what it asked the city for, and the city sees all.
 */
@Repository
class EscortRepository {

    private static final String FROM = """
              from rescue.escorts e
              join rescue.cases c on c.id = e.case_id
              join rescue.stations rs on rs.id = e.requested_by_station_id
              join rescue.stations es on es.id = e.escort_station_id
             where (e.region_code like :prefix || '%' or es.region_code like :prefix || '%')
            """;
    private static final String COLUMNS = """
            select e.*, c.number as case_number, c.name as person_name, c.status as case_status,
                   rs.name as requested_name, es.name as escort_name, es.region_code as escort_region
            """;
    private static final String FILTER = """
               and (cast(:status as text) is null or e.status = :status)
               and (cast(:cross as boolean) is null or e.cross_province = :cross)
               and (cast(:station as bigint) is null or e.requested_by_station_id = :station
                    or e.escort_station_id = :station)
               and (cast(:from as date) is null or e.planned_on >= :from)
               and (cast(:to as date) is null or e.planned_on <= :to)
            """;

    private final JdbcClient jdbc;

    EscortRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseSummary> caseInScope(long caseId, DataScope scope) {
        return jdbc.sql("""
                        select c.id, c.number, c.name, c.status, c.station_id, s.kind, s.region_code
                          from rescue.cases c join rescue.stations s on s.id = c.station_id
                         where c.id = :id and c.region_code like :prefix || '%'
                        """)
                .param("id", caseId)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new CaseSummary(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getString("name"),
                        rs.getString("status"),
                        rs.getLong("station_id"),
                        rs.getString("kind"),
                        rs.getString("region_code")))
                .optional();
    }

    /** The case row locked, so two escorts for the same person cannot be arranged at once. */
    String lockCase(long caseId) {
        return jdbc.sql("select status from rescue.cases where id = :id for update")
                .param("id", caseId)
                .query(String.class)
                .single();
    }

    boolean openEscortFor(long caseId) {
        return jdbc.sql("select count(*) from rescue.escorts where case_id = :id"
                                + " and status in ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS')")
                        .param("id", caseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Long> cityStation() {
        return jdbc.sql("select id from rescue.stations where kind = 'CITY' order by id limit 1")
                .query(Long.class)
                .optional();
    }

    List<EscortStaff> activeStaff(long stationId) {
        return jdbc.sql("select id, name, post, phone from rescue.station_staff where station_id = :station"
                        + " and left_on is null order by post, name")
                .param("station", stationId)
                .query((rs, n) -> new EscortStaff(
                        rs.getLong("id"), rs.getString("name"), rs.getString("post"), rs.getString("phone")))
                .list();
    }

    List<EscortStaff> assigned(long escortId) {
        return jdbc.sql("""
                        select s.id, s.name, s.post, s.phone from rescue.escort_staff x
                          join rescue.station_staff s on s.id = x.staff_id
                         where x.escort_id = :id order by s.name
                        """)
                .param("id", escortId)
                .query((rs, n) -> new EscortStaff(
                        rs.getLong("id"), rs.getString("name"), rs.getString("post"), rs.getString("phone")))
                .list();
    }

    long insert(
            EscortForm form,
            CaseSummary c,
            long escortStationId,
            boolean cross,
            long costFen,
            EscortStatus status,
            boolean demo,
            String by) {
        return jdbc.sql("""
                        insert into rescue.escorts (case_id, requested_by_station_id, escort_station_id, region_code,
                               destination_province, destination_place, destination_address, cross_province,
                               transport, route, vehicle, planned_on, cost_fen, status, demo, created_by)
                        values (:caseId, :requested, :escort, :region, :province, :place, :address, :cross,
                               :transport, :route, :vehicle, :plannedOn, :cost, :status, :demo, :by)
                        returning id
                        """)
                .param("caseId", c.id())
                .param("requested", c.stationId())
                .param("escort", escortStationId)
                .param("region", c.regionCode())
                .param("province", form.province())
                .param("place", form.place().strip())
                .param("address", form.address().strip())
                .param("cross", cross)
                .param("transport", form.transport().name())
                .param("route", form.route().strip())
                .param("vehicle", blankToNull(form.vehicle()))
                .param("plannedOn", form.plannedOn())
                .param("cost", costFen)
                .param("status", status.name())
                .param("demo", demo)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void assign(long escortId, List<Long> staffIds) {
        jdbc.sql("delete from rescue.escort_staff where escort_id = :id")
                .param("id", escortId)
                .update();
        for (Long staff : staffIds) {
            jdbc.sql("insert into rescue.escort_staff (escort_id, staff_id) values (:id, :staff)")
                    .param("id", escortId)
                    .param("staff", staff)
                    .update();
        }
    }

    void event(long escortId, EscortStatus status, Instant at, String by, String note) {
        jdbc.sql("insert into rescue.escort_events (escort_id, status, at, by_user, note)"
                        + " values (:id, :status, :at, :by, :note)")
                .param("id", escortId)
                .param("status", status.name())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("by", by)
                .param("note", note)
                .update();
    }

    List<EscortEvent> events(long escortId) {
        return jdbc.sql("select * from rescue.escort_events where escort_id = :id order by at, id")
                .param("id", escortId)
                .query((rs, n) -> new EscortEvent(
                        EscortStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("by_user"),
                        rs.getString("note")))
                .list();
    }

    void accept(long escortId, String vehicle) {
        jdbc.sql("update rescue.escorts set status = 'ACCEPTED', vehicle = coalesce(:vehicle, vehicle),"
                        + " updated_at = now() where id = :id")
                .param("id", escortId)
                .param("vehicle", vehicle)
                .update();
    }

    void start(long escortId, Instant at) {
        jdbc.sql("update rescue.escorts set status = 'IN_PROGRESS', started_at = :at, updated_at = now()"
                        + " where id = :id")
                .param("id", escortId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    void handOver(
            long escortId,
            Instant at,
            String receivedBy,
            ReceiverKind kind,
            byte[] phoneCipher,
            String phoneMasked,
            String note) {
        jdbc.sql("""
                        update rescue.escorts set status = 'HANDED_OVER', handed_over_at = :at, received_by = :by,
                               received_by_kind = :kind, receiver_phone_cipher = :cipher,
                               receiver_phone_masked = :masked, handover_note = :note, updated_at = now()
                         where id = :id
                        """)
                .param("id", escortId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("by", receivedBy)
                .param("kind", kind.name())
                .param("cipher", phoneCipher)
                .param("masked", phoneMasked)
                .param("note", note)
                .update();
    }

    void cancel(long escortId, String reason) {
        jdbc.sql("update rescue.escorts set status = 'CANCELLED', cancel_reason = :reason, updated_at = now()"
                        + " where id = :id")
                .param("id", escortId)
                .param("reason", reason)
                .update();
    }

    Optional<Escort> find(long id, DataScope scope) {
        return jdbc.sql(COLUMNS + FROM + " and e.id = :id")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(EscortRepository::escort)
                .optional();
    }

    /** The escort locked for a change, read again so the status checked is the current one. */
    Escort locked(long id, DataScope scope) {
        jdbc.sql("select id from rescue.escorts where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
        return find(id, scope).orElseThrow();
    }

    Page<Escort> search(EscortSearch search, DataScope scope, Pageable page) {
        long total = jdbc.sql("select count(*) " + FROM + FILTER)
                .params(filter(search, scope))
                .query(Long.class)
                .single();
        List<Escort> rows = jdbc.sql(COLUMNS + FROM + FILTER + " order by e.planned_on desc, e.id desc"
                        + " limit :limit offset :offset")
                .params(filter(search, scope))
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(EscortRepository::escort)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    List<Escort> export(EscortSearch search, DataScope scope, int limit) {
        return jdbc.sql(COLUMNS + FROM + FILTER + " order by e.planned_on desc, e.id desc limit :limit")
                .params(filter(search, scope))
                .param("limit", limit)
                .query(EscortRepository::escort)
                .list();
    }

    /** Cross-province requests waiting for the city station, for city staff. */
    List<Escort> waitingForCity(DataScope scope) {
        return jdbc.sql(COLUMNS + FROM + " and e.status = 'REQUESTED' and es.kind = 'CITY'"
                        + " order by e.planned_on, e.id")
                .param("prefix", scope.prefix())
                .query(EscortRepository::escort)
                .list();
    }

    EscortStatistics statistics(DataScope scope, int year) {
        return jdbc.sql("""
                        select count(*) as total,
                               count(*) filter (where e.cross_province) as cross_province,
                               count(*) filter (where e.cross_province and es.kind = 'CITY') as cross_by_city
                        """ + FROM + """
                           and e.status <> 'CANCELLED' and extract(year from e.planned_on) = :year
                        """)
                .param("prefix", scope.prefix())
                .param("year", year)
                .query((rs, n) -> new EscortStatistics(
                        rs.getLong("total"), rs.getLong("cross_province"), rs.getLong("cross_by_city")))
                .single();
    }

    List<StationOption> stations(DataScope scope) {
        return jdbc.sql("select id, name from rescue.stations where region_code like :prefix || '%'"
                        + " or kind = 'CITY' order by kind, region_code")
                .param("prefix", scope.prefix())
                .query((rs, n) -> new StationOption(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    private static java.util.Map<String, Object> filter(EscortSearch search, DataScope scope) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("prefix", scope.prefix());
        values.put("status", search.statusOrNull());
        values.put("cross", search.crossOrNull());
        values.put("station", search.station());
        values.put("from", search.from());
        values.put("to", search.to());
        return values;
    }

    private static Escort escort(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("received_by_kind");
        return new Escort(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("case_number"),
                rs.getString("person_name"),
                rs.getString("case_status"),
                rs.getLong("requested_by_station_id"),
                rs.getString("requested_name"),
                rs.getLong("escort_station_id"),
                rs.getString("escort_name"),
                rs.getString("escort_region"),
                rs.getString("region_code"),
                rs.getString("destination_province"),
                rs.getString("destination_place"),
                rs.getString("destination_address"),
                rs.getBoolean("cross_province"),
                Transport.valueOf(rs.getString("transport")),
                rs.getString("route"),
                rs.getString("vehicle"),
                rs.getObject("planned_on", LocalDate.class),
                rs.getLong("cost_fen"),
                EscortStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("handed_over_at")),
                rs.getString("received_by"),
                kind == null ? null : ReceiverKind.valueOf(kind),
                rs.getString("receiver_phone_masked"),
                rs.getString("handover_note"),
                rs.getString("cancel_reason"),
                rs.getBoolean("demo"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record StationOption(long id, String name) {}
}
