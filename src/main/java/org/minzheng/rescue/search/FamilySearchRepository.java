package org.minzheng.rescue.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minzheng.rescue.cases.IdentityStatus;
import org.minzheng.rescue.cases.StayLimit;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches, their steps, decisions on candidates and reunifications; staff reads are limited to their scope. */
@Repository
class FamilySearchRepository {

    private static final String CASE = """
            select c.*, s.name as station_name
              from rescue.cases c join rescue.stations s on s.id = c.station_id
            """;
    /** What the list and the dashboard show of the steps of a search, in one pass. */
    private static final String STEPS = """
            left join lateral (
                select string_agg(distinct st.kind, ',') as kinds, count(st.id) as steps,
                       max(st.taken_at) as last_step,
                       min(st.taken_at) filter (where st.kind = 'NATIONAL_NOTICE') as first_notice,
                       max(st.taken_at) filter (where st.kind = 'NATIONAL_NOTICE') as last_notice,
                       min(st.taken_at) filter (where st.kind = 'DNA') as first_dna
                  from rescue.search_steps st where st.search_id = f.id) a on true
            """;

    private static final String ROW_COLUMNS = """
            select f.id as search_id, f.status as search_status, c.id as case_id, c.number, s.name as station_name,
                   c.name, c.sex, c.birth_date, c.estimated_age, c.admitted_at, c.demo, a.*
            """;

    private final JdbcClient jdbc;

    FamilySearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SearchCase> caseInScope(long caseId, DataScope scope) {
        return jdbc.sql(CASE + " where c.id = :id and c.region_code like :prefix || '%'")
                .param("id", caseId)
                .param("prefix", scope.prefix())
                .query(FamilySearchRepository::searchCase)
                .optional();
    }

    SearchCase caseOf(long caseId) {
        return jdbc.sql(CASE + " where c.id = :id")
                .param("id", caseId)
                .query(FamilySearchRepository::searchCase)
                .single();
    }

    /** Unidentified people (unknown or self-reported only) still in the stations of the scope. */
    List<SearchCase> unidentifiedInCare(DataScope scope) {
        return jdbc.sql(CASE + " where c.region_code like :prefix || '%' and c.status <> 'RELEASED'"
                        + " and c.identity_status in ('UNKNOWN', 'SELF_REPORTED') order by c.admitted_at")
                .param("prefix", scope.prefix())
                .query(FamilySearchRepository::searchCase)
                .list();
    }

    String createdByOfCase(long caseId) {
        return jdbc.sql("select created_by from rescue.cases where id = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
    }

    Optional<FamilySearch> find(long id, DataScope scope) {
        return jdbc.sql("select * from rescue.family_searches where id = :id and region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(FamilySearchRepository::search)
                .optional();
    }

    Optional<FamilySearch> ofCase(long caseId) {
        return jdbc.sql("select * from rescue.family_searches where case_id = :id")
                .param("id", caseId)
                .query(FamilySearchRepository::search)
                .optional();
    }

    /** The search row locked for a change, so two staff cannot reunite and close it at once. */
    FamilySearch locked(long id) {
        return jdbc.sql("select * from rescue.family_searches where id = :id for update")
                .param("id", id)
                .query(FamilySearchRepository::search)
                .single();
    }

    /** Opens the search unless the case has one; answers the new id, or empty when there was one already. */
    Optional<Long> open(long caseId, String regionCode, Instant openedAt, boolean demo, String by) {
        return jdbc.sql("""
                        insert into rescue.family_searches (case_id, region_code, opened_at, demo, created_by)
                        values (:caseId, :region, :openedAt, :demo, :by)
                        on conflict (case_id) do nothing
                        returning id
                        """)
                .param("caseId", caseId)
                .param("region", regionCode)
                .param("openedAt", beijing(openedAt))
                .param("demo", demo)
                .param("by", by)
                .query(Long.class)
                .optional();
    }

    void end(long id, String status, Instant at, String reason) {
        jdbc.sql("update rescue.family_searches set status = :status, closed_at = :at, close_reason = :reason"
                        + " where id = :id")
                .param("status", status)
                .param("at", beijing(at))
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    List<SearchStep> steps(long searchId) {
        return jdbc.sql("select * from rescue.search_steps where search_id = :id order by taken_at, id")
                .param("id", searchId)
                .query(FamilySearchRepository::step)
                .list();
    }

    Optional<SearchStep> step(long searchId, long stepId) {
        return jdbc.sql("select * from rescue.search_steps where search_id = :search and id = :id for update")
                .param("search", searchId)
                .param("id", stepId)
                .query(FamilySearchRepository::step)
                .optional();
    }

    long addStep(long searchId, SearchStepForm form, Instant takenAt, Instant resultAt, String by) {
        return jdbc.sql("""
                        insert into rescue.search_steps (search_id, kind, taken_at, agency, reference, audience,
                               result, result_at, result_note, created_by)
                        values (:search, :kind, :takenAt, :agency, :reference, :audience, :result, :resultAt,
                               :note, :by)
                        returning id
                        """)
                .param("search", searchId)
                .param("kind", form.kind().name())
                .param("takenAt", beijing(takenAt))
                .param("agency", form.agency().strip())
                .param("reference", blank(form.reference()))
                .param("audience", form.audience())
                .param("result", form.result().name())
                .param("resultAt", beijing(resultAt))
                .param("note", blank(form.resultNote()))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void recordResult(long stepId, StepResult result, Instant at, String note) {
        jdbc.sql("update rescue.search_steps set result = :result, result_at = :at, result_note = :note"
                        + " where id = :id")
                .param("result", result.name())
                .param("at", beijing(at))
                .param("note", blank(note))
                .param("id", stepId)
                .update();
    }

    /** All searches of the scope with their step summary; lists filter and page them (a station keeps hundreds). */
    List<SearchRow> rows(DataScope scope, String status, Long station, Instant now) {
        return jdbc.sql(ROW_COLUMNS + """
                          from rescue.family_searches f
                          join rescue.cases c on c.id = f.case_id
                          join rescue.stations s on s.id = c.station_id
                        """ + STEPS + """
                         where f.region_code like :prefix || '%'
                           and (cast(:status as text) is null or f.status = :status)
                           and (cast(:station as bigint) is null or c.station_id = :station)
                         order by c.admitted_at, f.id
                        """)
                .param("prefix", scope.prefix())
                .param("status", status)
                .param("station", station)
                .query((rs, n) -> row(rs, now))
                .list();
    }

    /** Every unidentified person not released in the scope, with or without a search. */
    List<SearchRow> stranded(DataScope scope, Instant now) {
        return jdbc.sql(ROW_COLUMNS + """
                          from rescue.cases c
                          join rescue.stations s on s.id = c.station_id
                          left join rescue.family_searches f on f.case_id = c.id
                        """ + STEPS + """
                         where c.region_code like :prefix || '%'
                           and c.status <> 'RELEASED' and c.identity_status = 'UNKNOWN'
                         order by c.admitted_at, c.id
                        """)
                .param("prefix", scope.prefix())
                .query((rs, n) -> row(rs, now))
                .list();
    }

    long reunitedIn(DataScope scope, int year) {
        return jdbc.sql("""
                        select count(*) from rescue.reunifications r
                          join rescue.family_searches f on f.id = r.search_id
                         where f.region_code like :prefix || '%'
                           and extract(year from r.reunited_on) = :year
                        """)
                .param("prefix", scope.prefix())
                .param("year", year)
                .query(Long.class)
                .single();
    }

    List<StationCount> stations(DataScope scope) {
        return jdbc.sql("select id, name from rescue.stations where region_code like :prefix || '%'"
                        + " order by kind, region_code")
                .param("prefix", scope.prefix())
                .query((rs, n) -> new StationCount(rs.getLong("id"), rs.getString("name"), 0))
                .list();
    }

    /** Report ids already ruled out for the case. */
    Set<Long> rejected(long caseId) {
        return Set.copyOf(jdbc.sql(
                        "select report_id from rescue.match_reviews where case_id = :id" + " and decision = 'REJECTED'")
                .param("id", caseId)
                .query(Long.class)
                .list());
    }

    /** Case ids ruled out for the report. */
    Set<Long> rejectedCases(long reportId) {
        return Set.copyOf(jdbc.sql(
                        "select case_id from rescue.match_reviews where report_id = :id" + " and decision = 'REJECTED'")
                .param("id", reportId)
                .query(Long.class)
                .list());
    }

    void review(long caseId, long reportId, int score, String reasons, String decision, String note, String by) {
        jdbc.sql("""
                        insert into rescue.match_reviews (case_id, report_id, score, reasons, decision, note, decided_by)
                        values (:caseId, :reportId, :score, :reasons, :decision, :note, :by)
                        on conflict (case_id, report_id) do update
                           set score = excluded.score, reasons = excluded.reasons, decision = excluded.decision,
                               note = excluded.note, decided_by = excluded.decided_by, decided_at = now()
                        """)
                .param("caseId", caseId)
                .param("reportId", reportId)
                .param("score", score)
                .param("reasons", reasons.length() > 1000 ? reasons.substring(0, 1000) : reasons)
                .param("decision", decision)
                .param("note", blank(note))
                .param("by", by)
                .update();
    }

    /** The case ids of other stays not ended with that ID number's blind index. */
    boolean inCareWith(String idIndex, long exceptCase) {
        return jdbc.sql("select exists (select 1 from rescue.cases where id_number_index = :index"
                        + " and status <> 'RELEASED' and id <> :id)")
                .param("index", idIndex)
                .param("id", exceptCase)
                .query(Boolean.class)
                .single();
    }

    void reunify(Map<String, Object> values) {
        jdbc.sql("""
                        insert into rescue.reunifications (search_id, case_id, report_id, found_through, family_name,
                               relation, family_phone_cipher, family_phone_masked, identity_confirmed_by,
                               reunited_on, note, created_by)
                        values (:searchId, :caseId, :reportId, :foundThrough, :familyName, :relation, :phoneCipher,
                               :phoneMasked, :confirmedBy, :reunitedOn, :note, :by)
                        """).params(values).update();
    }

    Optional<Reunification> reunification(long searchId) {
        return jdbc.sql("select * from rescue.reunifications where search_id = :id")
                .param("id", searchId)
                .query((rs, n) -> new Reunification(
                        FoundThrough.valueOf(rs.getString("found_through")),
                        rs.getString("family_name"),
                        rs.getString("relation"),
                        rs.getString("family_phone_masked"),
                        rs.getString("identity_confirmed_by"),
                        rs.getObject("reunited_on", LocalDate.class),
                        (Long) rs.getObject("report_id"),
                        rs.getString("note")))
                .optional();
    }

    record StationCount(long id, String name, long count) {}

    record Reunification(
            FoundThrough foundThrough,
            String familyName,
            String relation,
            String phoneMasked,
            String confirmedBy,
            LocalDate reunitedOn,
            Long reportId,
            String note) {}

    private static SearchRow row(ResultSet rs, Instant now) throws SQLException {
        Instant admitted = instant(rs, "admitted_at");
        Long searchId = (Long) rs.getObject("search_id");
        String kinds = rs.getString("kinds");
        Set<StepKind> done = EnumSet.noneOf(StepKind.class);
        if (kinds != null) {
            Arrays.stream(kinds.split(",")).map(StepKind::valueOf).forEach(done::add);
        }
        LocalDate born = rs.getObject("birth_date", LocalDate.class);
        Integer estimated = (Integer) rs.getObject("estimated_age");
        LocalDate today = now.atZone(StayLimit.BEIJING).toLocalDate();
        Integer age = born != null
                ? Integer.valueOf(born.until(today).getYears())
                : estimated == null
                        ? null
                        : estimated
                                + admitted.atZone(StayLimit.BEIJING)
                                        .toLocalDate()
                                        .until(today)
                                        .getYears();
        String status = rs.getString("search_status");
        Long steps = (Long) rs.getObject("steps");
        return new SearchRow(
                searchId,
                status,
                rs.getLong("case_id"),
                rs.getString("number"),
                rs.getString("station_name"),
                rs.getString("name"),
                rs.getString("sex"),
                age,
                admitted,
                StayLimit.daysBetween(admitted, now),
                done,
                steps == null ? 0 : steps.intValue(),
                instant(rs, "last_step"),
                new SearchDeadlines(
                        admitted,
                        instant(rs, "first_notice"),
                        instant(rs, "last_notice"),
                        instant(rs, "first_dna"),
                        status == null || "OPEN".equals(status),
                        now),
                rs.getBoolean("demo"));
    }

    private static SearchCase searchCase(ResultSet rs, int n) throws SQLException {
        return new SearchCase(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("station_id"),
                rs.getString("station_name"),
                rs.getString("region_code"),
                instant(rs, "admitted_at"),
                instant(rs, "found_at"),
                rs.getString("found_place"),
                rs.getString("found_region_code"),
                rs.getString("status"),
                IdentityStatus.valueOf(rs.getString("identity_status")),
                rs.getString("name"),
                rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class),
                (Integer) rs.getObject("estimated_age"),
                (Integer) rs.getObject("height_cm"),
                rs.getString("features"),
                rs.getString("physical_description"),
                rs.getString("dialect"),
                rs.getString("hukou_place"),
                rs.getBoolean("demo"));
    }

    private static FamilySearch search(ResultSet rs, int n) throws SQLException {
        return new FamilySearch(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("region_code"),
                instant(rs, "opened_at"),
                rs.getString("status"),
                instant(rs, "closed_at"),
                rs.getString("close_reason"),
                rs.getBoolean("demo"),
                rs.getString("created_by"));
    }

    private static SearchStep step(ResultSet rs, int n) throws SQLException {
        return new SearchStep(
                rs.getLong("id"),
                rs.getLong("search_id"),
                StepKind.valueOf(rs.getString("kind")),
                instant(rs, "taken_at"),
                rs.getString("agency"),
                rs.getString("reference"),
                (Integer) rs.getObject("audience"),
                StepResult.valueOf(rs.getString("result")),
                instant(rs, "result_at"),
                rs.getString("result_note"),
                rs.getString("created_by"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime beijing(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, StayLimit.BEIJING);
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
