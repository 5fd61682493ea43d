package org.minzheng.charity.provider;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.shared.CreditCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows a tender scenario starts from, written straight into the tables and committed: a project of a county with
 * money in its fund (a donor, a directed gift and its ledger line), providers, and a closed tender with scored bids.
 * Names carry a random part, so scenarios never see each other's rows.
 */
final class TenderFixture {

    static final String BINCHENG = "371602000000";
    static final String ZHANHUA = "371603000000";

    final String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final JdbcClient jdbc;
    private final FundLedger ledger;
    private final AtomicInteger counter = new AtomicInteger();

    TenderFixture(JdbcClient jdbc, FundLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** A project of the year around today, with a budget of 500,000 yuan. */
    long project(String region, String status) {
        long organisation = jdbc.sql("insert into charity.organisations (name) values (:n) returning id")
                .param("n", "招标测试组织" + unique + "-" + counter.incrementAndGet())
                .query(Long.class)
                .single();
        LocalDate today = TenderService.today();
        return jdbc.sql("""
                        insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                            region_code, starts_on, ends_on, status, created_by)
                        values (:n, '招标测试', 50000000, 10, :o, :r, :s, :e, :status, 'test') returning id
                        """)
                .param("n", "招标测试项目" + unique + "-" + counter.incrementAndGet())
                .param("o", organisation)
                .param("r", region)
                .param("s", today.minusMonths(6))
                .param("e", today.plusMonths(6))
                .param("status", status)
                .query(Long.class)
                .single();
    }

    /** Puts a directed gift of {@code fen} into the project's fund through the ledger; returns the fund. */
    long fund(long projectId, long fen) {
        long fund = ledger.projectFund(projectId);
        String region = jdbc.sql("select region_code from charity.projects where id = :p")
                .param("p", projectId)
                .query(String.class)
                .single();
        long donor = jdbc.sql("""
                        insert into charity.donors (kind, name, region_code, created_by)
                        values ('INDIVIDUAL', :n, :r, 'test') returning id
                        """)
                .param("n", "招标测试捐赠人" + unique)
                .param("r", region)
                .query(Long.class)
                .single();
        long donation = jdbc.sql("""
                        insert into charity.donations (donor_id, amount_fen, channel, brand, directed, project_id,
                            fund_id, received_on, receipt_number, region_code, recorded_by)
                        values (:d, :fen, 'BANK_TRANSFER', 'OTHER', true, :p, :f, current_date, :no, :r, 'test')
                        returning id
                        """)
                .param("d", donor)
                .param("fen", fen)
                .param("p", projectId)
                .param("f", fund)
                .param("no", "ZB-" + unique + "-" + counter.incrementAndGet())
                .param("r", region)
                .query(Long.class)
                .single();
        ledger.receiveDonation(fund, donation, fen, "test");
        return fund;
    }

    long provider(String name, String region) {
        return jdbc.sql("""
                        insert into charity.providers (name, credit_code, kind, contact_name, contact_phone,
                            region_code, created_by)
                        values (:n, :code, 'SOCIAL_WORK', '测试联系人', '0543-3180000', :r, 'test') returning id
                        """)
                .param("n", name + unique)
                .param("code", creditCode())
                .param("r", region)
                .query(Long.class)
                .single();
    }

    /** A GB 32100 code no other fixture uses. */
    String creditCode() {
        String body = "52371600T" + unique.substring(0, 7) + (counter.incrementAndGet() % 10);
        return body + CreditCode.checkChar(body);
    }

    /** An open tender of 300,000 yuan whose window closed {@code closedDaysAgo} days ago (negative: still open). */
    long tender(long projectId, int closedDaysAgo) {
        LocalDate today = TenderService.today();
        return jdbc.sql("""
                        insert into charity.tenders (project_id, title, scope, ceiling_fen, opens_on, closes_on,
                            created_by)
                        values (:p, :t, '上门服务', 30000000, :opens, :closes, 'test') returning id
                        """)
                .param("p", projectId)
                .param("t", "测试招标" + unique + "-" + counter.incrementAndGet())
                .param("opens", today.minusDays(closedDaysAgo + 20L))
                .param("closes", today.minusDays(closedDaysAgo))
                .query(Long.class)
                .single();
    }

    long bid(long tenderId, long providerId, long fen, Integer score) {
        return jdbc.sql("""
                        insert into charity.bids (tender_id, provider_id, amount_fen, proposal, score, submitted_on,
                            recorded_by)
                        select :t, :p, :fen, '方案', :score, opens_on + 1, 'test' from charity.tenders where id = :t
                        returning id
                        """)
                .param("t", tenderId)
                .param("p", providerId)
                .param("fen", fen)
                .param("score", score)
                .query(Long.class)
                .single();
    }

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            statement = statement.param(i + 1, params[i]);
        }
        return statement.query(Long.class).single();
    }
}
