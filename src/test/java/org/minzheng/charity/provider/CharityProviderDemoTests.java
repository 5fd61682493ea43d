package org.minzheng.charity.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.charity.ledger.FundBalance;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.shared.CreditCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo runner's providers, tenders and payments follow the same rules as the pages. */
@IntegrationTest
class CharityProviderDemoTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundLedger ledger;

    @Test
    void demoProvidersCarryValidCreditCodesAndRunningDemoProjectsArePaidWithinTheirFunds() {
        List<String> codes = jdbc.sql("select credit_code from charity.providers where demo")
                .query(String.class)
                .list();
        assertThat(codes).hasSize(6).allMatch(CreditCode::isValid);

        List<Long> running = jdbc.sql("""
                        select p.id from charity.projects p
                        where p.demo and p.status = 'RUNNING'
                          and exists (select 1 from charity.tenders t where t.project_id = p.id and t.created_by = 'demo')
                        """).query(Long.class).list();
        assertThat(running).isNotEmpty();
        for (long project : running) {
            var contract = jdbc.sql("""
                            select c.id, c.amount_fen,
                                   (select coalesce(sum(m.amount_fen), 0) from charity.payments m where m.contract_id = c.id)
                                       as paid,
                                   (select count(*) from charity.deliverables d where d.contract_id = c.id) as deliverables,
                                   (select count(*) from charity.bids b where b.tender_id = c.tender_id) as bids
                            from charity.contracts c where c.project_id = :p and c.created_by = 'demo'
                            """).param("p", project).query().singleRow();
            assertThat(((Number) contract.get("deliverables")).longValue()).isBetween(3L, 4L);
            assertThat(((Number) contract.get("bids")).longValue()).isBetween(2L, 3L);
            long paid = ((Number) contract.get("paid")).longValue();
            assertThat(paid * 100).isLessThanOrEqualTo(((Number) contract.get("amount_fen")).longValue() * 40);
            ledger.ofProject(project).ifPresent(fund -> {
                assertThat(fund.receivedFen()).isEqualTo(fund.spentFen() + fund.balanceFen());
                assertThat(ledger.fundsOutOfBalance()).doesNotContain(fund.fundId());
            });
            long fundSpent =
                    ledger.ofProject(project).map(FundBalance::spentFen).orElse(0L);
            assertThat(fundSpent).isGreaterThanOrEqualTo(paid);
        }
        assertThat(jdbc.sql("""
                        select count(*) from charity.tenders t join charity.projects p on p.id = t.project_id
                        where p.demo and p.status = 'FUNDRAISING' and t.status = 'OPEN' and t.created_by = 'demo'
                        """).query(Long.class).single()).isEqualTo(1);
    }
}
