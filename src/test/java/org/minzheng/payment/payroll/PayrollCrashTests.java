package org.minzheng.payment.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.payment.payroll.PayrollFixtures.BINCHENG;
import static org.minzheng.payment.payroll.PayrollFixtures.COUNTY;
import static org.minzheng.payment.payroll.PayrollFixtures.LIZE_VILLAGE;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.payment.account.BankAccounts;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nobody is paid twice when the server dies halfway through a payroll or two clerks generate it at
 * the same moment. These tests commit (a crash is a rolled-back transaction, a race needs two), so
 * they remove their payroll and recipients afterwards. They use 2023, which no other test does.
 */
@IntegrationTest
class PayrollCrashTests {

    @Autowired
    Payrolls payrolls;

    @Autowired
    Enrolments enrolments;

    @Autowired
    BankAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffLogins logins;

    @Autowired
    TransactionTemplate transactions;

    private final List<Long> recipients = new ArrayList<>();
    private PayrollFixtures fixtures;

    @BeforeEach
    void signIn() {
        logins.signIn("bincheng");
        fixtures = new PayrollFixtures(enrolments, accounts, jdbc);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from payment.payments where payroll_id in"
                        + " (select id from payment.payrolls where extract(year from month) = 2023)")
                .update();
        jdbc.sql("delete from payment.payrolls where extract(year from month) = 2023")
                .update();
        for (long id : recipients) {
            jdbc.sql("delete from payment.accounts where recipient_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from registry.households where id ="
                            + " (select household_id from assistance.recipients where id = ?)")
                    .param(id)
                    .update();
            jdbc.sql("delete from assistance.recipients where id = ?").param(id).update();
        }
    }

    @Test
    void aGenerationThatCrashesHalfwayLeavesNothingAndTheRerunPaysOnce() {
        long family = recipient("崩溃甲", 600_00, YearMonth.of(2023, 1));
        YearMonth march = YearMonth.of(2023, 3);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    payrolls.generate(BINCHENG, Programme.DIBAO, march, COUNTY);
                    throw new IllegalStateException("the server dies here");
                }))
                .hasMessageContaining("dies");
        assertThat(count(family)).isZero();

        payrolls.generate(BINCHENG, Programme.DIBAO, march, COUNTY);
        payrolls.generate(BINCHENG, Programme.DIBAO, march, COUNTY);
        assertThat(count(family)).as("January to March, once each").isEqualTo(3);
    }

    @Test
    void twoClerksGeneratingAtOnceAddEachPaymentOnce() throws Exception {
        long family = recipient("并发甲", 500_00, YearMonth.of(2023, 5));
        long other = recipient("并发乙", 450_00, YearMonth.of(2023, 6));
        YearMonth july = YearMonth.of(2023, 7);
        CyclicBarrier start = new CyclicBarrier(2);
        var security = SecurityContextHolder.getContext();
        Callable<Integer> clerk = () -> {
            SecurityContextHolder.setContext(security);
            start.await();
            return payrolls.generate(BINCHENG, Programme.DIBAO, july, COUNTY).added();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(clerk);
            Future<Integer> second = pool.submit(clerk);
            int added = first.get() + second.get();
            assertThat(count(family)).isEqualTo(3);
            assertThat(count(other)).isEqualTo(2);
            assertThat(added).as("what the two runs added together").isGreaterThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from payment.payrolls where month = '2023-07-01' and county_code = ?")
                        .param(BINCHENG.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long recipient(String name, long fen, YearMonth start) {
        long id = fixtures.recipient(name, LIZE_VILLAGE, fen, start, null);
        recipients.add(id);
        return id;
    }

    private long count(long recipientId) {
        return jdbc.sql("select count(*) from payment.payments where recipient_id = ?")
                .param(recipientId)
                .query(Long.class)
                .single();
    }
}
