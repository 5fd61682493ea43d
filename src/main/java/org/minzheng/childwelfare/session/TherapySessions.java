package org.minzheng.childwelfare.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.childwelfare.funding.FundAllocation;
import org.minzheng.childwelfare.plan.PlannedDay;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, corrects and deletes the therapist's sessions. The cost is fixed from the therapy's price when the
 * session is saved and allocated to the funds in the same transaction, so the funds never see a session
 * without its allocation (or an allocation of minutes since corrected).
 */
@Service
class TherapySessions {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 240;
    static final int DAYS_BACK = 7;
    static final int DAILY_TARGET_MINUTES = 120;

    private final JdbcClient jdbc;
    private final FundAllocation funds;
    private final PlannedDay plans;
    private final AuditLog audit;
    private final Clock clock;

    TherapySessions(JdbcClient jdbc, FundAllocation funds, PlannedDay plans, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.funds = funds;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Price per hour × minutes / 60, rounded half up to the fen. */
    static long costFen(long pricePerHourFen, int minutes) {
        return BigDecimal.valueOf(pricePerHourFen)
                .multiply(BigDecimal.valueOf(minutes))
                .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The therapist linked to the staff account, if any. */
    Optional<Therapist> therapistOf(String username) {
        return jdbc.sql("""
                        select id, institution_id, name, username from childwelfare.therapists
                        where username = :username and active
                        """)
                .param("username", username)
                .query((rs, n) -> new Therapist(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    @Transactional
    long record(Therapist therapist, SessionForm form, DataScope scope) {
        Checked checked = check(form, form.childId(), therapist, scope);
        lockChild(checked.childId());
        boolean twice = jdbc.sql("""
                        select exists (select 1 from childwelfare.sessions
                                       where child_id = :child and therapy_code = :therapy and session_date = :day
                                         and minutes = :minutes and status = :status
                                         and recorded_at > now() - interval '1 minute')
                        """)
                .param("child", checked.childId())
                .param("therapy", checked.therapyCode())
                .param("day", checked.day())
                .param("minutes", checked.minutes())
                .param("status", checked.status())
                .query(Boolean.class)
                .single();
        if (twice) {
            throw new SessionRefused(null, "childwelfare.session.error.duplicate");
        }
        long id = jdbc.sql("""
                        insert into childwelfare.sessions (child_id, plan_id, therapy_code, therapist_id, session_date,
                                                           minutes, status, missed_reason, notes, cost_fen,
                                                           region_code, recorded_by)
                        values (:child, :plan, :therapy, :therapist, :day, :minutes, :status, :reason, :notes,
                                :cost, :region, :by)
                        returning id
                        """)
                .param("child", checked.childId())
                .param("plan", plans.activePlan(checked.childId()).orElse(null))
                .param("therapy", checked.therapyCode())
                .param("therapist", therapist.id())
                .param("day", checked.day())
                .param("minutes", checked.minutes())
                .param("status", checked.status())
                .param("reason", checked.reason())
                .param("notes", form.notesOrNull())
                .param("cost", checked.costFen())
                .param("region", checked.regionCode())
                .param("by", therapist.username())
                .query(Long.class)
                .single();
        funds.allocate(id);
        audit.record(AuditEvent.operation(
                        checked.reason() == null ? "childwelfare.session.record" : "childwelfare.session.miss",
                        "childwelfare.session",
                        String.valueOf(id),
                        RegionCode.of(checked.regionCode()))
                .withDetail(checked.detail()));
        return id;
    }

    @Transactional
    void correct(Therapist therapist, long id, SessionForm form, DataScope scope) {
        OwnSession session = own(therapist, id, scope);
        Checked checked = check(form, session.childId(), therapist, scope);
        lockChild(session.childId());
        funds.release(id);
        jdbc.sql("""
                        update childwelfare.sessions
                        set therapy_code = :therapy, session_date = :day, minutes = :minutes, status = :status,
                            missed_reason = :reason, notes = :notes, cost_fen = :cost
                        where id = :id
                        """)
                .param("therapy", checked.therapyCode())
                .param("day", checked.day())
                .param("minutes", checked.minutes())
                .param("status", checked.status())
                .param("reason", checked.reason())
                .param("notes", form.notesOrNull())
                .param("cost", checked.costFen())
                .param("id", id)
                .update();
        funds.allocate(id);
        audit.record(AuditEvent.operation(
                        "childwelfare.session.correct",
                        "childwelfare.session",
                        String.valueOf(id),
                        RegionCode.of(session.regionCode()))
                .withDetail(session.detail() + " -> " + checked.detail()));
    }

    @Transactional
    void delete(Therapist therapist, long id, DataScope scope) {
        OwnSession session = own(therapist, id, scope);
        lockChild(session.childId());
        funds.release(id);
        jdbc.sql("delete from childwelfare.sessions where id = :id")
                .param("id", id)
                .update();
        audit.record(AuditEvent.operation(
                        "childwelfare.session.delete",
                        "childwelfare.session",
                        String.valueOf(id),
                        RegionCode.of(session.regionCode()))
                .withDetail(session.detail()));
    }

    /** The therapist's own session of the last days, in scope; anything else is not found. */
    OwnSession own(Therapist therapist, long id, DataScope scope) {
        return jdbc.sql("""
                        select s.id, s.child_id, c.name, s.therapy_code, s.session_date, s.minutes, s.status,
                               s.missed_reason, s.notes, s.region_code
                        from childwelfare.sessions s join childwelfare.children c on c.id = s.child_id
                        where s.id = :id and s.therapist_id = :therapist and s.session_date >= :since
                          and s.region_code like :prefix || '%'
                        """)
                .param("id", id)
                .param("therapist", therapist.id())
                .param("since", today().minusDays(DAYS_BACK))
                .param("prefix", scope.prefix())
                .query((rs, n) -> new OwnSession(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .optional()
                .orElseThrow(() -> new NotFoundException("childwelfare session " + id));
    }

    record OwnSession(
            long id,
            long childId,
            String childName,
            String therapyCode,
            LocalDate day,
            int minutes,
            String status,
            String missedReason,
            String notes,
            String regionCode) {

        SessionForm form() {
            return new SessionForm(
                    childId,
                    therapyCode,
                    status,
                    "DONE".equals(status) ? minutes : null,
                    missedReason == null ? "" : missedReason,
                    notes == null ? "" : notes,
                    day);
        }

        String detail() {
            return therapyCode + " " + day + " " + status + " " + minutes + "min"
                    + (missedReason == null ? "" : " " + missedReason);
        }
    }

    private record Checked(
            long childId,
            String regionCode,
            String therapyCode,
            LocalDate day,
            int minutes,
            String status,
            String reason,
            long costFen) {

        String detail() {
            return therapyCode + " " + day + " " + status + " " + minutes + "min"
                    + (reason == null ? "" : " " + reason);
        }
    }

    private Checked check(SessionForm form, Long childId, Therapist therapist, DataScope scope) {
        LocalDate today = today();
        LocalDate day = form.day() == null ? today : form.day();
        if (day.isAfter(today)) {
            throw new SessionRefused("day", "childwelfare.session.error.future");
        }
        if (day.isBefore(today.minusDays(DAYS_BACK))) {
            throw new SessionRefused("day", "childwelfare.session.error.tooOld");
        }
        if (childId == null) {
            throw new SessionRefused("childId", "childwelfare.session.error.child");
        }
        String region = jdbc.sql("""
                        select region_code from childwelfare.children
                        where id = :id and institution_id = :institution and region_code like :prefix || '%'
                          and admitted_on <= :day and (discharged_on is null or discharged_on >= :day)
                        """)
                .param("id", childId)
                .param("institution", therapist.institutionId())
                .param("prefix", scope.prefix())
                .param("day", day)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new SessionRefused("childId", "childwelfare.session.error.child"));
        String therapy = form.therapyCode() == null ? "" : form.therapyCode().strip();
        Long price = jdbc.sql("select price_per_hour_fen from childwelfare.therapy_types where code = :code")
                .param("code", therapy)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new SessionRefused("therapyCode", "childwelfare.session.error.therapy"));
        if (form.missed()) {
            MissedReason reason = MissedReason.parse(form.missedReason())
                    .orElseThrow(() -> new SessionRefused("missedReason", "childwelfare.session.error.reason"));
            return new Checked(childId, region, therapy, day, 0, "MISSED", reason.name(), 0);
        }
        if (!"DONE".equals(form.outcome())) {
            throw new SessionRefused("outcome", "childwelfare.session.error.outcome");
        }
        Integer minutes = form.minutes();
        if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new SessionRefused("minutes", "childwelfare.session.error.minutes");
        }
        return new Checked(childId, region, therapy, day, minutes, "DONE", null, costFen(price, minutes));
    }

    private void lockChild(long childId) {
        jdbc.sql("select id from childwelfare.children where id = :id for update")
                .param("id", childId)
                .query(Long.class)
                .single();
    }
}
