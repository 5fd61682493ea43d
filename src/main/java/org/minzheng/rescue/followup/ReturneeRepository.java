package org.minzheng.rescue.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Returnees with their assessments, help plans and visits. A staff member sees a returnee whose home is in their
 * scope: the city station all, a county its county, a township its township.
 */
@Repository
class ReturneeRepository {

    /** One row per returnee with the latest assessment, the last visit, the active plan and the next due day. */
    private static final String WITH_STATE = """
            select * from (
                select r.*, c.number as case_number, la.risk_level, la.score, lv.visited_on as last_visit,
                       ap.id as plan_id,
                       coalesce(lv.next_visit_on,
                                coalesce(lv.visited_on, r.returned_on)
                                + case la.risk_level when 'LOW' then :lowDays when 'MEDIUM' then :mediumDays
                                                     else :highDays end) as due_on
                  from rescue.returnees r
                  left join rescue.cases c on c.id = r.case_id
                  left join lateral (select a.risk_level, a.score from rescue.risk_assessments a
                                      where a.returnee_id = r.id order by a.assessed_on desc, a.id desc limit 1) la
                         on true
                  left join lateral (select v.visited_on, v.next_visit_on from rescue.follow_up_visits v
                                      where v.returnee_id = r.id order by v.visited_on desc, v.id desc limit 1) lv
                         on true
                  left join lateral (select p.id from rescue.help_plans p
                                      where p.returnee_id = r.id and p.status = 'ACTIVE' order by p.id limit 1) ap
                         on true
                 where r.home_region_code like :prefix || '%'
            ) x
            """;

    private static final String FILTER = """
             where (cast(:q as text) is null or x.name like '%' || :q || '%' or x.address like '%' || :q || '%')
               and (cast(:county as text) is null or x.county_code = :county)
               and (cast(:risk as text) is null or x.risk_level = :risk or (:risk = 'NONE' and x.risk_level is null))
               and (cast(:status as text) is null or x.status = :status)
               and (not :overdue or (x.status = 'FOLLOWING' and x.due_on < :today))
               and (not :noPlan or (x.status = 'FOLLOWING' and x.risk_level = 'HIGH' and x.plan_id is null))
            """;

    private final JdbcClient jdbc;

    ReturneeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Returnee> search(ReturneeSearch search, DataScope scope, LocalDate today, Pageable page) {
        Map<String, Object> params = filter(search, scope, today);
        long total = jdbc.sql("select count(*) from (" + WITH_STATE + FILTER + ") n")
                .params(params)
                .query(Long.class)
                .single();
        List<Returnee> rows = jdbc.sql(WITH_STATE + FILTER + " order by x.status desc, x.due_on, x.id"
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(ReturneeRepository::returnee)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    List<Returnee> export(ReturneeSearch search, DataScope scope, LocalDate today, int limit) {
        return jdbc.sql(WITH_STATE + FILTER + " order by x.status desc, x.due_on, x.id limit :limit")
                .params(filter(search, scope, today))
                .param("limit", limit)
                .query(ReturneeRepository::returnee)
                .list();
    }

    Optional<Returnee> find(long id, DataScope scope) {
        return jdbc.sql(WITH_STATE + " where x.id = :id")
                .params(intervals())
                .param("prefix", scope.prefix())
                .param("id", id)
                .query(ReturneeRepository::returnee)
                .optional();
    }

    /** Locks the returnee row so two changes to the same person run one after the other. */
    void lock(long id) {
        jdbc.sql("select id from rescue.returnees where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** Released cases of people who went home, in the staff member's case scope, not yet registered. */
    List<PendingCase> pending(DataScope scope, int limit) {
        return jdbc.sql(PENDING + " order by c.released_at desc limit :limit")
                .param("prefix", scope.prefix())
                .param("limit", limit)
                .query(ReturneeRepository::pendingCase)
                .list();
    }

    Optional<PendingCase> pendingCase(long caseId, DataScope scope) {
        return jdbc.sql(PENDING + " and c.id = :id")
                .param("prefix", scope.prefix())
                .param("id", caseId)
                .query(ReturneeRepository::pendingCase)
                .optional();
    }

    /** A stay that ended longer ago than this is history, not something waiting to be registered. */
    static final int PENDING_DAYS = 150;

    private static final String PENDING = """
            select c.id, c.number, c.name, c.sex, c.birth_date, c.id_number_masked, c.hukou_place, c.release_kind,
                   cast(c.released_at at time zone 'Asia/Shanghai' as date) as released_on, s.name as station_name,
                   c.region_code
              from rescue.cases c join rescue.stations s on s.id = c.station_id
             where c.status = 'RELEASED' and c.release_kind in ('RETURNED_HOME', 'ESCORTED')
               and c.region_code like :prefix || '%%'
               and c.released_at >= now() - make_interval(days => %d)
               and not exists (select 1 from rescue.returnees r where r.case_id = c.id)
            """.formatted(PENDING_DAYS);

    /** The case's encrypted ID number and its blind index, as stored. */
    Optional<CaseIdentity> caseIdentity(long caseId) {
        return jdbc.sql("select id_number_cipher, id_number_index, id_number_masked from rescue.cases where id = :id")
                .param("id", caseId)
                .query((rs, n) -> new CaseIdentity(
                        rs.getBytes("id_number_cipher"),
                        rs.getString("id_number_index"),
                        rs.getString("id_number_masked")))
                .optional();
    }

    record CaseIdentity(byte[] cipher, String index, String masked) {}

    boolean caseRegistered(long caseId) {
        return jdbc.sql("select exists (select 1 from rescue.returnees where case_id = :id)")
                .param("id", caseId)
                .query(Boolean.class)
                .single();
    }

    boolean followingWithIndex(String index) {
        return jdbc.sql("select exists (select 1 from rescue.returnees where id_number_index = :index"
                        + " and status = 'FOLLOWING')")
                .param("index", index)
                .query(Boolean.class)
                .single();
    }

    long insert(Map<String, Object> values) {
        return jdbc.sql("""
                        insert into rescue.returnees (case_id, home_region_code, name, sex, birth_date,
                               id_number_cipher, id_number_index, id_number_masked, address, returned_on,
                               returned_from, guardian_name, guardian_phone_cipher, guardian_phone_masked, demo,
                               created_by)
                        values (:caseId, :home, :name, :sex, :birthDate, :idCipher, :idIndex, :idMasked, :address,
                               :returnedOn, :returnedFrom, :guardianName, :phoneCipher, :phoneMasked, :demo, :by)
                        returning id
                        """).params(values).query(Long.class).single();
    }

    /** Earlier stays of the same person: other cases with the same ID number and confirmed repeat links. */
    int earlierVagrancy(long returneeId) {
        return jdbc.sql("""
                        select (select count(*) from rescue.cases c
                                  where r.id_number_index is not null and c.id_number_index = r.id_number_index
                                    and c.id is distinct from r.case_id)
                             + (select count(*) from rescue.repeat_links l
                                 where l.status = 'CONFIRMED'
                                   and (l.returnee_id = r.id or l.earlier_case_id = r.case_id))
                          from rescue.returnees r where r.id = :id
                        """).param("id", returneeId).query(Integer.class).single();
    }

    long insertAssessment(
            long returneeId, RiskAssessmentForm form, List<RiskFactor> factors, int score, RiskLevel level, String by) {
        return jdbc.sql("""
                        insert into rescue.risk_assessments (returnee_id, assessed_on, assessor, assessor_org, factors,
                               score, risk_level, note, created_by)
                        values (:id, :on, :assessor, :org, :factors, :score, :level, :note, :by)
                        returning id
                        """)
                .param("id", returneeId)
                .param("on", form.assessedOn())
                .param("assessor", form.assessor().strip())
                .param("org", form.assessorOrg().strip())
                .param(
                        "factors",
                        String.join(",", factors.stream().map(Enum::name).toList()))
                .param("score", score)
                .param("level", level.name())
                .param("note", blankToNull(form.note()))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<Assessment> assessments(long returneeId) {
        return jdbc.sql(
                        "select * from rescue.risk_assessments where returnee_id = :id order by assessed_on desc, id desc")
                .param("id", returneeId)
                .query((rs, n) -> new Assessment(
                        rs.getLong("id"),
                        rs.getObject("assessed_on", LocalDate.class),
                        rs.getString("assessor"),
                        rs.getString("assessor_org"),
                        codes(rs.getString("factors"), RiskFactor::valueOf),
                        rs.getInt("score"),
                        RiskLevel.valueOf(rs.getString("risk_level")),
                        rs.getString("note"),
                        rs.getString("created_by")))
                .list();
    }

    long insertPlan(long returneeId, long assessmentId, HelpPlanForm form, String by) {
        return jdbc.sql("""
                        insert into rescue.help_plans (returnee_id, assessment_id, county_code, social_workers,
                               social_work_org, measures, goals, starts_on, review_on, created_by)
                        values (:id, :assessment, :county, :workers, :org, :measures, :goals, :starts, :review, :by)
                        returning id
                        """)
                .param("id", returneeId)
                .param("assessment", assessmentId)
                .param("county", form.countyCode())
                .param("workers", form.socialWorkers().strip())
                .param("org", form.socialWorkOrg().strip())
                .param(
                        "measures",
                        String.join(
                                ",",
                                form.chosen().stream()
                                        .distinct()
                                        .map(Enum::name)
                                        .toList()))
                .param("goals", form.goals().strip())
                .param("starts", form.startsOn())
                .param("review", form.reviewOn())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<HelpPlan> plans(long returneeId) {
        return jdbc.sql("select * from rescue.help_plans where returnee_id = :id order by id desc")
                .param("id", returneeId)
                .query((rs, n) -> new HelpPlan(
                        rs.getLong("id"),
                        rs.getLong("assessment_id"),
                        rs.getString("county_code"),
                        rs.getString("social_workers"),
                        rs.getString("social_work_org"),
                        codes(rs.getString("measures"), HelpMeasure::valueOf),
                        rs.getString("goals"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("review_on", LocalDate.class),
                        rs.getString("status"),
                        rs.getString("outcome"),
                        rs.getString("created_by")))
                .list();
    }

    int closePlan(long returneeId, long planId, String status, String outcome) {
        return jdbc.sql("update rescue.help_plans set status = :status, outcome = :outcome, updated_at = now()"
                        + " where id = :plan and returnee_id = :id and status = 'ACTIVE'")
                .param("status", status)
                .param("outcome", outcome)
                .param("plan", planId)
                .param("id", returneeId)
                .update();
    }

    long insertVisit(long returneeId, Long planId, FollowUpVisitForm form, String by) {
        return jdbc.sql("""
                        insert into rescue.follow_up_visits (returnee_id, plan_id, visited_on, way, visitor,
                               visitor_org, finding, note, next_visit_on, created_by)
                        values (:id, :plan, :on, :way, :visitor, :org, :finding, :note, :next, :by)
                        returning id
                        """)
                .param("id", returneeId)
                .param("plan", planId)
                .param("on", form.visitedOn())
                .param("way", form.way().name())
                .param("visitor", form.visitor().strip())
                .param("org", form.visitorOrg().strip())
                .param("finding", form.finding().name())
                .param("note", form.note().strip())
                .param("next", form.finding() == VisitFinding.DIED ? null : form.nextVisitOn())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<Visit> visits(long returneeId) {
        return jdbc.sql(
                        "select * from rescue.follow_up_visits where returnee_id = :id order by visited_on desc, id desc")
                .param("id", returneeId)
                .query((rs, n) -> new Visit(
                        rs.getLong("id"),
                        (Long) rs.getObject("plan_id"),
                        rs.getObject("visited_on", LocalDate.class),
                        VisitWay.valueOf(rs.getString("way")),
                        rs.getString("visitor"),
                        rs.getString("visitor_org"),
                        VisitFinding.valueOf(rs.getString("finding")),
                        rs.getString("note"),
                        rs.getObject("next_visit_on", LocalDate.class),
                        rs.getString("created_by")))
                .list();
    }

    void close(long returneeId, LocalDate on, String reason) {
        jdbc.sql("update rescue.returnees set status = 'CLOSED', closed_on = :on, close_reason = :reason,"
                        + " updated_at = now() where id = :id")
                .param("id", returneeId)
                .param("on", on)
                .param("reason", reason)
                .update();
    }

    /** Later stays confirmed as the same person: links to the returnee itself or to its case. */
    List<RepeatEntry> repeats(long returneeId) {
        return jdbc.sql("""
                        select l.id, c.id as case_id, c.number, cast(c.admitted_at at time zone 'Asia/Shanghai' as date) as admitted_on,
                               s.name as station_name, l.method
                          from rescue.repeat_links l
                          join rescue.returnees r on r.id = :id
                          join rescue.cases c on c.id = l.case_id
                          join rescue.stations s on s.id = c.station_id
                         where l.status = 'CONFIRMED'
                           and (l.returnee_id = r.id or (r.case_id is not null and l.earlier_case_id = r.case_id))
                         order by c.admitted_at desc
                        """)
                .param("id", returneeId)
                .query((rs, n) -> new RepeatEntry(
                        rs.getLong("id"),
                        rs.getLong("case_id"),
                        rs.getString("number"),
                        rs.getObject("admitted_on", LocalDate.class),
                        rs.getString("station_name"),
                        rs.getString("method")))
                .list();
    }

    private static Map<String, Object> intervals() {
        Map<String, Object> values = new HashMap<>();
        values.put("highDays", VisitSchedule.HIGH_DAYS);
        values.put("mediumDays", VisitSchedule.MEDIUM_DAYS);
        values.put("lowDays", VisitSchedule.LOW_DAYS);
        return values;
    }

    private static Map<String, Object> filter(ReturneeSearch search, DataScope scope, LocalDate today) {
        Map<String, Object> values = intervals();
        values.put("prefix", scope.prefix());
        values.put("q", ReturneeSearch.orNull(org.minzheng.shared.database.Like.escape(search.q())));
        values.put("county", ReturneeSearch.orNull(search.county()));
        values.put("risk", ReturneeSearch.orNull(search.risk()));
        values.put("status", ReturneeSearch.orNull(search.status()));
        values.put("overdue", search.overdue());
        values.put("noPlan", search.noPlan());
        values.put("today", today);
        return values;
    }

    private static Returnee returnee(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("risk_level");
        return new Returnee(
                rs.getLong("id"),
                (Long) rs.getObject("case_id"),
                rs.getString("case_number"),
                rs.getString("home_region_code"),
                rs.getString("county_code"),
                rs.getString("name"),
                rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("id_number_masked"),
                rs.getString("address"),
                rs.getObject("returned_on", LocalDate.class),
                rs.getString("returned_from"),
                rs.getString("guardian_name"),
                rs.getString("guardian_phone_masked"),
                rs.getString("status"),
                rs.getObject("closed_on", LocalDate.class),
                rs.getString("close_reason"),
                rs.getBoolean("demo"),
                rs.getString("created_by"),
                level == null ? null : RiskLevel.valueOf(level),
                (Integer) rs.getObject("score"),
                rs.getObject("last_visit", LocalDate.class),
                (Long) rs.getObject("plan_id"),
                rs.getObject("due_on", LocalDate.class));
    }

    private static PendingCase pendingCase(ResultSet rs, int n) throws SQLException {
        return new PendingCase(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getString("name"),
                rs.getString("sex"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("id_number_masked"),
                rs.getString("hukou_place"),
                rs.getString("release_kind"),
                rs.getObject("released_on", LocalDate.class),
                rs.getString("station_name"),
                rs.getString("region_code"));
    }

    private static <T> List<T> codes(String joined, Function<String, T> parse) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(parse).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
