package org.minzheng.payment.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.payment.payroll.PayrollFixtures.BINCHENG;
import static org.minzheng.payment.payroll.PayrollFixtures.LIZE_VILLAGE;
import static org.minzheng.shared.PartitionedTables.ZHANHUA_VILLAGE;
import static org.minzheng.shared.PartitionedTables.addZhanhuaVillage;
import static org.minzheng.shared.PartitionedTables.assertPartitionedByCounty;
import static org.minzheng.shared.PartitionedTables.partitionsOf;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.payment.account.BankAccounts;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments are hash-partitioned by the county of the village paid, a county's or township's payment list reads
 * one partition, and nobody is paid twice for a month, not even after moving to another county. Each test uses
 * its own month of 2023 and rolls back.
 */
@IntegrationTest
@Transactional
class PaymentPartitionTests {

    private static final RegionCode ZHANHUA = RegionCode.of("371603");

    @Autowired
    PayrollRepository repository;

    @Autowired
    Enrolments enrolments;

    @Autowired
    BankAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffLogins logins;

    PayrollFixtures fixtures;

    @BeforeEach
    void aVillageInAnotherCounty() {
        logins.signIn("bincheng");
        fixtures = new PayrollFixtures(enrolments, accounts, jdbc);
        addZhanhuaVillage(jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void paymentsAreHashPartitionedByCountyIntoEightPartitions() {
        assertPartitionedByCounty(jdbc, "payment", "payments");
    }

    @Test
    void countyTownshipAndVillagePaymentListsReadOnePartition() {
        for (String region : List.of("371602", "371602005", "371602005001")) {
            var scope = new DataScope(RegionCode.of(region));
            assertThat(partitionsOf("payments", paymentList(scope, "")))
                    .as("payments of %s", region)
                    .hasSize(1);
        }
    }

    @Test
    void cityWidePaymentListReadsEveryPartitionUnlessFilteredToATownship() {
        var city = new DataScope(RegionCode.of("3716"));
        assertThat(partitionsOf("payments", paymentList(city, ""))).hasSize(8);
        assertThat(partitionsOf("payments", paymentList(city, "371603001"))).hasSize(1);
    }

    @Test
    void aCountysPublicListReadsOnePartitionOfThePaidLedger() {
        String plan = String.join("\n", jdbc.sql("""
                                explain select * from payment.paid_ledger
                                where village_code like '371602%' and county_code = '371602' and programme = 'DIBAO'
                                """).query(String.class).list());
        assertThat(partitionsOf("payments", plan)).hasSize(1);
    }

    @Test
    void paymentsAreFiledUnderTheCountyOfTheirVillage() {
        YearMonth month = YearMonth.of(2023, 1);
        long family = fixtures.recipient("分区甲", LIZE_VILLAGE, 500_00, month, null);

        repository.generate(
                repository.findOrCreate(BINCHENG, Programme.DIBAO, month, "test"), BINCHENG, Programme.DIBAO, month);

        assertThat(jdbc.sql("""
                        select county_code || ' ' || tableoid::regclass::text from payment.payments
                        where recipient_id = :id
                        """).param("id", family).query(String.class).list())
                .singleElement()
                .asString()
                .matches("371602 payment\\.payments_p\\d");
    }

    @Test
    void aPayrollRunAgainPaysNobodyTwice() {
        YearMonth month = YearMonth.of(2023, 3);
        long family = fixtures.recipient("分区乙", LIZE_VILLAGE, 500_00, month.minusMonths(2), null);
        long payroll = repository.findOrCreate(BINCHENG, Programme.DIBAO, month, "test");

        int first = repository.generate(payroll, BINCHENG, Programme.DIBAO, month);
        int again = repository.generate(payroll, BINCHENG, Programme.DIBAO, month);

        assertThat(first).isPositive();
        assertThat(again).isZero();
        assertThat(monthsPaid(family)).containsExactly("2023-01-01", "2023-02-01", "2023-03-01");
    }

    @Test
    void aRecipientWhoMovedToAnotherCountyIsNotPaidAgainForMonthsPaidThere() {
        YearMonth month = YearMonth.of(2023, 5);
        long family = fixtures.recipient("分区丙", LIZE_VILLAGE, 500_00, month, null);
        repository.generate(
                repository.findOrCreate(BINCHENG, Programme.DIBAO, month, "test"), BINCHENG, Programme.DIBAO, month);

        jdbc.sql("update assistance.recipients set village_code = :village where id = :id")
                .param("village", ZHANHUA_VILLAGE.value())
                .param("id", family)
                .update();
        YearMonth next = month.plusMonths(1);
        repository.generate(
                repository.findOrCreate(ZHANHUA, Programme.DIBAO, next, "test"), ZHANHUA, Programme.DIBAO, next);

        assertThat(jdbc.sql("""
                        select for_month || ' ' || county_code from payment.payments
                        where recipient_id = :id order by for_month
                        """).param("id", family).query(String.class).list())
                .as("May stays paid by 滨城区; 沾化区 pays June only")
                .containsExactly("2023-05-01 371602", "2023-06-01 371603");
        // The run leaves paid months out before writing; this is the database's guard behind it, for two counties'
        // payrolls running at the moment of the move.
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into payment.payments (payroll_id, recipient_id, case_number, village_code,
                                    programme, for_month, amount_fen, account_id, county_code)
                                select payroll_id, recipient_id, case_number, :village, programme, for_month, amount_fen,
                                       account_id, left(:village, 6)
                                from payment.payments where recipient_id = :id and for_month = :may
                                """)
                        .param("village", ZHANHUA_VILLAGE.value())
                        .param("id", family)
                        .param("may", month.atDay(1))
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aRemovedPaymentFreesItsMonth() {
        YearMonth month = YearMonth.of(2023, 8);
        long family = fixtures.recipient("分区丁", LIZE_VILLAGE, 500_00, month, null);
        long payroll = repository.findOrCreate(BINCHENG, Programme.DIBAO, month, "test");
        repository.generate(payroll, BINCHENG, Programme.DIBAO, month);

        jdbc.sql("delete from payment.payments where recipient_id = :id")
                .param("id", family)
                .update();

        assertThat(repository.generate(payroll, BINCHENG, Programme.DIBAO, month))
                .isEqualTo(1);
        assertThat(monthsPaid(family)).containsExactly("2023-08-01");
    }

    private List<String> monthsPaid(long recipient) {
        return jdbc.sql("select cast(for_month as text) from payment.payments where recipient_id = :id order by 1")
                .param("id", recipient)
                .query(String.class)
                .list();
    }

    private String paymentList(DataScope scope, String township) {
        Map<String, Object> params = PayrollRepository.paymentsParams(1L, scope, "", township);
        return String.join(
                "\n",
                jdbc.sql("explain select x.id " + PayrollRepository.paymentsFrom(scope, township)
                                + " order by x.id limit 20")
                        .params(params)
                        .query(String.class)
                        .list());
    }
}
