package org.minzheng.charity.ledger;

import java.util.List;
import java.util.Optional;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of charity money. Each movement locks its fund row, checks that the fund stays at or
 * above zero, updates the running sums and appends a ledger line in the caller's transaction, so that
 * for every fund, at every commit, received = spent + balance and the lines add up to both sums (the
 * table's check constraint refuses anything else).
 */
@Service
public class FundLedger {

    private static final String IN = "IN";
    private static final String OUT = "OUT";

    private final JdbcClient jdbc;

    FundLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's fund, opened the first time money concerns the project. */
    @Transactional
    public long projectFund(long projectId) {
        jdbc.sql("""
                        insert into charity.funds (project_id, region_code)
                        select id, region_code from charity.projects where id = :project
                        on conflict (project_id) do nothing
                        """).param("project", projectId).update();
        return jdbc.sql("select id from charity.funds where project_id = :project")
                .param("project", projectId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("project " + projectId));
    }

    /** The general (非定向) fund of a city or county, opened on first use. */
    @Transactional
    public long generalFund(String regionCode) {
        jdbc.sql("""
                        insert into charity.funds (region_code) values (:region)
                        on conflict (region_code) where project_id is null do nothing
                        """).param("region", regionCode).update();
        return jdbc.sql("select id from charity.funds where region_code = :region and project_id is null")
                .param("region", regionCode)
                .query(Long.class)
                .single();
    }

    @Transactional
    public FundBalance receiveDonation(long fundId, long donationId, long fen, String by) {
        return move(fundId, IN, "DONATION", positive(fen), donationId, null, null, null, by);
    }

    /**
     * Takes a voided gift back out of what the fund received.
     *
     * @throws LedgerRefusedException when the money has already been spent or passed on
     */
    @Transactional
    public FundBalance voidDonation(long fundId, long donationId, long fen, String reason, String by) {
        return move(fundId, IN, "DONATION_VOID", -positive(fen), donationId, null, null, reason, by);
    }

    /**
     * Pays a provider out of the fund.
     *
     * @throws LedgerRefusedException when the fund does not hold that much
     */
    @Transactional
    public FundBalance pay(long fundId, long paymentId, long fen, String by) {
        return move(fundId, OUT, "PAYMENT", positive(fen), null, paymentId, null, null, by);
    }

    /**
     * Money a provider gives back: it lowers what the fund spent.
     *
     * @throws LedgerRefusedException when more comes back than the fund ever spent
     */
    @Transactional
    public FundBalance refund(long fundId, long paymentId, long fen, String reason, String by) {
        return move(fundId, OUT, "REFUND", -positive(fen), null, paymentId, null, reason, by);
    }

    /**
     * Moves money from one fund to another; both rows are locked in id order so two opposite transfers
     * cannot deadlock.
     *
     * @return the transfer's id
     * @throws LedgerRefusedException when the giving fund does not hold that much
     */
    @Transactional
    public long transfer(long fromFundId, long toFundId, long fen, TransferKind kind, String reason, String by) {
        if (fromFundId == toFundId) {
            throw new LedgerRefusedException("charity.ledger.refused.sameFund");
        }
        FundBalance first = lock(Math.min(fromFundId, toFundId));
        FundBalance second = lock(Math.max(fromFundId, toFundId));
        FundBalance giving = first.fundId() == fromFundId ? first : second;
        if (giving.balanceFen() < positive(fen)) {
            throw new LedgerRefusedException(
                    "charity.ledger.refused.insufficient",
                    YuanFormat.INSTANCE.of(giving.balanceFen()),
                    YuanFormat.INSTANCE.of(fen));
        }
        long transferId = jdbc.sql("""
                        insert into charity.fund_transfers (from_fund_id, to_fund_id, kind, amount_fen, reason, made_by)
                        values (:from, :to, :kind, :fen, :reason, :by)
                        returning id
                        """)
                .param("from", fromFundId)
                .param("to", toFundId)
                .param("kind", kind.name())
                .param("fen", positive(fen))
                .param("reason", reason)
                .param("by", by)
                .query(Long.class)
                .single();
        move(fromFundId, OUT, "TRANSFER_OUT", fen, null, null, transferId, reason, by);
        move(toFundId, IN, "TRANSFER_IN", fen, null, null, transferId, reason, by);
        return transferId;
    }

    public FundBalance balance(long fundId) {
        return jdbc.sql("""
                        select id as fund_id, project_id, region_code, received_fen, spent_fen, balance_fen
                        from charity.funds where id = :id
                        """)
                .param("id", fundId)
                .query(FundBalance.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("fund " + fundId));
    }

    /** The project's fund, or empty while no money has concerned it. */
    public Optional<FundBalance> ofProject(long projectId) {
        return jdbc.sql("""
                        select id as fund_id, project_id, region_code, received_fen, spent_fen, balance_fen
                        from charity.funds where project_id = :project
                        """)
                .param("project", projectId)
                .query(FundBalance.class)
                .optional();
    }

    /** The general fund of a city or county, or empty while it has had no money. */
    public Optional<FundBalance> generalOf(String regionCode) {
        return jdbc.sql("""
                        select id as fund_id, project_id, region_code, received_fen, spent_fen, balance_fen
                        from charity.funds where region_code = :region and project_id is null
                        """)
                .param("region", regionCode)
                .query(FundBalance.class)
                .optional();
    }

    /** The fund's statement, oldest line first. */
    public List<LedgerLine> lines(long fundId) {
        return jdbc.sql("""
                        select id, direction, kind, amount_fen, balance_after_fen, donation_id, payment_id,
                               transfer_id, memo, recorded_by, recorded_at
                        from charity.ledger_entries where fund_id = :fund order by id
                        """).param("fund", fundId).query(LedgerLine.class).list();
    }

    /**
     * Funds whose running sums disagree with their lines or whose last line does not show the balance;
     * always empty unless someone wrote to the tables behind the ledger's back.
     */
    public List<Long> fundsOutOfBalance() {
        return jdbc.sql("""
                        select f.id
                        from charity.funds f
                        left join lateral (
                            select coalesce(sum(amount_fen) filter (where direction = 'IN'), 0) as received,
                                   coalesce(sum(amount_fen) filter (where direction = 'OUT'), 0) as spent,
                                   (select e.balance_after_fen from charity.ledger_entries e
                                    where e.fund_id = f.id order by e.id desc limit 1) as last_balance
                            from charity.ledger_entries where fund_id = f.id
                        ) l on true
                        where f.received_fen <> l.received
                           or f.spent_fen <> l.spent
                           or f.received_fen <> f.spent_fen + f.balance_fen
                           or f.balance_fen <> coalesce(l.last_balance, 0)
                        order by f.id
                        """).query(Long.class).list();
    }

    private FundBalance move(
            long fundId,
            String direction,
            String kind,
            long amount,
            Long donationId,
            Long paymentId,
            Long transferId,
            String memo,
            String by) {
        FundBalance before = lock(fundId);
        long received = before.receivedFen() + (IN.equals(direction) ? amount : 0);
        long spent = before.spentFen() + (OUT.equals(direction) ? amount : 0);
        long balance = received - spent;
        if (balance < 0) {
            throw new LedgerRefusedException(
                    "charity.ledger.refused.insufficient",
                    YuanFormat.INSTANCE.of(before.balanceFen()),
                    YuanFormat.INSTANCE.of(Math.abs(amount)));
        }
        if (received < 0 || spent < 0) {
            throw new LedgerRefusedException("charity.ledger.refused.belowZero");
        }
        jdbc.sql("""
                        update charity.funds
                        set received_fen = :received, spent_fen = :spent, balance_fen = :balance
                        where id = :id
                        """)
                .param("received", received)
                .param("spent", spent)
                .param("balance", balance)
                .param("id", fundId)
                .update();
        jdbc.sql("""
                        insert into charity.ledger_entries
                            (fund_id, direction, kind, amount_fen, balance_after_fen, donation_id, payment_id,
                             transfer_id, memo, recorded_by)
                        values (:fund, :direction, :kind, :amount, :balance, :donation, :payment, :transfer, :memo, :by)
                        """)
                .param("fund", fundId)
                .param("direction", direction)
                .param("kind", kind)
                .param("amount", amount)
                .param("balance", balance)
                .param("donation", donationId)
                .param("payment", paymentId)
                .param("transfer", transferId)
                .param("memo", memo)
                .param("by", by)
                .update();
        return new FundBalance(fundId, before.projectId(), before.regionCode(), received, spent, balance);
    }

    private FundBalance lock(long fundId) {
        return jdbc.sql("""
                        select id as fund_id, project_id, region_code, received_fen, spent_fen, balance_fen
                        from charity.funds where id = :id for update
                        """)
                .param("id", fundId)
                .query(FundBalance.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("fund " + fundId));
    }

    private static long positive(long fen) {
        if (fen <= 0) {
            throw new IllegalArgumentException("An amount must be positive: " + fen);
        }
        return fen;
    }
}
