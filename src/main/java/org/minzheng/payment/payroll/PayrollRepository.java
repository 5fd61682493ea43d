package org.minzheng.payment.payroll;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of payrolls. Generation is one {@code insert … select} over the recipients register's published
 * view; the unique key on (recipient, programme, month) makes it safe to run again at any time: within the
 * county the insert names it, city-wide through {@code payment.payment_keys} (see payment/V6).
 * A payroll is visible to staff whose region lies within its county or contains it; its payments
 * only within the staff member's own region.
 */
@Repository
class PayrollRepository {

    private static final String PAYROLL_COLUMNS = """
            p.id, p.county_code, p.programme, p.month, p.status, p.generated_by, p.generated_at, p.approved_by,
            p.approved_at, p.version
            """;

    /** The payroll lies in the scope, or the scope (a township) lies in the payroll's county. */
    private static final String VISIBLE = """
            (p.county_code like :prefix || '%' or :prefix like substr(p.county_code, 1, 6) || '%')
            """;

    private final JdbcClient jdbc;

    PayrollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The payroll's id, made in DRAFT when it does not exist yet. */
    long findOrCreate(RegionCode county, Programme programme, YearMonth month, String by) {
        jdbc.sql("""
                        insert into payment.payrolls (county_code, programme, month, status, generated_by)
                        values (:county, :programme, :month, 'DRAFT', :by)
                        on conflict (county_code, programme, month) do nothing
                        """)
                .param("county", county.value())
                .param("programme", programme.name())
                .param("month", month.atDay(1))
                .param("by", by)
                .update();
        return jdbc.sql("""
                        select id from payment.payrolls
                        where county_code = :county and programme = :programme and month = :month
                        """)
                .param("county", county.value())
                .param("programme", programme.name())
                .param("month", month.atDay(1))
                .query(Long.class)
                .single();
    }

    /**
     * Adds every payment the payroll's month owes that no payroll holds yet: for monthly benefits each
     * month from the start month to this one (earlier months missed are arrears) while the benefit
     * ran, at the amount in force that month; a one-off grant in its month; and the adjustments of
     * earlier months that a raise effective in the past leaves short. Recipients without a bank account
     * wait for the next run.
     *
     * @return how many payments were added
     */
    int generate(long payrollId, RegionCode county, Programme programme, YearMonth month) {
        return jdbc.sql("""
                        with changed as materialized (select recipient_id from assistance.changed_recipients),
                        due as (
                            select r.id, r.case_number, r.village_code, r.programme, r.kind, r.amount_fen,
                                   r.start_month, r.demo, a.id as account_id, m.month,
                                   c.recipient_id is not null as changed
                            from assistance.payable_recipients r
                            join payment.accounts a on a.recipient_id = r.id
                            left join changed c on c.recipient_id = r.id
                            cross join lateral (
                                select g::date as month
                                from generate_series(r.start_month, least(:month, coalesce(r.end_month, :month)),
                                                     interval '1 month') g
                            ) m
                            where r.village_code like :county || '%'
                              and r.programme = :programme
                              and r.start_month <= :month
                              and not exists (select 1 from payment.payment_keys k
                                              where k.recipient_id = r.id and k.programme = r.programme
                                                and k.for_month = m.month and k.target_fen is null))
                        insert into payment.payments (payroll_id, recipient_id, case_number, village_code, programme,
                                                      for_month, amount_fen, account_id, demo, county_code)
                        select :payroll, id, case_number, village_code, programme, month,
                               case when kind = 'ONE_OFF' or not changed then amount_fen
                                    else assistance.amount_in(id, month) end,
                               account_id, demo, left(village_code, 6)
                        from due
                        where kind = 'ONE_OFF' and month = start_month
                           or kind = 'MONTHLY' and (not changed or assistance.runs_in(id, month))
                        on conflict (county_code, recipient_id, programme, for_month) where kind = 'REGULAR' do nothing
                        """)
                        .param("payroll", payrollId)
                        .param("county", county.significantDigits())
                        .param("programme", programme.name())
                        .param("month", month.atDay(1))
                        .update()
                + adjust(payrollId, county, programme, month);
    }

    /**
     * Adds, for each earlier month whose amount in force now exceeds what that month's payments hold
     * (a raise effective in the past), the difference as an adjustment payment. Only recipients whose
     * history changed are looked at; a lower amount in force adds nothing (recovering money paid is a
     * decision for the bureau, not the payroll).
     */
    private int adjust(long payrollId, RegionCode county, Programme programme, YearMonth month) {
        return jdbc.sql("""
                        insert into payment.payments (payroll_id, recipient_id, case_number, village_code, programme,
                                                      for_month, amount_fen, account_id, demo, kind, target_fen,
                                                      county_code)
                        select :payroll, r.id, r.case_number, r.village_code, r.programme, m.for_month,
                               m.target - m.held, a.id, r.demo, 'ADJUSTMENT', m.target, left(r.village_code, 6)
                        from (select x.recipient_id, x.for_month, sum(x.amount_fen) as held,
                                     assistance.amount_in(x.recipient_id, x.for_month) as target
                              from payment.payments x
                              join assistance.changed_recipients c on c.recipient_id = x.recipient_id
                              where x.programme = :programme and x.for_month < :month
                                and x.village_code like :county || '%' and x.county_code = :county
                              group by x.recipient_id, x.for_month) m
                        join assistance.payable_recipients r on r.id = m.recipient_id and r.kind = 'MONTHLY'
                        join payment.accounts a on a.recipient_id = r.id
                        where m.target > m.held and assistance.runs_in(r.id, m.for_month)
                        on conflict (county_code, recipient_id, programme, for_month, target_fen)
                        where kind = 'ADJUSTMENT' do nothing
                        """)
                .param("payroll", payrollId)
                .param("county", county.significantDigits())
                .param("programme", programme.name())
                .param("month", month.atDay(1))
                .update();
    }

    /** Running recipients of the county and programme that have no bank account, so cannot be paid. */
    long withoutAccount(RegionCode county, Programme programme, YearMonth month) {
        return jdbc.sql("""
                        select count(*) from assistance.payable_recipients r
                        where r.village_code like :county || '%' and r.programme = :programme
                          and r.start_month <= :month and (r.status <> 'ENDED' or r.kind = 'ONE_OFF')
                          and not exists (select 1 from payment.accounts a where a.recipient_id = r.id)
                          and not exists (select 1 from payment.payment_keys k where k.recipient_id = r.id)
                        """)
                .param("county", county.significantDigits())
                .param("programme", programme.name())
                .param("month", month.atDay(1))
                .query(Long.class)
                .single();
    }

    Optional<Payroll> find(long id, DataScope scope) {
        return jdbc.sql("select " + PAYROLL_COLUMNS + " from payment.payrolls p where p.id = :id and " + VISIBLE)
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(PayrollRepository::payroll)
                .optional();
    }

    List<Payroll> list(DataScope scope, String programme, LocalDate month) {
        return jdbc.sql("select " + PAYROLL_COLUMNS + " from payment.payrolls p where " + VISIBLE + """
                          and (:programme = '' or p.programme = :programme)
                          and (cast(:month as date) is null or p.month = :month)
                        order by p.month desc, p.county_code, p.programme
                        limit 200
                        """)
                .param("prefix", scope.prefix())
                .param("programme", programme)
                .param("month", month)
                .query(PayrollRepository::payroll)
                .list();
    }

    /** Totals of the payroll within the scope: as a whole (place null) and by township. */
    List<Totals> totals(long payrollId, DataScope scope) {
        String sums = """
                count(*) as count, coalesce(sum(x.amount_fen), 0) as total,
                count(*) filter (where x.for_month < p.month) as arrears,
                count(*) filter (where x.status = 'PAID') as paid,
                coalesce(sum(x.amount_fen) filter (where x.status = 'PAID'), 0) as paid_fen,
                count(*) filter (where x.status = 'FAILED') as failed,
                coalesce(sum(x.amount_fen) filter (where x.status = 'FAILED'), 0) as failed_fen,
                count(*) filter (where x.status in ('PENDING', 'SENT')) as waiting
                """;
        return jdbc.sql("select substr(x.village_code, 1, 9) as place, " + sums + """
                         from payment.payments x join payment.payrolls p on p.id = x.payroll_id
                        where x.payroll_id = :id and x.village_code like :prefix || '%'
                        """
                        + CountyPartition.condition("x", scope.prefix()) + """
                        group by grouping sets ((), (substr(x.village_code, 1, 9)))
                        order by place nulls first
                        """)
                .param("id", payrollId)
                .param("prefix", scope.prefix())
                .param("county", CountyPartition.within(scope.prefix()).orElse(null))
                .query((rs, n) -> new Totals(
                        rs.getString("place") == null ? null : RegionCode.of(rs.getString("place")),
                        rs.getLong("count"),
                        rs.getLong("total"),
                        rs.getLong("arrears"),
                        rs.getLong("paid"),
                        rs.getLong("paid_fen"),
                        rs.getLong("failed"),
                        rs.getLong("failed_fen"),
                        rs.getLong("waiting")))
                .list();
    }

    Page<PaymentRow> payments(long payrollId, DataScope scope, String status, String township, Pageable page) {
        String from = paymentsFrom(scope, township);
        Map<String, Object> params = paymentsParams(payrollId, scope, status, township);
        long total = jdbc.sql("select count(*) " + from)
                .params(params)
                .query(Long.class)
                .single();
        List<PaymentRow> rows = jdbc.sql("""
                        select x.id, x.case_number, r.head_name, x.village_code, x.for_month, x.amount_fen,
                               a.bank_name, a.account_masked, x.status, x.failure_reason, x.paid_on, x.demo,
                               x.kind = 'ADJUSTMENT' as adjustment
                        """ + from
                        + " order by x.village_code, r.head_name, x.for_month, x.id limit :limit offset :offset")
                .params(params)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new PaymentRow(
                        rs.getLong("id"),
                        rs.getString("case_number"),
                        rs.getString("head_name"),
                        new RegionCode(rs.getString("village_code")),
                        YearMonth.from(rs.getObject("for_month", LocalDate.class)),
                        rs.getLong("amount_fen"),
                        rs.getString("bank_name"),
                        rs.getString("account_masked"),
                        PaymentStatus.valueOf(rs.getString("status")),
                        rs.getString("failure_reason"),
                        rs.getObject("paid_on", LocalDate.class),
                        rs.getBoolean("demo"),
                        rs.getBoolean("adjustment")))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    static String paymentsFrom(DataScope scope, String township) {
        return """
                from payment.payments x
                join payment.accounts a on a.id = x.account_id
                join assistance.payable_recipients r on r.id = x.recipient_id
                where x.payroll_id = :id and x.village_code like :prefix || '%'
                  and (:status = '' or x.status = :status)
                  and (:township = '' or x.village_code like :township || '%')
                """
                + CountyPartition.condition(
                        "x", township.length() > scope.prefix().length() ? township : scope.prefix());
    }

    static Map<String, Object> paymentsParams(long payrollId, DataScope scope, String status, String township) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", payrollId);
        params.put("prefix", scope.prefix());
        params.put("status", status);
        params.put("township", township);
        CountyPartition.within(township.length() > scope.prefix().length() ? township : scope.prefix())
                .ifPresent(county -> params.put("county", county));
        return params;
    }

    /** @return false when the payroll is no longer a draft at the version read */
    boolean approve(long id, long version, String by) {
        return jdbc.sql("""
                                update payment.payrolls
                                set status = 'APPROVED', approved_by = :by, approved_at = now(), version = version + 1
                                where id = :id and version = :version and status = 'DRAFT'
                                """)
                        .param("id", id)
                        .param("version", version)
                        .param("by", by)
                        .update()
                == 1;
    }

    void touch(long id, String by) {
        jdbc.sql("update payment.payrolls set generated_by = :by, generated_at = now(), version = version + 1"
                        + " where id = :id")
                .param("id", id)
                .param("by", by)
                .update();
    }

    /**
     * Puts every waiting payment of the payroll into a new bank file.
     *
     * @return the batch, empty when nothing was waiting
     */
    Optional<Batch> newBatch(long payrollId, String by) {
        long waiting = jdbc.sql("select count(*) from payment.payments where payroll_id = :id and status = 'PENDING'")
                .param("id", payrollId)
                .query(Long.class)
                .single();
        if (waiting == 0) {
            return Optional.empty();
        }
        long batchId = jdbc.sql("""
                        insert into payment.bank_batches (payroll_id, sequence, reissue, count, total_fen, created_by)
                        select :id, coalesce(max(sequence), 0) + 1, count(*) > 0, 0, 0, :by
                        from payment.bank_batches where payroll_id = :id
                        returning id
                        """)
                .param("id", payrollId)
                .param("by", by)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        with sent as (
                            update payment.payments set status = 'SENT', batch_id = :batch
                            where payroll_id = :id and status = 'PENDING'
                            returning amount_fen)
                        update payment.bank_batches
                        set count = (select count(*) from sent), total_fen = (select coalesce(sum(amount_fen), 0) from sent)
                        where id = :batch
                        """).param("id", payrollId).param("batch", batchId).update();
        jdbc.sql("update payment.payrolls set status = 'EXPORTED', version = version + 1 where id = :id")
                .param("id", payrollId)
                .update();
        return batch(batchId);
    }

    Optional<Batch> batch(long batchId) {
        return jdbc.sql("""
                        select id, payroll_id, sequence, reissue, count, total_fen, created_by, created_at
                        from payment.bank_batches where id = :id
                        """)
                .param("id", batchId)
                .query(PayrollRepository::batch)
                .optional();
    }

    List<Batch> batches(long payrollId) {
        return jdbc.sql("""
                        select id, payroll_id, sequence, reissue, count, total_fen, created_by, created_at
                        from payment.bank_batches where payroll_id = :id order by sequence
                        """)
                .param("id", payrollId)
                .query(PayrollRepository::batch)
                .list();
    }

    /** The lines of a bank file, in payment order. */
    List<BankLine> lines(long batchId) {
        return jdbc.sql("""
                        select x.id, x.account_id, a.holder_name, a.bank_name, x.amount_fen, x.for_month, x.programme,
                               x.village_code, x.case_number
                        from payment.payments x join payment.accounts a on a.id = x.account_id
                        where x.batch_id = :batch order by x.id
                        """)
                .param("batch", batchId)
                .query((rs, n) -> new BankLine(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        rs.getString("holder_name"),
                        rs.getString("bank_name"),
                        rs.getLong("amount_fen"),
                        YearMonth.from(rs.getObject("for_month", LocalDate.class)),
                        Programme.valueOf(rs.getString("programme")),
                        rs.getString("village_code"),
                        rs.getString("case_number")))
                .list();
    }

    /** A sent payment of the payroll, for checking a line of the bank's return file. */
    Optional<Sent> sent(long payrollId, long paymentId) {
        return jdbc.sql("""
                        select x.id, x.status, x.amount_fen, x.recipient_id, x.programme, x.for_month,
                               a.account_masked, a.sms_opt_out
                        from payment.payments x join payment.accounts a on a.id = x.account_id
                        where x.payroll_id = :payroll and x.id = :id
                        """)
                .param("payroll", payrollId)
                .param("id", paymentId)
                .query((rs, n) -> new Sent(
                        rs.getLong("id"),
                        PaymentStatus.valueOf(rs.getString("status")),
                        rs.getLong("amount_fen"),
                        rs.getLong("recipient_id"),
                        Programme.valueOf(rs.getString("programme")),
                        YearMonth.from(rs.getObject("for_month", LocalDate.class)),
                        rs.getString("account_masked"),
                        rs.getBoolean("sms_opt_out")))
                .optional();
    }

    /** @return false when the payment is no longer waiting for the bank (already settled) */
    boolean settle(long paymentId, boolean paid, String reason, String bankReference, LocalDate today) {
        return jdbc.sql("""
                                update payment.payments
                                set status = case when :paid then 'PAID' else 'FAILED' end,
                                    failure_reason = case when :paid then null else :reason end,
                                    bank_reference = :reference,
                                    paid_on = case when :paid then cast(:today as date) else null end
                                where id = :id and status = 'SENT'
                                """)
                        .param("paid", paid)
                        .param("reason", reason)
                        .param("reference", bankReference)
                        .param("today", today)
                        .param("id", paymentId)
                        .update()
                == 1;
    }

    /** Failed payments wait for the next bank file again; the reason stays until they are settled. */
    int reissue(long payrollId) {
        return jdbc.sql("update payment.payments set status = 'PENDING', batch_id = null"
                        + " where payroll_id = :id and status = 'FAILED'")
                .param("id", payrollId)
                .update();
    }

    /** A payroll whose every payment is paid is reconciled. */
    void reconcileIfSettled(long payrollId) {
        jdbc.sql("""
                        update payment.payrolls set status = 'RECONCILED', version = version + 1
                        where id = :id and status = 'EXPORTED'
                          and not exists (select 1 from payment.payments
                                          where payroll_id = :id and status <> 'PAID')
                        """).param("id", payrollId).update();
    }

    private static Payroll payroll(ResultSet rs, int n) throws SQLException {
        Timestamp approved = rs.getTimestamp("approved_at");
        return new Payroll(
                rs.getLong("id"),
                new RegionCode(rs.getString("county_code")),
                Programme.valueOf(rs.getString("programme")),
                YearMonth.from(rs.getObject("month", LocalDate.class)),
                PayrollStatus.valueOf(rs.getString("status")),
                rs.getString("generated_by"),
                rs.getTimestamp("generated_at").toInstant(),
                rs.getString("approved_by"),
                approved == null ? null : approved.toInstant(),
                rs.getLong("version"));
    }

    private static Batch batch(ResultSet rs, int n) throws SQLException {
        return new Batch(
                rs.getLong("id"),
                rs.getLong("payroll_id"),
                rs.getInt("sequence"),
                rs.getBoolean("reissue"),
                rs.getInt("count"),
                rs.getLong("total_fen"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** A file sent to the bank. */
    record Batch(
            long id,
            long payrollId,
            int sequence,
            boolean reissue,
            int count,
            long totalFen,
            String createdBy,
            java.time.Instant createdAt) {

        public org.minzheng.shared.Money total() {
            return org.minzheng.shared.Money.ofFen(totalFen);
        }
    }

    /** One line of a bank file, the account still to be decrypted. */
    record BankLine(
            long paymentId,
            long accountId,
            String holderName,
            String bankName,
            long amountFen,
            YearMonth forMonth,
            Programme programme,
            String villageCode,
            String caseNumber) {}

    /** A payment as the return file is checked against it. */
    record Sent(
            long id,
            PaymentStatus status,
            long amountFen,
            long recipientId,
            Programme programme,
            YearMonth forMonth,
            String accountMasked,
            boolean smsOptOut) {}
}
