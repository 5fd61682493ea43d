package org.minzheng.assistance.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.Programme;
import org.minzheng.registry.HukouType;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of assistance cases. Every staff read takes the data scope and filters by it in SQL. */
@Repository
class CaseRepository {

    /** Statuses in which a case still occupies its programme for the applicant. */
    static final List<String> CLOSED = List.of("REJECTED", "REFUSED", "ENROLLED");

    /** Statuses in which a deadline runs and the case can become overdue. */
    static final List<String> WAITING = List.of("SUBMITTED", "ACCEPTED", "INVESTIGATED", "ON_NOTICE");

    /** The inbox's filters; {@link #listFrom} adds the county when the list is within one. */
    private static final String LIST_FROM = """
            from assistance.cases c
            where c.village_code like :prefix || '%'
              and (:status = '' or c.status = :status)
              and (:programme = '' or c.programme = :programme)
              and (:village = '' or c.village_code = :village)
              and (not :overdue or c.deadline < :today and c.status in ('SUBMITTED', 'ACCEPTED', 'INVESTIGATED', 'ON_NOTICE'))
            """;

    private static final String STORED_COLUMNS = """
            id, number, village_code, programme, status, applicant_name, id_number_cipher, phone_cipher,
            phone_index, household_size, reason, channel, entered_by, submitted_at, accepted_at, deadline, version,
            final_deadline, notice_from, notice_until, approved_fen, approved_on, start_month, advanced, demo
            """;

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseNumber> numberForKey(String idempotencyKey) {
        return jdbc.sql("select number from assistance.cases where idempotency_key = :key")
                .param("key", idempotencyKey)
                .query((rs, n) -> new CaseNumber(rs.getString(1)))
                .optional();
    }

    /** Asks the city-wide register of open cases, which the database keeps from the cases of every county. */
    boolean hasOpenCase(String idNumberIndex, Programme programme) {
        return jdbc.sql("""
                        select exists (select 1 from assistance.open_cases
                                       where id_number_index = :idIndex and programme = :programme)
                        """)
                .param("idIndex", idNumberIndex)
                .param("programme", programme.name())
                .query(Boolean.class)
                .single();
    }

    /** Empty when a case with the same idempotency key already exists (a retried submit). */
    Optional<Filed> insert(NewRecord record) {
        return jdbc.sql("""
                        insert into assistance.cases (number, idempotency_key, village_code, programme, status,
                            applicant_name, id_number_cipher, id_number_index, phone_cipher, phone_index,
                            household_size, reason, channel, entered_by, deadline, county_code)
                        values ('MZ' || to_char(now() at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-'
                                    || lpad(nextval('assistance.case_number_seq')::text, 6, '0'),
                                :key, :village, :programme, 'SUBMITTED', :name, :idCipher, :idIndex,
                                :phoneCipher, :phoneIndex, :householdSize, :reason, :channel, :enteredBy, :deadline, :county)
                        on conflict (idempotency_key, county_code) do nothing
                        returning id, number
                        """)
                .param("key", record.idempotencyKey())
                .param("village", record.village().value())
                .param("county", CountyPartition.of(record.village().value()))
                .param("programme", record.programme().name())
                .param("name", record.applicantName())
                .param("idCipher", record.idNumberCipher())
                .param("idIndex", record.idNumberIndex())
                .param("phoneCipher", record.phoneCipher())
                .param("phoneIndex", record.phoneIndex())
                .param("householdSize", record.householdSize())
                .param("reason", record.reason())
                .param("channel", record.channel().name())
                .param("enteredBy", record.enteredBy())
                .param("deadline", record.deadline())
                .query((rs, n) -> new Filed(rs.getLong("id"), new CaseNumber(rs.getString("number"))))
                .optional();
    }

    void addAttachment(long caseId, UUID attachment) {
        jdbc.sql("""
                        insert into assistance.case_attachments (case_id, attachment, county_code)
                        values (:caseId, :attachment, (select county_code from assistance.cases where id = :caseId))
                        """).param("caseId", caseId).param("attachment", attachment).update();
    }

    void addStep(long caseId, CaseStatus status, String actor, String note) {
        jdbc.sql("""
                        insert into assistance.case_steps (case_id, status, actor, note, county_code)
                        values (:caseId, :status, :actor, :note,
                                (select county_code from assistance.cases where id = :caseId))
                        """)
                .param("caseId", caseId)
                .param("status", status.name())
                .param("actor", actor)
                .param("note", note)
                .update();
    }

    List<StaffStep> steps(long caseId) {
        return jdbc.sql("select status, at, actor, note from assistance.case_steps where case_id = :id order by at, id")
                .param("id", caseId)
                .query((rs, n) -> new StaffStep(
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("note")))
                .list();
    }

    /** For the applicant's look-up, which is not scoped: the phone's blind index guards it instead. */
    Optional<StoredCase> findByNumber(CaseNumber number) {
        return jdbc.sql("select " + STORED_COLUMNS + " from assistance.cases where number = :number")
                .param("number", number.value())
                .query(CaseRepository::stored)
                .optional();
    }

    Optional<StoredCase> find(CaseNumber number, DataScope scope) {
        return jdbc.sql("select " + STORED_COLUMNS
                        + " from assistance.cases c where c.number = :number and c.village_code like :prefix || '%'"
                        + CountyPartition.condition("c", scope.prefix()))
                .params(scopeParams(scope))
                .param("number", number.value())
                .query(CaseRepository::stored)
                .optional();
    }

    Page<CaseRow> search(CaseSearch search, DataScope scope, LocalDate today, Pageable page) {
        long total = jdbc.sql(countSql(search, scope))
                .params(searchParams(search, scope, today))
                .query(Long.class)
                .single();
        List<CaseRow> rows = jdbc.sql(pageSql(search, scope))
                .params(searchParams(search, scope, today))
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(CaseRepository::row)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    static String pageSql(CaseSearch search, DataScope scope) {
        return """
                select c.id, c.number, c.village_code, c.programme, c.status, c.applicant_name,
                       c.household_size, c.channel, c.submitted_at, c.deadline, c.demo,
                       (c.deadline < :today and c.status in ('SUBMITTED', 'ACCEPTED', 'INVESTIGATED', 'ON_NOTICE')) as overdue
                """ + listFrom(search, scope) + " order by c.submitted_at desc, c.id desc limit :limit offset :offset";
    }

    static String countSql(CaseSearch search, DataScope scope) {
        return "select count(*) " + listFrom(search, scope);
    }

    /**
     * Moves the case on when nobody changed it since {@code version} was read.
     *
     * @return false when the case was changed meanwhile or is no longer in {@code from}
     */
    boolean move(long id, long version, Collection<CaseStatus> from, CaseStatus to, LocalDate deadline) {
        return jdbc.sql("""
                                update assistance.cases
                                set status = :to, deadline = :deadline, version = version + 1
                                where id = :id and version = :version and status in (:from)
                                """)
                        .param("to", to.name())
                        .param("deadline", deadline)
                        .param("id", id)
                        .param("version", version)
                        .param("from", from.stream().map(Enum::name).toList())
                        .update()
                == 1;
    }

    /** Acceptance starts the whole procedure's clock (低保办法 art. 22). */
    void markAccepted(long id, LocalDate finalDeadline) {
        jdbc.sql("update assistance.cases set accepted_at = now(), final_deadline = :final where id = :id")
                .param("final", finalDeadline)
                .param("id", id)
                .update();
    }

    void extendFinalDeadline(long id, LocalDate finalDeadline) {
        jdbc.sql("update assistance.cases set final_deadline = :final where id = :id")
                .param("final", finalDeadline)
                .param("id", id)
                .update();
    }

    /** The step's deadline changes within a status, e.g. when the visit has started. */
    void setDeadline(long id, LocalDate deadline) {
        jdbc.sql("update assistance.cases set deadline = :deadline where id = :id")
                .param("deadline", deadline)
                .param("id", id)
                .update();
    }

    /** A village of another county moves the case, with its steps, attachments, visit and objections. */
    void relocate(long id, RegionCode village) {
        jdbc.sql("update assistance.cases set village_code = :village, county_code = :county where id = :id")
                .param("village", village.value())
                .param("county", CountyPartition.of(village.value()))
                .param("id", id)
                .update();
    }

    void setNotice(long id, LocalDate from, LocalDate until) {
        jdbc.sql("update assistance.cases set notice_from = :from, notice_until = :until where id = :id")
                .param("from", from)
                .param("until", until)
                .param("id", id)
                .update();
    }

    void setApproval(long id, long amountFen, LocalDate approvedOn, YearMonth startMonth, boolean advanced) {
        jdbc.sql("""
                        update assistance.cases
                        set approved_fen = :amount, approved_on = :on, start_month = :start, advanced = :advanced
                        where id = :id
                        """)
                .param("amount", amountFen)
                .param("on", approvedOn)
                .param("start", startMonth.atDay(1))
                .param("advanced", advanced)
                .param("id", id)
                .update();
    }

    void setAdvanceHukou(long id, HukouType hukouType) {
        jdbc.sql("update assistance.cases set advance_hukou = :hukou where id = :id")
                .param("hukou", hukouType.name())
                .param("id", id)
                .update();
    }

    Optional<HukouType> advanceHukou(long id) {
        return jdbc.sql("select advance_hukou from assistance.cases where id = :id and advance_hukou is not null")
                .param("id", id)
                .query((rs, n) -> HukouType.valueOf(rs.getString(1)))
                .optional();
    }

    /** Cases still open and, of them, those overdue, within the scope. */
    Map<String, Long> counts(DataScope scope, LocalDate today) {
        return jdbc.sql(countsSql(scope))
                .params(countsParams(scope, today))
                .query((rs, n) -> Map.of("open", rs.getLong("open"), "overdue", rs.getLong("overdue")))
                .single();
    }

    static String countsSql(DataScope scope) {
        return """
                select count(*) filter (where c.status not in (:closed)) as open,
                       count(*) filter (where c.deadline < :today and c.status in (:waiting)) as overdue
                from assistance.cases c where c.village_code like :prefix || '%'
                """ + CountyPartition.condition("c", scope.prefix());
    }

    static Map<String, Object> countsParams(DataScope scope, LocalDate today) {
        var params = scopeParams(scope);
        params.put("closed", CLOSED);
        params.put("waiting", WAITING);
        params.put("today", today);
        return params;
    }

    /** Villages within the scope that have cases, for the inbox filter. */
    List<RegionCode> villagesWithCases(DataScope scope) {
        return jdbc.sql(
                        "select distinct c.village_code from assistance.cases c where c.village_code like :prefix || '%'"
                                + CountyPartition.condition("c", scope.prefix()) + " order by c.village_code")
                .params(scopeParams(scope))
                .query((rs, n) -> new RegionCode(rs.getString(1)))
                .list();
    }

    static Map<String, Object> searchParams(CaseSearch search, DataScope scope, LocalDate today) {
        var params = new HashMap<String, Object>();
        params.put("prefix", scope.prefix());
        params.put("status", search.status());
        params.put("programme", search.programme());
        params.put("village", search.village());
        params.put("overdue", search.overdue());
        params.put("today", today);
        params.putAll(CountyPartition.parameter(narrowest(search, scope)));
        return params;
    }

    private static String listFrom(CaseSearch search, DataScope scope) {
        return LIST_FROM + CountyPartition.condition("c", narrowest(search, scope));
    }

    /** The viewer's scope or the village filter, whichever is narrower: it may name a county the scope does not. */
    private static String narrowest(CaseSearch search, DataScope scope) {
        return search.village().length() > scope.prefix().length() ? search.village() : scope.prefix();
    }

    private static Map<String, Object> scopeParams(DataScope scope) {
        var params = new HashMap<String, Object>(CountyPartition.parameter(scope.prefix()));
        params.put("prefix", scope.prefix());
        return params;
    }

    private static CaseRow row(ResultSet rs, int n) throws SQLException {
        return new CaseRow(
                rs.getLong("id"),
                new CaseNumber(rs.getString("number")),
                new RegionCode(rs.getString("village_code")),
                Programme.valueOf(rs.getString("programme")),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("applicant_name"),
                rs.getInt("household_size"),
                Channel.valueOf(rs.getString("channel")),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getObject("deadline", LocalDate.class),
                rs.getBoolean("overdue"),
                rs.getBoolean("demo"));
    }

    private static StoredCase stored(ResultSet rs, int n) throws SQLException {
        return new StoredCase(
                rs.getLong("id"),
                new CaseNumber(rs.getString("number")),
                new RegionCode(rs.getString("village_code")),
                Programme.valueOf(rs.getString("programme")),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("applicant_name"),
                rs.getBytes("id_number_cipher"),
                rs.getBytes("phone_cipher"),
                rs.getString("phone_index"),
                rs.getInt("household_size"),
                rs.getString("reason"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("entered_by"),
                rs.getTimestamp("submitted_at").toInstant(),
                instant(rs.getTimestamp("accepted_at")),
                rs.getObject("deadline", LocalDate.class),
                rs.getLong("version"),
                rs.getObject("final_deadline", LocalDate.class),
                rs.getObject("notice_from", LocalDate.class),
                rs.getObject("notice_until", LocalDate.class),
                (Long) rs.getObject("approved_fen"),
                rs.getObject("approved_on", LocalDate.class),
                Optional.ofNullable(rs.getObject("start_month", LocalDate.class))
                        .map(YearMonth::from)
                        .orElse(null),
                rs.getBoolean("advanced"),
                rs.getBoolean("demo"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Filed(long id, CaseNumber number) {}

    record NewRecord(
            String idempotencyKey,
            RegionCode village,
            Programme programme,
            String applicantName,
            byte[] idNumberCipher,
            String idNumberIndex,
            byte[] phoneCipher,
            String phoneIndex,
            int householdSize,
            String reason,
            Channel channel,
            String enteredBy,
            LocalDate deadline) {}
}
