package org.minzheng.rescue.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases, their extensions and hospital stays; every read is limited to the staff member's scope in SQL. */
@Repository
class RescueCaseRepository {

    private static final String DAYS = "(coalesce(cast(c.released_at at time zone 'Asia/Shanghai' as date), :today)"
            + " - cast(c.admitted_at at time zone 'Asia/Shanghai' as date))";
    private static final String EXTRA =
            "coalesce((select sum(e.extra_days) from rescue.stay_extensions e where e.case_id = c.id), 0)";
    private static final String DETAILS = """
            select c.*, s.name as station_name, %s as extra
              from rescue.cases c join rescue.stations s on s.id = c.station_id
            """.formatted(EXTRA);
    private static final String FILTER = """
              from rescue.cases c join rescue.stations s on s.id = c.station_id
             where c.region_code like :prefix || '%'
               and (cast(:station as bigint) is null or c.station_id = :station)
               and (cast(:status as text) is null or c.status = :status)
               and (cast(:identity as text) is null or c.identity_status = :identity)
               and (cast(:q as text) is null or c.name like :q escape '\\' or c.number like :q escape '\\')
               and (cast(:from as date) is null or cast(c.admitted_at at time zone 'Asia/Shanghai' as date) >= :from)
               and (cast(:to as date) is null or cast(c.admitted_at at time zone 'Asia/Shanghai' as date) <= :to)
            """;

    private final JdbcClient jdbc;

    RescueCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StationChoice> stations(DataScope scope) {
        return jdbc.sql("select id, name, region_code from rescue.stations where region_code like :prefix || '%'"
                        + " order by kind, region_code")
                .param("prefix", scope.prefix())
                .query((rs, n) ->
                        new StationChoice(rs.getLong("id"), rs.getString("name"), rs.getString("region_code")))
                .list();
    }

    /** Takes the next number of the station's year under a row lock, so numbers have no gaps and no twins. */
    /**
     * The station's next case number of the year, gapless: {@code JZ371600-2026-000017} (the station's county,
     * the year, the sequence).
     */
    String nextCaseNumber(long stationId, String stationRegion, int year) {
        return "JZ%s-%d-%06d".formatted(CountyPartition.of(stationRegion), year, nextNumber(stationId, year));
    }

    private int nextNumber(long stationId, int year) {
        jdbc.sql("insert into rescue.case_counters (station_id, year, last_number) values (:station, :year, 0)"
                        + " on conflict do nothing")
                .param("station", stationId)
                .param("year", year)
                .update();
        return jdbc.sql("update rescue.case_counters set last_number = last_number + 1"
                        + " where station_id = :station and year = :year returning last_number")
                .param("station", stationId)
                .param("year", year)
                .query(Integer.class)
                .single();
    }

    /** The number of a stay not yet ended of the person with that ID number, in any station. */
    Optional<String> inCareWith(String idIndex, Long exceptCase) {
        return jdbc.sql("select number from rescue.cases where id_number_index = :index and status <> 'RELEASED'"
                        + " and (cast(:except as bigint) is null or id <> :except) order by id limit 1")
                .param("index", idIndex)
                .param("except", exceptCase)
                .query(String.class)
                .optional();
    }

    /** A case registered moments ago for the same person found at the same time and place: a second tap. */
    Optional<String> justRegistered(
            long stationId, String name, String sex, Instant foundAt, String foundPlace, Instant since) {
        return jdbc.sql("""
                        select number from rescue.cases
                         where station_id = :station and name is not distinct from :name and sex = :sex
                           and found_at = :foundAt and found_place = :place and created_at >= :since
                         order by id limit 1
                        """)
                .param("station", stationId)
                .param("name", name)
                .param("sex", sex)
                .param("foundAt", OffsetDateTime.ofInstant(foundAt, StayLimit.BEIJING))
                .param("place", foundPlace)
                .param("since", OffsetDateTime.ofInstant(since, StayLimit.BEIJING))
                .query(String.class)
                .optional();
    }

    long insert(Map<String, Object> values) {
        return jdbc.sql("""
                        insert into rescue.cases (number, station_id, region_code, admitted_at, found_at, found_place,
                               found_region_code, source, brought_by, identity_status, name, sex, birth_date,
                               estimated_age, id_number_cipher, id_number_index, id_number_masked, hukou_place,
                               height_cm, physical_description, features, dialect, clothing, health, health_note,
                               belongings, demo, created_by)
                        values (:number, :stationId, :regionCode, :admittedAt, :foundAt, :foundPlace,
                               :foundRegionCode, :source, :broughtBy, :identityStatus, :name, :sex, :birthDate,
                               :estimatedAge, :idCipher, :idIndex, :idMasked, :hukouPlace,
                               :heightCm, :physicalDescription, :features, :dialect, :clothing, :health, :healthNote,
                               :belongings, :demo, :createdBy)
                        returning id
                        """).params(values).query(Long.class).single();
    }

    void photo(long caseId, String attachmentId) {
        jdbc.sql("update rescue.cases set photo_attachment_id = :photo, updated_at = now() where id = :id")
                .param("photo", attachmentId)
                .param("id", caseId)
                .update();
    }

    Optional<RescueCase> find(long id, DataScope scope) {
        return jdbc.sql(DETAILS + " where c.id = :id and c.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(RescueCaseRepository::details)
                .optional();
    }

    /** The case row locked for a change, so two staff cannot release and refer the same person at once. */
    RescueCase locked(long id) {
        jdbc.sql("select id from rescue.cases where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
        return jdbc.sql(DETAILS + " where c.id = :id")
                .param("id", id)
                .query(RescueCaseRepository::details)
                .single();
    }

    Page<CaseRow> search(CaseSearch search, DataScope scope, LocalDate today, Instant now, Pageable page) {
        Map<String, Object> params = params(search, scope, today);
        long total = jdbc.sql("select count(*) " + FILTER)
                .params(params)
                .query(Long.class)
                .single();
        List<CaseRow> rows = rows(search, params, now, page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, total);
    }

    List<CaseRow> export(CaseSearch search, DataScope scope, LocalDate today, Instant now, int limit) {
        return rows(search, params(search, scope, today), now, limit, 0);
    }

    private List<CaseRow> rows(CaseSearch search, Map<String, Object> params, Instant now, int limit, long offset) {
        String order = search.byDays() ? DAYS + " desc, c.id desc" : "c.admitted_at desc, c.id desc";
        return jdbc.sql("select c.*, s.name as station_name, " + EXTRA + " as extra " + FILTER + " order by " + order
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> row(details(rs, n), now))
                .list();
    }

    private static CaseRow row(RescueCase c, Instant now) {
        Integer age = c.estimatedAge();
        if (c.birthDate() != null) {
            age = c.birthDate()
                    .until(now.atZone(StayLimit.BEIJING).toLocalDate())
                    .getYears();
        }
        return new CaseRow(
                c.id(),
                c.number(),
                c.stationName(),
                c.name(),
                c.sex(),
                age,
                c.identityStatus(),
                c.idNumberMasked(),
                c.health(),
                c.status(),
                c.admittedAt(),
                c.foundPlace(),
                c.releaseKind(),
                c.demo(),
                c.stay(now));
    }

    /** The flags are counted over the people still in care, with the thresholds of {@link StayLimit}. */
    StaySummary summary(DataScope scope, Long station, LocalDate today) {
        return jdbc.sql("""
                        with stay as (
                            select c.identity_status, c.status, %s as days, :base + %s as lim
                              from rescue.cases c
                             where c.region_code like :prefix || '%%' and c.status <> 'RELEASED'
                               and (cast(:station as bigint) is null or c.station_id = :station))
                        select count(*) as in_care,
                               count(*) filter (where status = 'IN_HOSPITAL') as in_hospital,
                               count(*) filter (where days <= lim and lim - days <= :soon) as due_soon,
                               count(*) filter (where days > lim) as overdue,
                               count(*) filter (where identity_status = 'UNKNOWN' and days > :stranded) as stranded,
                               count(*) filter (where days > :month) as month_reached,
                               count(*) filter (where identity_status = 'UNKNOWN' and days > :settle) as settlement_due
                          from stay
                        """.formatted(DAYS, EXTRA))
                .param("prefix", scope.prefix())
                .param("station", station)
                .param("today", today)
                .param("base", StayLimit.BASE_DAYS)
                .param("soon", StayLimit.DUE_SOON_DAYS)
                .param("stranded", StayLimit.STRANDED_AFTER_DAYS)
                .param("month", StayLimit.MONTH_DAYS)
                .param("settle", StayLimit.SETTLEMENT_AFTER_DAYS)
                .query((rs, n) -> new StaySummary(
                        rs.getLong("in_care"),
                        rs.getLong("in_hospital"),
                        rs.getLong("due_soon"),
                        rs.getLong("overdue"),
                        rs.getLong("stranded"),
                        rs.getLong("month_reached"),
                        rs.getLong("settlement_due")))
                .single();
    }

    List<Extension> extensions(long caseId) {
        return jdbc.sql("select * from rescue.stay_extensions where case_id = :id order by id")
                .param("id", caseId)
                .query((rs, n) -> new Extension(
                        rs.getInt("extra_days"),
                        rs.getString("reason"),
                        rs.getString("reported_to"),
                        rs.getObject("reported_on", LocalDate.class),
                        rs.getString("filed_by"),
                        instant(rs, "filed_at")))
                .list();
    }

    private record SearchRef(long id, String status) {}

    CaseTrail trail(long caseId) {
        Optional<SearchRef> search = jdbc.sql("select id, status from rescue.family_searches where case_id = :id")
                .param("id", caseId)
                .query((rs, n) -> new SearchRef(rs.getLong("id"), rs.getString("status")))
                .optional();
        Long returneeId = jdbc.sql("select id from rescue.returnees where case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .optional()
                .orElse(null);
        List<CaseTrail.EarlierStay> earlier = jdbc.sql("""
                        select l.id, l.earlier_case_id, e.number, e.admitted_at, s.name as station_name, l.returnee_id,
                               l.method, l.score, l.status
                          from rescue.repeat_links l
                          left join rescue.cases e on e.id = l.earlier_case_id
                          left join rescue.stations s on s.id = e.station_id
                         where l.case_id = :id and l.status <> 'REJECTED'
                         order by e.admitted_at desc nulls last, l.id
                        """)
                .param("id", caseId)
                .query((rs, n) -> new CaseTrail.EarlierStay(
                        rs.getLong("id"),
                        rs.getObject("earlier_case_id", Long.class),
                        rs.getString("number"),
                        instant(rs, "admitted_at"),
                        rs.getString("station_name"),
                        rs.getObject("returnee_id", Long.class),
                        rs.getString("method"),
                        rs.getObject("score", Integer.class),
                        rs.getString("status")))
                .list();
        return new CaseTrail(
                search.map(SearchRef::id).orElse(null),
                search.map(SearchRef::status).orElse(null),
                returneeId,
                earlier);
    }

    List<Referral> referrals(long caseId) {
        return jdbc.sql("select * from rescue.medical_referrals where case_id = :id order by referred_at, id")
                .param("id", caseId)
                .query((rs, n) -> new Referral(
                        rs.getLong("id"),
                        rs.getString("hospital"),
                        rs.getString("reason"),
                        instant(rs, "referred_at"),
                        instant(rs, "returned_at"),
                        rs.getString("outcome"),
                        rs.getString("recorded_by")))
                .list();
    }

    void identify(
            long id,
            IdentityStatus status,
            String name,
            String sex,
            LocalDate birthDate,
            String hukouPlace,
            byte[] idCipher,
            String idIndex,
            String idMasked) {
        jdbc.sql("""
                        update rescue.cases
                           set identity_status = :status, name = :name, sex = :sex,
                               birth_date = coalesce(:birthDate, birth_date),
                               hukou_place = coalesce(:hukou, hukou_place),
                               id_number_cipher = coalesce(:cipher, id_number_cipher),
                               id_number_index = coalesce(:index, id_number_index),
                               id_number_masked = coalesce(:masked, id_number_masked),
                               updated_at = now()
                         where id = :id
                        """)
                .param("status", status.name())
                .param("name", name)
                .param("sex", sex)
                .param("birthDate", birthDate)
                .param("hukou", hukouPlace)
                .param("cipher", idCipher)
                .param("index", idIndex)
                .param("masked", idMasked)
                .param("id", id)
                .update();
    }

    void extend(long caseId, int days, String reason, String reportedTo, LocalDate reportedOn, String by) {
        jdbc.sql("insert into rescue.stay_extensions (case_id, extra_days, reason, reported_to, reported_on, filed_by)"
                        + " values (:id, :days, :reason, :to, :on, :by)")
                .param("id", caseId)
                .param("days", days)
                .param("reason", reason)
                .param("to", reportedTo)
                .param("on", reportedOn)
                .param("by", by)
                .update();
    }

    void refer(long caseId, String hospital, String reason, Instant at, String by) {
        jdbc.sql("insert into rescue.medical_referrals (case_id, hospital, reason, referred_at, recorded_by)"
                        + " values (:id, :hospital, :reason, :at, :by)")
                .param("id", caseId)
                .param("hospital", hospital)
                .param("reason", reason)
                .param("at", OffsetDateTime.ofInstant(at, StayLimit.BEIJING))
                .param("by", by)
                .update();
        status(caseId, CaseStatus.IN_HOSPITAL);
    }

    void returned(long referralId, long caseId, Instant at, String outcome) {
        jdbc.sql("update rescue.medical_referrals set returned_at = :at, outcome = :outcome where id = :id")
                .param("at", OffsetDateTime.ofInstant(at, StayLimit.BEIJING))
                .param("outcome", outcome)
                .param("id", referralId)
                .update();
        status(caseId, CaseStatus.IN_CARE);
    }

    void release(long caseId, ReleaseKind kind, Instant at, String note) {
        jdbc.sql("update rescue.cases set status = 'RELEASED', release_kind = :kind, released_at = :at,"
                        + " release_note = :note, updated_at = now() where id = :id")
                .param("kind", kind.name())
                .param("at", OffsetDateTime.ofInstant(at, StayLimit.BEIJING))
                .param("note", note)
                .param("id", caseId)
                .update();
    }

    private void status(long caseId, CaseStatus status) {
        jdbc.sql("update rescue.cases set status = :status, updated_at = now() where id = :id")
                .param("status", status.name())
                .param("id", caseId)
                .update();
    }

    private static Map<String, Object> params(CaseSearch search, DataScope scope, LocalDate today) {
        String q = search.q() == null || search.q().isBlank()
                ? null
                : "%" + Like.escape(search.q().strip()) + "%";
        CaseStatus status = search.statusValue();
        IdentityStatus identity = search.identityValue();
        var params = new HashMap<String, Object>();
        params.put("prefix", scope.prefix());
        params.put("station", search.station());
        params.put("status", status == null ? null : status.name());
        params.put("identity", identity == null ? null : identity.name());
        params.put("q", q);
        params.put("from", search.from());
        params.put("to", search.to());
        params.put("today", today);
        return params;
    }

    private static RescueCase details(ResultSet rs, int n) throws SQLException {
        return new RescueCase(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("station_id"),
                rs.getString("station_name"),
                rs.getString("region_code"),
                instant(rs, "admitted_at"),
                instant(rs, "found_at"),
                rs.getString("found_place"),
                rs.getString("found_region_code"),
                CaseSource.valueOf(rs.getString("source")),
                rs.getString("brought_by"),
                IdentityStatus.valueOf(rs.getString("identity_status")),
                rs.getString("name"),
                rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class),
                (Integer) rs.getObject("estimated_age"),
                rs.getString("id_number_masked"),
                rs.getString("hukou_place"),
                (Integer) rs.getObject("height_cm"),
                rs.getString("physical_description"),
                rs.getString("features"),
                rs.getString("dialect"),
                rs.getString("clothing"),
                HealthStatus.valueOf(rs.getString("health")),
                rs.getString("health_note"),
                rs.getString("belongings"),
                rs.getString("photo_attachment_id"),
                CaseStatus.valueOf(rs.getString("status")),
                instant(rs, "released_at"),
                rs.getString("release_kind") == null ? null : ReleaseKind.valueOf(rs.getString("release_kind")),
                rs.getString("release_note"),
                rs.getBoolean("demo"),
                rs.getString("created_by"),
                rs.getInt("extra"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
