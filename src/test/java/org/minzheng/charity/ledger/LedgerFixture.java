package org.minzheng.charity.ledger;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows the ledger's lines point at, written straight into the tables: an organisation with running projects, a
 * donor whose gifts can be recorded, and a provider under contract with one project whose payments can be made.
 */
final class LedgerFixture {

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    final String region;
    private final JdbcClient jdbc;
    private final long organisation;
    private final long donor;
    private volatile Long contract;
    private final AtomicInteger vouchers = new AtomicInteger();
    private final AtomicInteger receipts = new AtomicInteger();

    LedgerFixture(JdbcClient jdbc, String region) {
        this.jdbc = jdbc;
        this.region = region;
        organisation = jdbc.sql("insert into charity.organisations (name) values (:n) returning id")
                .param("n", "账测组织" + unique)
                .query(Long.class)
                .single();
        donor = jdbc.sql("""
                        insert into charity.donors (kind, name, region_code, created_by)
                        values ('INDIVIDUAL', :n, :r, 'test') returning id
                        """)
                .param("n", "账测捐赠人" + unique)
                .param("r", region)
                .query(Long.class)
                .single();
    }

    long project(String name) {
        long id = jdbc.sql("""
                        insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                            region_code, starts_on, ends_on, status, created_by)
                        values (:n, '账测', 100000000, 10, :o, :r, :s, :e, 'RUNNING', 'test') returning id
                        """)
                .param("n", name + unique)
                .param("o", organisation)
                .param("r", region)
                .param("s", LocalDate.now().withDayOfYear(1))
                .param("e", LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1))
                .query(Long.class)
                .single();
        jdbc.sql("insert into charity.project_needs (project_id, category_code) values (:p, 'SERIOUS_ILLNESS')")
                .param("p", id)
                .update();
        return id;
    }

    /** A gift row for the ledger line to point at; the ledger call itself is the test's. */
    long donation(long fundId, Long projectId, long fen) {
        return jdbc.sql("""
                        insert into charity.donations (donor_id, amount_fen, channel, brand, directed, project_id,
                            fund_id, received_on, receipt_number, region_code, recorded_by)
                        values (:d, :fen, 'BANK_TRANSFER', 'OTHER', :directed, :p, :f, current_date, :no, :r, 'test')
                        returning id
                        """)
                .param("d", donor)
                .param("fen", fen)
                .param("directed", projectId != null)
                .param("p", projectId)
                .param("f", fundId)
                .param("no", "ZC-" + unique + "-" + receipts.incrementAndGet())
                .param("r", region)
                .query(Long.class)
                .single();
    }

    /**
     * Signs the fixture's one contract, with {@code projectId}; call it in a committed transaction before the first
     * payment, so that a payment refused and rolled back does not take the contract with it.
     */
    void signContract(long projectId) {
        contract(projectId);
    }

    /** A payment row (negative for a refund) under the fixture's contract. */
    long payment(long projectId, long fen) {
        return jdbc.sql("""
                        insert into charity.payments (contract_id, project_id, amount_fen, paid_on, voucher_number, paid_by)
                        values (:c, :p, :fen, current_date, :v, 'test') returning id
                        """)
                .param("c", contract(projectId))
                .param("p", projectId)
                .param("fen", fen)
                .param("v", "ZV-" + unique + "-" + vouchers.incrementAndGet())
                .query(Long.class)
                .single();
    }

    private long contract(long projectId) {
        if (contract == null) {
            long provider = jdbc.sql("""
                            insert into charity.providers (name, credit_code, kind, contact_name, contact_phone,
                                region_code, created_by)
                            values (:n, :code, 'SOCIAL_WORK', '联系人', '13800000000', :r, 'test') returning id
                            """)
                    .param("n", "账测机构" + unique)
                    .param("code", creditCode())
                    .param("r", region)
                    .query(Long.class)
                    .single();
            long tender = jdbc.sql("""
                            insert into charity.tenders (project_id, title, scope, ceiling_fen, opens_on, closes_on,
                                status, created_by)
                            values (:p, '账测招标', '服务', 100000000, current_date - 30, current_date - 20, 'AWARDED',
                                'test') returning id
                            """).param("p", projectId).query(Long.class).single();
            long bid = jdbc.sql("""
                            insert into charity.bids (tender_id, provider_id, amount_fen, proposal, score, submitted_on,
                                recorded_by)
                            values (:t, :pr, 100000000, '方案', 90, current_date - 25, 'test') returning id
                            """)
                    .param("t", tender)
                    .param("pr", provider)
                    .query(Long.class)
                    .single();
            contract = jdbc.sql("""
                            insert into charity.contracts (tender_id, bid_id, project_id, provider_id, number, amount_fen,
                                signed_on, starts_on, ends_on, created_by)
                            values (:t, :b, :p, :pr, :no, 100000000, current_date - 15, current_date - 15,
                                current_date + 300, 'test') returning id
                            """)
                    .param("t", tender)
                    .param("b", bid)
                    .param("p", projectId)
                    .param("pr", provider)
                    .param("no", "ZH-" + unique)
                    .query(Long.class)
                    .single();
        }
        return contract;
    }

    /** A GB 32100 code unique to this fixture: its body carries the fixture's random part. */
    private String creditCode() {
        String digits = String.valueOf(Math.abs(unique.hashCode()) % 100_000_000L);
        String body = "52371600" + "0".repeat(9 - digits.length()) + digits;
        return body + org.minzheng.shared.CreditCode.checkChar(body);
    }
}
