package org.minzheng.assistance.recipient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Programme;
import org.minzheng.registry.HouseholdId;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the recipients register. Every staff read takes the data scope and filters by it in SQL;
 * every change names the version the clerk saw and changes nothing when the row moved on meanwhile.
 */
@Repository
class RecipientRepository {

    private static final String COLUMNS = """
            r.id, r.case_number, r.household_id, r.village_code, r.programme, r.kind, r.head_name, r.phone_cipher,
            r.amount_fen, r.start_month, r.end_month, r.status, r.suspended_from, r.exit_reason, r.review_cycle,
            r.next_review_due, r.approved_on, r.approved_by, r.enrolled_at, r.version, r.demo
            """;

    private static final String LIST_FROM = """
            from assistance.recipients r
            where r.village_code like :prefix || '%'
              and (:programme = '' or r.programme = :programme)
              and (:status = '' or r.status = :status)
              and (:village = '' or r.village_code = :village)
              and (:name = '' or r.head_name like '%' || :name || '%')
              and (:review = ''
                   or (r.status in ('ACTIVE', 'SUSPENDED')
                       and (:review = 'due' and r.next_review_due <= :dueBy
                            or :review = 'overdue' and r.next_review_due < :today)))
            """;

    private final JdbcClient jdbc;

    RecipientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEnrolled(CaseNumber caseNumber) {
        return jdbc.sql("select exists (select 1 from assistance.recipients where case_number = :number)")
                .param("number", caseNumber.value())
                .query(Boolean.class)
                .single();
    }

    /** @return the new row's id, or empty when the case was enrolled meanwhile */
    Optional<Long> insert(NewRecipient recipient) {
        return jdbc.sql("""
                        insert into assistance.recipients
                            (case_number, household_id, village_code, programme, kind, head_name, phone_cipher,
                             phone_index, amount_fen, start_month, end_month, status, review_cycle, next_review_due,
                             approved_on, approved_by, demo, household_size)
                        values (:number, :household, :village, :programme, :kind, :name, :phoneCipher, :phoneIndex,
                                :amount, :start, :end, :status, :cycle, :nextReview, :approvedOn, :approvedBy, :demo,
                                :householdSize)
                        on conflict (case_number) do nothing
                        returning id
                        """)
                .param("number", recipient.caseNumber().value())
                .param(
                        "household",
                        recipient.household() == null
                                ? null
                                : recipient.household().value())
                .param("village", recipient.village().value())
                .param("programme", recipient.programme().name())
                .param("kind", recipient.kind().name())
                .param("name", recipient.headName())
                .param("phoneCipher", recipient.phoneCipher())
                .param("phoneIndex", recipient.phoneIndex())
                .param("amount", recipient.amountFen())
                .param("start", day(recipient.startMonth()))
                .param("end", day(recipient.endMonth()))
                .param("status", recipient.status().name())
                .param(
                        "cycle",
                        recipient.reviewCycle() == null
                                ? null
                                : recipient.reviewCycle().name())
                .param("nextReview", recipient.nextReviewDue())
                .param("approvedOn", recipient.approvedOn())
                .param("approvedBy", recipient.approvedBy())
                .param("demo", recipient.demo())
                .param("householdSize", recipient.householdSize())
                .query(Long.class)
                .optional();
    }

    void addEvent(long recipientId, RecipientEvent event, String actor) {
        jdbc.sql("""
                        insert into assistance.recipient_events
                            (recipient_id, event, actor, effective_month, amount_before_fen, amount_after_fen,
                             reason_code, cycle_before, cycle_after, note)
                        values (:id, :event, :actor, :effective, :before, :after, :reason, :cycleBefore,
                                :cycleAfter, :note)
                        """)
                .param("id", recipientId)
                .param("event", event.type().name())
                .param("actor", actor)
                .param("effective", day(event.effectiveMonth()))
                .param("before", event.amountBeforeFen())
                .param("after", event.amountAfterFen())
                .param("reason", event.reasonCode())
                .param(
                        "cycleBefore",
                        event.cycleBefore() == null ? null : event.cycleBefore().name())
                .param(
                        "cycleAfter",
                        event.cycleAfter() == null ? null : event.cycleAfter().name())
                .param("note", event.note())
                .update();
    }

    List<RecipientEvent> events(long recipientId) {
        return jdbc.sql("""
                        select event, at, actor, effective_month, amount_before_fen, amount_after_fen, reason_code,
                               cycle_before, cycle_after, note
                        from assistance.recipient_events where recipient_id = :id order by at, id
                        """)
                .param("id", recipientId)
                .query((rs, n) -> new RecipientEvent(
                        RecipientEventType.valueOf(rs.getString("event")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        month(rs, "effective_month"),
                        (Long) rs.getObject("amount_before_fen"),
                        (Long) rs.getObject("amount_after_fen"),
                        rs.getString("reason_code"),
                        cycle(rs.getString("cycle_before")),
                        cycle(rs.getString("cycle_after")),
                        rs.getString("note")))
                .list();
    }

    Optional<Recipient> find(long id, DataScope scope) {
        return jdbc.sql("select " + COLUMNS
                        + " from assistance.recipients r where r.id = :id and r.village_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(RecipientRepository::recipient)
                .optional();
    }

    /** The household's monthly benefits still being paid, whatever the region: a warning names the household. */
    List<Recipient> paidToHousehold(long householdId) {
        return jdbc.sql("select " + COLUMNS + """
                         from assistance.recipients r
                        where r.household_id = :household and r.status = 'ACTIVE' and r.kind = 'MONTHLY'
                        order by r.id
                        """)
                .param("household", householdId)
                .query(RecipientRepository::recipient)
                .list();
    }

    Optional<Recipient> findByCase(CaseNumber caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from assistance.recipients r where r.case_number = :number")
                .param("number", caseNumber.value())
                .query(RecipientRepository::recipient)
                .optional();
    }

    Page<Recipient> search(RecipientSearch search, DataScope scope, LocalDate today, Pageable page) {
        Map<String, Object> params = params(search, scope, today);
        long total = jdbc.sql("select count(*) " + LIST_FROM)
                .params(params)
                .query(Long.class)
                .single();
        List<Recipient> rows = jdbc.sql("select " + COLUMNS + LIST_FROM + " order by " + search.orderBy()
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(RecipientRepository::recipient)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** Villages within the scope that have recipients, for the list filter. */
    List<RegionCode> villagesWithRecipients(DataScope scope) {
        return jdbc.sql("""
                        select distinct village_code from assistance.recipients
                        where village_code like :prefix || '%' order by village_code
                        """)
                .param("prefix", scope.prefix())
                .query((rs, n) -> new RegionCode(rs.getString(1)))
                .list();
    }

    /** Reviews due from today to the end of the month, and those overdue, within the scope. */
    ReviewCounts reviewCounts(DataScope scope, LocalDate today) {
        return jdbc.sql("""
                        select count(*) filter (where next_review_due between :today and :monthEnd) as due,
                               count(*) filter (where next_review_due < :today) as overdue
                        from assistance.recipients
                        where village_code like :prefix || '%' and status in ('ACTIVE', 'SUSPENDED')
                        """)
                .param("today", today)
                .param("monthEnd", YearMonth.from(today).atEndOfMonth())
                .param("prefix", scope.prefix())
                .query((rs, n) -> new ReviewCounts(rs.getLong("due"), rs.getLong("overdue")))
                .single();
    }

    boolean changeAmount(long id, long version, long amountFen) {
        return jdbc.sql("""
                                update assistance.recipients set amount_fen = :amount, version = version + 1
                                where id = :id and version = :version and status = 'ACTIVE'
                                """)
                        .param("amount", amountFen)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean suspend(long id, long version, YearMonth from) {
        return jdbc.sql("""
                                update assistance.recipients
                                set status = 'SUSPENDED', suspended_from = :from, version = version + 1
                                where id = :id and version = :version and status = 'ACTIVE'
                                """)
                        .param("from", day(from))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean resume(long id, long version) {
        return jdbc.sql("""
                                update assistance.recipients
                                set status = 'ACTIVE', suspended_from = null, version = version + 1
                                where id = :id and version = :version and status = 'SUSPENDED'
                                """).param("id", id).param("version", version).update() == 1;
    }

    boolean end(long id, long version, YearMonth lastMonth, ExitReason reason) {
        return jdbc.sql("""
                                update assistance.recipients
                                set status = 'ENDED', end_month = :last, exit_reason = :reason,
                                    suspended_from = null, next_review_due = null, version = version + 1
                                where id = :id and version = :version and status in ('ACTIVE', 'SUSPENDED')
                                """)
                        .param("last", day(lastMonth))
                        .param("reason", reason.name())
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean reviewed(long id, long version, ReviewCycle cycle, LocalDate nextDue) {
        return jdbc.sql("""
                                update assistance.recipients
                                set review_cycle = :cycle, next_review_due = :nextDue, version = version + 1
                                where id = :id and version = :version and status in ('ACTIVE', 'SUSPENDED')
                                """)
                        .param("cycle", cycle.name())
                        .param("nextDue", nextDue)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /**
     * Whether another running benefit of the programme still holds the household in the programme's
     * category, so that ending this one must leave the category alone.
     */
    boolean othersRunning(HouseholdId household, Programme programme, long exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from assistance.recipients
                                       where household_id = :household and programme = :programme
                                         and status in ('ACTIVE', 'SUSPENDED') and id <> :id)
                        """)
                .param("household", household.value())
                .param("programme", programme.name())
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    private static Map<String, Object> params(RecipientSearch search, DataScope scope, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("prefix", scope.prefix());
        params.put("programme", search.programme());
        params.put("status", search.status());
        params.put("village", search.village());
        params.put("name", Like.escape(search.name()));
        params.put("review", search.review());
        params.put("today", today);
        params.put("dueBy", today.plusDays(RecipientSearch.DUE_WITHIN_DAYS));
        return params;
    }

    private static Recipient recipient(ResultSet rs, int n) throws SQLException {
        Long household = rs.getObject("household_id", Long.class);
        String exitReason = rs.getString("exit_reason");
        return new Recipient(
                rs.getLong("id"),
                new CaseNumber(rs.getString("case_number")),
                household == null ? null : new HouseholdId(household),
                new RegionCode(rs.getString("village_code")),
                Programme.valueOf(rs.getString("programme")),
                RecipientKind.valueOf(rs.getString("kind")),
                rs.getString("head_name"),
                rs.getBytes("phone_cipher"),
                rs.getLong("amount_fen"),
                month(rs, "start_month"),
                month(rs, "end_month"),
                RecipientStatus.valueOf(rs.getString("status")),
                month(rs, "suspended_from"),
                exitReason == null ? null : ExitReason.valueOf(exitReason),
                cycle(rs.getString("review_cycle")),
                rs.getObject("next_review_due", LocalDate.class),
                rs.getObject("approved_on", LocalDate.class),
                rs.getString("approved_by"),
                rs.getTimestamp("enrolled_at").toInstant(),
                rs.getLong("version"),
                rs.getBoolean("demo"));
    }

    private static LocalDate day(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        LocalDate day = rs.getObject(column, LocalDate.class);
        return day == null ? null : YearMonth.from(day);
    }

    private static ReviewCycle cycle(String name) {
        return name == null ? null : ReviewCycle.valueOf(name);
    }

    record ReviewCounts(long due, long overdue) {}

    record NewRecipient(
            CaseNumber caseNumber,
            HouseholdId household,
            RegionCode village,
            Programme programme,
            RecipientKind kind,
            String headName,
            byte[] phoneCipher,
            String phoneIndex,
            long amountFen,
            YearMonth startMonth,
            YearMonth endMonth,
            RecipientStatus status,
            ReviewCycle reviewCycle,
            LocalDate nextReviewDue,
            LocalDate approvedOn,
            String approvedBy,
            boolean demo,
            int householdSize) {}
}
