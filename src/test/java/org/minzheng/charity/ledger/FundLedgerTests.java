package org.minzheng.charity.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule of issue 9: for every fund, at every commit, money in = money out + balance, and the statement's lines
 * add up to both. Each operation runs in its own transaction, as a page's would, and commits or rolls back whole;
 * the fixtures are this class's own projects in a county of their own code, so other tests never touch them.
 */
@IntegrationTest
class FundLedgerTests {

    /** 惠民县: no other charity test keeps money there. */
    static final String REGION = "371621000000";

    @Autowired
    FundLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    LedgerFixture fixture;
    long projectA;
    long projectB;
    long fundA;
    long fundB;
    long general;

    @BeforeEach
    void funds() {
        fixture = new LedgerFixture(jdbc, REGION);
        transaction.executeWithoutResult(status -> {
            projectA = fixture.project("账测项目甲");
            projectB = fixture.project("账测项目乙");
            fundA = ledger.projectFund(projectA);
            fundB = ledger.projectFund(projectB);
            general = ledger.generalFund(REGION);
            fixture.signContract(projectA);
        });
    }

    @Test
    void everyKindOfMovementKeepsTheFundsBalanced() {
        long gift = inTransaction(() -> give(fundA, projectA, 1_000_00));
        assertFunds(fundA, 1_000_00, 0, 1_000_00);

        long before = ledger.balance(general).receivedFen();
        long undirected = inTransaction(() -> give(general, null, 500_00));
        assertThat(ledger.balance(general).receivedFen()).isEqualTo(before + 500_00);
        assertBalanced(general);

        inTransaction(() -> ledger.transfer(general, fundA, 300_00, TransferKind.ALLOCATION, "拨付", "test"));
        assertFunds(fundA, 1_300_00, 0, 1_300_00);
        assertBalanced(general);

        inTransaction(() -> pay(projectA, fundA, 800_00));
        assertFunds(fundA, 1_300_00, 800_00, 500_00);

        inTransaction(() -> refund(projectA, fundA, 100_00));
        assertFunds(fundA, 1_300_00, 700_00, 600_00);

        assertThatThrownBy(() -> inTransaction(() -> ledger.voidDonation(fundA, gift, 1_000_00, "录错", "test")))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessage("charity.ledger.refused.insufficient");
        assertFunds(fundA, 1_300_00, 700_00, 600_00);

        long small = inTransaction(() -> give(fundA, projectA, 50_00));
        inTransaction(() -> ledger.voidDonation(fundA, small, 50_00, "重复登记", "test"));
        assertFunds(fundA, 1_300_00, 700_00, 600_00);

        inTransaction(() -> ledger.transfer(fundA, fundB, 600_00, TransferKind.LEFTOVER, "结余转同类项目", "test"));
        assertFunds(fundA, 1_300_00, 1_300_00, 0);
        assertFunds(fundB, 600_00, 0, 600_00);
        assertThat(undirected).isPositive();
        assertThat(ledger.fundsOutOfBalance()).doesNotContain(fundA, fundB, general);
    }

    @Test
    void refusedMovementsLeaveNoTrace() {
        inTransaction(() -> give(fundA, projectA, 200_00));
        int lines = ledger.lines(fundA).size();
        long payments = countPayments(projectA);
        long transfers = jdbc.sql("select count(*) from charity.fund_transfers where from_fund_id = :f")
                .param("f", fundA)
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> inTransaction(() -> pay(projectA, fundA, 200_01)))
                .isInstanceOf(LedgerRefusedException.class);
        assertThatThrownBy(() -> inTransaction(() -> refund(projectA, fundA, 1)))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessage("charity.ledger.refused.belowZero");
        assertThatThrownBy(() ->
                        inTransaction(() -> ledger.transfer(fundA, fundB, 200_01, TransferKind.LEFTOVER, "太多", "test")))
                .isInstanceOf(LedgerRefusedException.class);
        assertThatThrownBy(() ->
                        inTransaction(() -> ledger.transfer(fundA, fundA, 1, TransferKind.LEFTOVER, "自己", "test")))
                .isInstanceOf(LedgerRefusedException.class);

        assertFunds(fundA, 200_00, 0, 200_00);
        assertThat(ledger.lines(fundA)).hasSize(lines);
        assertThat(countPayments(projectA)).isEqualTo(payments);
        assertThat(jdbc.sql("select count(*) from charity.fund_transfers where from_fund_id = :f")
                        .param("f", fundA)
                        .query(Long.class)
                        .single())
                .isEqualTo(transfers);
    }

    @Test
    void theInsufficientMessageNamesTheBalanceAndTheAmount() {
        inTransaction(() -> give(fundA, projectA, 12_34));
        assertThatThrownBy(() -> inTransaction(() -> pay(projectA, fundA, 20_00)))
                .isInstanceOfSatisfying(LedgerRefusedException.class, refused -> assertThat(refused.arguments())
                        .containsExactly("12.34", "20.00"));
    }

    /**
     * Four hundred operations of every kind with amounts drawn at random (a fixed seed, so a failure repeats): each
     * either goes through exactly as a plain model of the three funds says, or is refused and changes nothing.
     */
    @Test
    void aLongRandomRunNeverBreaksTheRule() {
        Random random = new Random(20261130L);
        long[] funds = {fundA, fundB, general};
        Map<Long, long[]> model = new HashMap<>();
        for (long fund : funds) {
            FundBalance now = ledger.balance(fund);
            model.put(fund, new long[] {now.receivedFen(), now.spentFen()});
        }
        List<long[]> gifts = new ArrayList<>();
        int refused = 0;
        for (int step = 0; step < 400; step++) {
            long fen = 1 + random.nextInt(50_000);
            int kind = random.nextInt(5);
            long fund = funds[random.nextInt(funds.length)];
            long[] sums = model.get(fund);
            try {
                switch (kind) {
                    case 0 -> {
                        Long project = fund == general ? null : (fund == fundA ? projectA : projectB);
                        long gift = inTransaction(() -> give(fund, project, fen));
                        gifts.add(new long[] {gift, fund, fen});
                        sums[0] += fen;
                    }
                    case 1 -> {
                        if (gifts.isEmpty()) {
                            continue;
                        }
                        long[] gift = gifts.get(random.nextInt(gifts.size()));
                        long[] giftSums = model.get(gift[1]);
                        boolean fits = giftSums[0] - giftSums[1] >= gift[2];
                        try {
                            inTransaction(() -> ledger.voidDonation(gift[1], gift[0], gift[2], "作废", "test"));
                            assertThat(fits).isTrue();
                            giftSums[0] -= gift[2];
                            gifts.remove(gift);
                        } catch (LedgerRefusedException e) {
                            assertThat(fits).isFalse();
                            refused++;
                        }
                    }
                    case 2 -> {
                        long project = fund == fundB ? projectB : projectA;
                        long payingFund = fund == fundB ? fundB : fundA;
                        long[] paying = model.get(payingFund);
                        boolean fits = paying[0] - paying[1] >= fen;
                        try {
                            inTransaction(() -> pay(project, payingFund, fen));
                            assertThat(fits).isTrue();
                            paying[1] += fen;
                        } catch (LedgerRefusedException e) {
                            assertThat(fits).isFalse();
                            refused++;
                        }
                    }
                    case 3 -> {
                        long project = fund == fundB ? projectB : projectA;
                        long refunding = fund == fundB ? fundB : fundA;
                        long[] back = model.get(refunding);
                        boolean fits = back[1] >= fen;
                        try {
                            inTransaction(() -> refund(project, refunding, fen));
                            assertThat(fits).isTrue();
                            back[1] -= fen;
                        } catch (LedgerRefusedException e) {
                            assertThat(fits).isFalse();
                            refused++;
                        }
                    }
                    default -> {
                        long to = funds[(List.of(fundA, fundB, general).indexOf(fund) + 1 + random.nextInt(2)) % 3];
                        boolean fits = sums[0] - sums[1] >= fen;
                        try {
                            inTransaction(
                                    () -> ledger.transfer(fund, to, fen, TransferKind.ALLOCATION, "随机划拨", "test"));
                            assertThat(fits).isTrue();
                            sums[1] += fen;
                            model.get(to)[0] += fen;
                        } catch (LedgerRefusedException e) {
                            assertThat(fits).isFalse();
                            refused++;
                        }
                    }
                }
            } finally {
                for (long each : funds) {
                    long[] expected = model.get(each);
                    assertFunds(each, expected[0], expected[1], expected[0] - expected[1]);
                }
            }
        }
        assertThat(refused)
                .as("the run must try movements the funds cannot take")
                .isGreaterThan(10);
        assertThat(ledger.fundsOutOfBalance()).doesNotContain(fundA, fundB, general);
    }

    /** Twenty payments at once against a fund that holds ten: exactly ten go through and it ends at zero. */
    @Test
    void paymentsAtTheSameTimeNeverOverdrawTheFund() throws Exception {
        inTransaction(() -> give(fundA, projectA, 10 * 100_00));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> payments = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                payments.add(() -> {
                    try {
                        inTransaction(() -> pay(projectA, fundA, 100_00));
                        return true;
                    } catch (LedgerRefusedException refused) {
                        return false;
                    }
                });
            }
            int paid = 0;
            for (Future<Boolean> result : pool.invokeAll(payments)) {
                paid += result.get() ? 1 : 0;
            }
            assertThat(paid).isEqualTo(10);
        } finally {
            pool.shutdown();
        }
        assertFunds(fundA, 10 * 100_00, 10 * 100_00, 0);
    }

    private long give(long fund, Long project, long fen) {
        long gift = fixture.donation(fund, project, fen);
        ledger.receiveDonation(fund, gift, fen, "test");
        return gift;
    }

    private long pay(long project, long fund, long fen) {
        long payment = fixture.payment(project, fen);
        ledger.pay(fund, payment, fen, "test");
        return payment;
    }

    private long refund(long project, long fund, long fen) {
        long payment = fixture.payment(project, -fen);
        ledger.refund(fund, payment, fen, "退回", "test");
        return payment;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private void assertFunds(long fund, long received, long spent, long balance) {
        FundBalance now = ledger.balance(fund);
        assertThat(now.receivedFen()).as("received").isEqualTo(received);
        assertThat(now.spentFen()).as("spent").isEqualTo(spent);
        assertThat(now.balanceFen()).as("balance").isEqualTo(balance);
        assertBalanced(fund);
    }

    /**
     * The statement agrees with the running sums, the last line shows the balance, and what the lines say was paid
     * is what the payments table holds for the project.
     */
    private void assertBalanced(long fund) {
        FundBalance now = ledger.balance(fund);
        List<LedgerLine> lines = ledger.lines(fund);
        long in = lines.stream()
                .filter(LedgerLine::in)
                .mapToLong(LedgerLine::amountFen)
                .sum();
        long out = lines.stream()
                .filter(l -> !l.in())
                .mapToLong(LedgerLine::amountFen)
                .sum();
        assertThat(now.receivedFen()).isEqualTo(in);
        assertThat(now.spentFen()).isEqualTo(out);
        assertThat(now.receivedFen()).isEqualTo(now.spentFen() + now.balanceFen());
        assertThat(now.balanceFen()).isNotNegative();
        assertThat(lines.stream().mapToLong(LedgerLine::balanceAfterFen)).allMatch(b -> b >= 0);
        if (!lines.isEmpty()) {
            assertThat(lines.get(lines.size() - 1).balanceAfterFen()).isEqualTo(now.balanceFen());
        }
        if (now.projectId() != null) {
            long paidLines = lines.stream()
                    .filter(l -> l.paymentId() != null)
                    .mapToLong(LedgerLine::amountFen)
                    .sum();
            long paidRows = jdbc.sql("select coalesce(sum(amount_fen), 0) from charity.payments where project_id = :p")
                    .param("p", now.projectId())
                    .query(Long.class)
                    .single();
            assertThat(paidLines).isEqualTo(paidRows);
        }
        assertThat(ledger.fundsOutOfBalance()).doesNotContain(fund);
    }

    private long countPayments(long project) {
        return jdbc.sql("select count(*) from charity.payments where project_id = :p")
                .param("p", project)
                .query(Long.class)
                .single();
    }
}
