package org.minzheng.charity.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.charity.ledger.FundBalance;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Service contracts: deliverables within the contract, acceptance, payments out of the project fund and refunds
 * into it. After every step the fixture's fund keeps money in = money out + balance, its spending is the sum of its
 * payments, and the ledger finds it in balance; a refused step stores nothing.
 */
@IntegrationTest
class CharityContractPaymentTests {

    static final String CONTRACTS = "/console/charity/contracts";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundLedger ledger;

    TenderFixture fixture;
    LocalDate today;
    int vouchers;

    @BeforeEach
    void fixture() {
        fixture = new TenderFixture(jdbc, ledger);
        today = TenderService.today();
    }

    /** A project with 100,000 yuan in its fund and an awarded contract of 300,000 yuan. */
    record Signed(long project, long fund, long contract) {}

    Signed signed(String region, String status, long fundFen, String user) throws Exception {
        long project = fixture.project(region, status);
        long fund = fundFen > 0 ? fixture.fund(project, fundFen) : 0;
        long tender = fixture.tender(project, 1);
        long bid = fixture.bid(tender, fixture.provider("签约机构" + (++vouchers), region), 30_000_000L, 90);
        mvc.perform(post("/console/charity/tenders/" + tender + "/award")
                        .with(csrf())
                        .param("bidId", String.valueOf(bid))
                        .param("signedOn", today.toString())
                        .param("startsOn", today.toString())
                        .param("endsOn", today.plusMonths(4).toString())
                        .with(logins.as(user)))
                .andExpect(status().is3xxRedirection());
        long contract = jdbc.sql("select id from charity.contracts where tender_id = :t")
                .param("t", tender)
                .query(Long.class)
                .single();
        return new Signed(project, fund, contract);
    }

    Signed signed() throws Exception {
        return signed(TenderFixture.BINCHENG, "RUNNING", 10_000_000L, "bincheng");
    }

    MockHttpServletRequestBuilder deliverable(long contract, String description, String yuan, LocalDate due) {
        return post(CONTRACTS + "/" + contract + "/deliverables")
                .with(csrf())
                .param("description", description)
                .param("amountYuan", yuan)
                .param("dueOn", due.toString());
    }

    MockHttpServletRequestBuilder pay(long contract, String yuan, Long deliverable, String voucher) {
        var request = post(CONTRACTS + "/" + contract + "/payments")
                .with(csrf())
                .param("amountYuan", yuan)
                .param("paidOn", today.toString())
                .param("voucherNumber", voucher)
                .param("note", "按验收付款");
        if (deliverable != null) {
            request.param("deliverableId", String.valueOf(deliverable));
        }
        return request;
    }

    MockHttpServletRequestBuilder refund(long contract, String yuan, String voucher, String reason) {
        return post(CONTRACTS + "/" + contract + "/refunds")
                .with(csrf())
                .param("refundYuan", yuan)
                .param("refundedOn", today.toString())
                .param("refundVoucher", voucher)
                .param("reason", reason);
    }

    String voucher() {
        return "PZ-" + fixture.unique + "-" + (++vouchers);
    }

    long addDeliverable(long contract, String yuan) throws Exception {
        String description = "成果" + fixture.unique + "-" + (++vouchers);
        mvc.perform(deliverable(contract, description, yuan, today.plusMonths(1))
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from charity.deliverables where description = :d")
                .param("d", description)
                .query(Long.class)
                .single();
    }

    void accept(long contract, long deliverable) throws Exception {
        mvc.perform(post(CONTRACTS + "/" + contract + "/deliverables/" + deliverable + "/accept")
                        .with(csrf())
                        .param("deliveredOn", today.toString())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
    }

    long payments(long contract) {
        return fixture.count("select count(*) from charity.payments where contract_id = ?", contract);
    }

    /** The rule of issue 9 for the fixture's fund, checked after every operation. */
    FundBalance balanced(Signed signed) {
        FundBalance fund = ledger.balance(signed.fund());
        assertThat(fund.receivedFen()).isEqualTo(fund.spentFen() + fund.balanceFen());
        assertThat(fund.spentFen())
                .isEqualTo(fixture.count(
                        "select coalesce(sum(amount_fen), 0) from charity.payments where project_id = ?",
                        signed.project()));
        assertThat(ledger.fundsOutOfBalance()).doesNotContain(signed.fund());
        return fund;
    }

    @Test
    void awardingCreatesTheContractForTheBidAmountAndTheFundIsShown() throws Exception {
        Signed signed = signed();
        mvc.perform(get(CONTRACTS + "/" + signed.contract()).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("300000.00")))
                .andExpect(content().string(containsString("100000.00")));
        mvc.perform(get(CONTRACTS)
                        .param("project", String.valueOf(signed.project()))
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("签约机构1" + fixture.unique)));
        mvc.perform(get(CONTRACTS + "/export")
                        .param("project", String.valueOf(signed.project()))
                        .with(logins.as("auditor")))
                .andExpect(status().isOk());
        balanced(signed);
    }

    @Test
    void deliverablesStayWithinTheContractAmountAndPeriod() throws Exception {
        Signed signed = signed();
        long contract = signed.contract();
        addDeliverable(contract, "100000");
        addDeliverable(contract, "150000");
        mvc.perform(deliverable(contract, "超额成果" + fixture.unique, "50000.01", today.plusDays(5))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("最多还能安排 ¥50000.00")));
        mvc.perform(deliverable(contract, "过期成果" + fixture.unique, "100", today.plusYears(2))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("应交付日期须在服务期内")));
        mvc.perform(deliverable(contract, "<script>alert(1)</script>", "100", today.plusDays(5))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(deliverable(contract, "", "100", today.plusDays(5)).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("请填写交付内容")));
        assertThat(fixture.count("select count(*) from charity.deliverables where contract_id = ?", contract))
                .isEqualTo(2);
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.contract.deliverable'"
                                + " and target_id = ?",
                        String.valueOf(contract)))
                .isEqualTo(2);
        balanced(signed);
    }

    @Test
    void paymentsAreLimitedByDeliverableContractAndFundAndTheLedgerStaysBalanced() throws Exception {
        Signed signed = signed();
        long contract = signed.contract();
        long first = addDeliverable(contract, "100000");
        long second = addDeliverable(contract, "100000");
        accept(contract, first);
        assertThat(jdbc.sql("select accepted_by from charity.deliverables where id = :d")
                        .param("d", first)
                        .query(String.class)
                        .single())
                .isEqualTo("bincheng");
        balanced(signed);

        mvc.perform(pay(contract, "100000.01", null, voucher()).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("资金余额不足：当前结余 ¥100000.00，本次需要 ¥100000.01")));
        assertThat(payments(contract)).isZero();
        assertThat(ledger.lines(signed.fund())).hasSize(1);
        balanced(signed);

        mvc.perform(pay(contract, "100000.01", first, voucher()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("超过该成果未支付金额 ¥100000.00")));
        mvc.perform(pay(contract, "100", second, voucher()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("还没有验收")));
        mvc.perform(pay(contract, "0", first, voucher()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("请填写大于 0 的金额")));
        mvc.perform(pay(contract, "100", first, "<b>1</b>").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("凭证号只能包含")));
        assertThat(payments(contract)).isZero();

        String used = voucher();
        mvc.perform(pay(contract, "60000", first, used).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        FundBalance fund = balanced(signed);
        assertThat(fund.spentFen()).isEqualTo(6_000_000L);
        assertThat(fund.balanceFen()).isEqualTo(4_000_000L);
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.payment.create' and target_id = ?",
                        String.valueOf(contract)))
                .isEqualTo(1);

        mvc.perform(pay(contract, "10", first, used).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("已经使用过")));
        mvc.perform(pay(contract, "40000.01", first, voucher()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("超过该成果未支付金额 ¥40000.00")));
        assertThat(payments(contract)).isEqualTo(1);
        balanced(signed);

        mvc.perform(pay(contract, "40000", first, voucher()).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        fund = balanced(signed);
        assertThat(fund.balanceFen()).isZero();
        mvc.perform(pay(contract, "0.01", null, voucher()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("资金余额不足")));
        assertThat(payments(contract)).isEqualTo(2);
        balanced(signed);
    }

    @Test
    void noPaymentAboveWhatTheContractStillOwes() throws Exception {
        Signed signed = signed(TenderFixture.BINCHENG, "RUNNING", 40_000_000L, "bincheng");
        long contract = signed.contract();
        mvc.perform(pay(contract, "250000", null, voucher()).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        balanced(signed);
        mvc.perform(pay(contract, "50000.01", null, voucher()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("超过合同未支付金额 ¥50000.00")));
        assertThat(payments(contract)).isEqualTo(1);
        balanced(signed);
    }

    @Test
    void refundsGoBackIntoTheFundUpToWhatWasPaid() throws Exception {
        Signed signed = signed();
        long contract = signed.contract();
        mvc.perform(refund(contract, "1", voucher(), "多付").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请按提示修改后再提交")));
        assertThat(payments(contract)).isZero();
        mvc.perform(pay(contract, "30000", null, voucher()).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        balanced(signed);

        mvc.perform(refund(contract, "30000.01", voucher(), "多付").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("退款不能超过已支付的 ¥30000.00")));
        mvc.perform(refund(contract, "100", voucher(), "").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("请填写退款原因")));
        mvc.perform(refund(contract, "100", voucher(), "<script>x</script>").with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("<script>x</script>"))));
        assertThat(payments(contract)).isEqualTo(1);

        mvc.perform(refund(contract, "5000", voucher(), "服务对象减少，退回多付款项").with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        FundBalance fund = balanced(signed);
        assertThat(fund.spentFen()).isEqualTo(2_500_000L);
        assertThat(fund.balanceFen()).isEqualTo(7_500_000L);
        assertThat(fixture.count(
                        "select count(*) from charity.payments where contract_id = ? and amount_fen = -500000",
                        contract))
                .isEqualTo(1);
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.payment.refund' and target_id = ?",
                        String.valueOf(contract)))
                .isEqualTo(1);
        mvc.perform(refund(contract, "25000.01", voucher(), "再退").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("退款不能超过已支付的 ¥25000.00")));
        balanced(signed);
    }

    @Test
    void aFundraisingProjectMayContractButNotPay() throws Exception {
        Signed signed = signed(TenderFixture.BINCHENG, "FUNDRAISING", 10_000_000L, "bincheng");
        mvc.perform(pay(signed.contract(), "100", null, voucher()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("项目处于实施中时才能支付服务费")));
        assertThat(payments(signed.contract())).isZero();
        balanced(signed);
    }

    @Test
    void aContractIsCompletedOnlyWhenAllIsAcceptedAndTakesNothingAfterTermination() throws Exception {
        Signed signed = signed();
        long contract = signed.contract();
        long only = addDeliverable(contract, "1000");
        mvc.perform(post(CONTRACTS + "/" + contract + "/complete").with(csrf()).with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("所有交付成果验收后才能结项")));
        accept(contract, only);
        mvc.perform(post(CONTRACTS + "/" + contract + "/deliverables/" + only + "/accept")
                        .with(csrf())
                        .param("deliveredOn", today.toString())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("已经验收过")));

        Signed other = signed();
        mvc.perform(post(CONTRACTS + "/" + other.contract() + "/terminate")
                        .with(csrf())
                        .param("reason", "")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("请填写终止理由")));
        mvc.perform(post(CONTRACTS + "/" + other.contract() + "/terminate")
                        .with(csrf())
                        .param("reason", "服务机构人员流失，无法履约")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(pay(other.contract(), "100", null, voucher()).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("合同已结项或终止")));
        assertThat(payments(other.contract())).isZero();

        mvc.perform(post(CONTRACTS + "/" + contract + "/complete").with(csrf()).with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(jdbc.sql("select status from charity.contracts where id in (:a, :b) order by id")
                        .param("a", contract)
                        .param("b", other.contract())
                        .query(String.class)
                        .list())
                .containsExactly("COMPLETED", "TERMINATED");
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action in"
                                + " ('charity.contract.complete', 'charity.contract.terminate') and target_id in (?, ?)",
                        String.valueOf(contract),
                        String.valueOf(other.contract())))
                .isEqualTo(2);
        balanced(signed);
        balanced(other);
    }

    @Test
    void anotherCountysContractIsNotFoundAndViewersCannotPay() throws Exception {
        Signed zhanhua = signed(TenderFixture.ZHANHUA, "RUNNING", 10_000_000L, "zhanhua");
        Signed bincheng = signed();
        mvc.perform(get(CONTRACTS + "/" + zhanhua.contract()).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(pay(zhanhua.contract(), "100", null, voucher()).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(CONTRACTS).param("q", fixture.unique).with(logins.as("bincheng")))
                .andExpect(content()
                        .string(not(containsString("/console/charity/contracts/" + zhanhua.contract() + "\""))));
        mvc.perform(get(CONTRACTS + "/" + bincheng.contract()).with(logins.as("pengli")))
                .andExpect(status().isOk());
        mvc.perform(pay(bincheng.contract(), "100", null, voucher()).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(pay(bincheng.contract(), "100", null, voucher()).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get(CONTRACTS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        assertThat(payments(zhanhua.contract()) + payments(bincheng.contract())).isZero();
        balanced(zhanhua);
        balanced(bincheng);
    }
}
