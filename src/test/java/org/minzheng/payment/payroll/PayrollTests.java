package org.minzheng.payment.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.payment.payroll.PayrollFixtures.BINCHENG;
import static org.minzheng.payment.payroll.PayrollFixtures.COUNTY;
import static org.minzheng.payment.payroll.PayrollFixtures.LIZE_VILLAGE;
import static org.minzheng.payment.payroll.PayrollFixtures.PENGLI_COMMUNITY;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.payment.account.BankAccountNumber;
import org.minzheng.payment.account.BankAccounts;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.spreadsheet.Spreadsheet;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payroll on the real database: set-based generation with arrears and suspensions, nobody paid
 * twice (a re-run, a duplicate insert; crashes in {@link PayrollCrashTests}), approval, the bank file with its
 * control total, the return file and the text messages it triggers, re-issue. Each test uses its own
 * month of 2024, so payrolls of different tests never meet, and rolls back.
 */
@IntegrationTest
@Transactional
class PayrollTests {

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

    PayrollFixtures fixtures;

    @BeforeEach
    void signIn() {
        logins.signIn("bincheng");
        fixtures = new PayrollFixtures(enrolments, accounts, jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPayrollPaysEachMonthOnceWithArrearsAtTheAmountOfThatMonth() {
        long widow = fixtures.recipient("工资甲", LIZE_VILLAGE, 800_00, YearMonth.of(2024, 1), "13905431001");
        fixtures.amountChange(widow, 900_00, YearMonth.of(2024, 3));

        Payrolls.Generated march = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2024, 3), COUNTY);

        assertThat(amounts(march.payrollId(), widow)).containsExactly(800_00L, 800_00L, 900_00L);
        assertThat(payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2024, 3), COUNTY)
                        .added())
                .as("a second run adds nothing")
                .isZero();
        Payrolls.Generated april = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2024, 4), COUNTY);
        assertThat(amounts(april.payrollId(), widow)).as("only April is new").containsExactly(900_00L);
    }

    @Test
    void aRaiseEffectiveInAPaidMonthIsPaidAsAnAdjustmentOnce() {
        long family = fixtures.recipient("补差甲", LIZE_VILLAGE, 500_00, YearMonth.of(2025, 2), "13905431011");
        long february = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2025, 2), COUNTY)
                .payrollId();
        assertThat(amounts(february, family)).containsExactly(500_00L);

        fixtures.amountChange(family, 600_00, YearMonth.of(2025, 2));
        long march = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2025, 3), COUNTY)
                .payrollId();
        assertThat(kindsAndAmounts(march, family))
                .containsExactly("2025-02-01 ADJUSTMENT 10000", "2025-03-01 REGULAR 60000");
        assertThat(payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2025, 3), COUNTY)
                        .added())
                .as("a second run adds no second adjustment")
                .isZero();

        fixtures.amountChange(family, 650_00, YearMonth.of(2025, 2));
        long april = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2025, 4), COUNTY)
                .payrollId();
        assertThat(kindsAndAmounts(april, family))
                .containsExactly(
                        "2025-02-01 ADJUSTMENT 5000", "2025-03-01 ADJUSTMENT 5000", "2025-04-01 REGULAR 65000");

        fixtures.amountChange(family, 400_00, YearMonth.of(2025, 2));
        long may = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2025, 5), COUNTY)
                .payrollId();
        assertThat(kindsAndAmounts(may, family))
                .as("a cut adds no negative payment")
                .containsExactly("2025-05-01 REGULAR 40000");
    }

    @Test
    void suspendedMonthsAreNotPaidAndResumedOnesAre() {
        long family = fixtures.recipient("工资乙", LIZE_VILLAGE, 500_00, YearMonth.of(2024, 5), "13905431002");
        fixtures.event(family, "SUSPENDED", YearMonth.of(2024, 6));
        fixtures.event(family, "RESUMED", YearMonth.of(2024, 8));

        Payrolls.Generated august = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2024, 8), COUNTY);

        assertThat(months(august.payrollId(), family)).containsExactly("2024-05-01", "2024-08-01");
    }

    @Test
    void theDatabaseRefusesASecondPaymentForTheSameMonth() {
        long family = fixtures.recipient("工资丙", LIZE_VILLAGE, 500_00, YearMonth.of(2024, 9), null);
        Payrolls.Generated september = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2024, 9), COUNTY);

        assertThatThrownBy(() ->
                        jdbc.sql("""
                                insert into payment.payments (payroll_id, recipient_id, case_number, village_code,
                                    programme, for_month, amount_fen, account_id, county_code)
                                select payroll_id, recipient_id, case_number, village_code, programme, for_month,
                                       amount_fen, account_id, county_code
                                from payment.payments where payroll_id = ? and recipient_id = ?""").param(september.payrollId()).param(family).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void recipientsWithoutAnAccountAreLeftOutAndCounted() {
        long withAccount = fixtures.recipient("工资戊", LIZE_VILLAGE, 600_00, YearMonth.of(2024, 11), null);
        jdbc.sql("delete from payment.accounts where recipient_id = ?")
                .param(withAccount)
                .update();

        Payrolls.Generated november = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2024, 11), COUNTY);

        assertThat(amounts(november.payrollId(), withAccount)).isEmpty();
        assertThat(november.withoutAccount()).isPositive();
    }

    @Test
    void anApprovedPayrollGoesToTheBankWithAControlTotalAndIsSettledFromTheReturnFile() throws Exception {
        YearMonth month = YearMonth.of(2024, 12);
        long paid = fixtures.recipient("工资己", LIZE_VILLAGE, 700_00, month, "13905431006");
        long failed = fixtures.recipient("工资庚", PENGLI_COMMUNITY, 650_50, month, "13905431007");
        long quiet = fixtures.recipient("工资辛", LIZE_VILLAGE, 300_00, month, "13905431008");
        jdbc.sql("update payment.accounts set sms_opt_out = true where recipient_id = ?")
                .param(quiet)
                .update();
        long id = payrolls.generate(BINCHENG, Programme.DIBAO, month, COUNTY).payrollId();
        assertThatThrownBy(() -> payrolls.send(id, COUNTY))
                .extracting("messageKey")
                .isEqualTo("payment.refused.notApproved");

        payrolls.approve(id, payrolls.find(id, COUNTY).version(), COUNTY);
        assertThatThrownBy(() -> payrolls.generate(BINCHENG, Programme.DIBAO, month, COUNTY))
                .extracting("messageKey")
                .isEqualTo("payment.refused.notDraft");
        PayrollRepository.Batch batch = payrolls.send(id, COUNTY);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        payrolls.write(id, batch.id(), false, file, COUNTY);

        List<String> lines = file.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> mine = lines.stream().filter(line -> line.contains("工资")).toList();
        assertThat(mine).hasSize(3);
        assertThat(mine)
                .anySatisfy(line -> assertThat(line).contains("6228480" + String.format("%012d", paid), "700.00"));
        String total = lines.get(lines.size() - 1);
        assertThat(total)
                .startsWith("合计," + batch.count() + ",," + batch.total().toYuanString());
        assertThat(audit("pii.reveal.bank-file")).isPositive();

        long paidPayment = fixtures.payments(id, paid).get(0);
        long failedPayment = fixtures.payments(id, failed).get(0);
        long quietPayment = fixtures.payments(id, quiet).get(0);
        String returned = String.join(
                "\n",
                "流水号,金额（元）,结果,失败原因,银行流水号",
                paidPayment + ",700.00,成功,,B001",
                failedPayment + ",650.50,失败,账户已销户,B002",
                quietPayment + ",300.00,成功,,B003",
                "999999999,10.00,成功,,B004",
                paidPayment + ",700.00,成功,,B001",
                failedPayment + ",1.00,成功,,B005");
        Payrolls.ReturnReport report = payrolls.settle(id, lines(returned), COUNTY, LocalDate.of(2024, 12, 20));

        assertThat(report.paid()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.messages())
                .as("the household that opted out gets none")
                .isEqualTo(1);
        assertThat(report.problems())
                .extracting(BankReturn.Problem::messageKey)
                .containsExactly("payment.return.unknown", "payment.return.duplicate", "payment.return.duplicate");
        assertThat(status(paidPayment)).isEqualTo("PAID");
        assertThat(status(failedPayment)).isEqualTo("FAILED");
        String text = jdbc.sql("select text from notification.sms_outbox where reference = ?")
                .param("payment-" + paidPayment)
                .query(String.class)
                .single();
        assertThat(text)
                .contains(
                        "最低生活保障",
                        "2024年12月",
                        "¥700.00",
                        "尾号" + String.format("%012d", paid).substring(8));

        Payrolls.ReturnReport again = payrolls.settle(id, lines(returned), COUNTY, LocalDate.of(2024, 12, 21));
        assertThat(again.paid()).isZero();
        assertThat(again.alreadySettled()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from notification.sms_outbox where reference = ?")
                        .param("payment-" + paidPayment)
                        .query(Long.class)
                        .single())
                .as("no second message")
                .isEqualTo(1);

        accounts.save(failed, "中国农业银行滨州分行", "工资庚", new BankAccountNumber("622848011112222333"), false, 0, COUNTY);
        assertThat(payrolls.reissue(id, COUNTY)).isEqualTo(1);
        PayrollRepository.Batch second = payrolls.send(id, COUNTY);
        assertThat(second.reissue()).isTrue();
        assertThat(second.count()).isEqualTo(1);
        payrolls.settle(id, lines("流水号,金额（元）,结果\n" + failedPayment + ",650.50,成功"), COUNTY, LocalDate.of(2024, 12, 28));
        assertThat(status(failedPayment)).isEqualTo("PAID");
    }

    @Test
    void aTownshipSeesItsOwnShareAndCannotTakeCountySteps() {
        YearMonth month = YearMonth.of(2024, 7);
        fixtures.recipient("工资壬", LIZE_VILLAGE, 400_00, month, null);
        fixtures.recipient("工资癸", PENGLI_COMMUNITY, 450_00, month, null);
        long id = payrolls.generate(BINCHENG, Programme.DIBAO, month, COUNTY).payrollId();
        DataScope lize = new DataScope(org.minzheng.shared.RegionCode.of("371602012"));

        List<Totals> seen = payrolls.totals(id, lize);
        assertThat(seen.subList(1, seen.size()))
                .extracting(t -> t.place().significantDigits())
                .containsOnly("371602012");
        assertThatThrownBy(() -> payrolls.approve(id, 0, lize)).hasMessageContaining("county");
        assertThatThrownBy(() -> payrolls.find(id, new DataScope(org.minzheng.shared.RegionCode.of("371603"))))
                .hasMessageContaining("payroll");
    }

    private List<Long> amounts(long payrollId, long recipientId) {
        return jdbc.sql(
                        "select amount_fen from payment.payments where payroll_id = ? and recipient_id = ? order by for_month")
                .param(payrollId)
                .param(recipientId)
                .query(Long.class)
                .list();
    }

    private List<String> kindsAndAmounts(long payrollId, long recipientId) {
        return jdbc.sql("select for_month::text || ' ' || kind || ' ' || amount_fen from payment.payments"
                        + " where payroll_id = ? and recipient_id = ? order by for_month, kind")
                .param(payrollId)
                .param(recipientId)
                .query(String.class)
                .list();
    }

    private List<String> months(long payrollId, long recipientId) {
        return jdbc.sql("select for_month::text from payment.payments where payroll_id = ? and recipient_id = ?"
                        + " order by for_month")
                .param(payrollId)
                .param(recipientId)
                .query(String.class)
                .list();
    }

    private String status(long paymentId) {
        return jdbc.sql("select status from payment.payments where id = ?")
                .param(paymentId)
                .query(String.class)
                .single();
    }

    private long audit(String action) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    private static List<Spreadsheet.Line> lines(String csv) throws Spreadsheet.UnreadableFileException {
        return Spreadsheet.read(csv.getBytes(StandardCharsets.UTF_8), Spreadsheet.Format.CSV, 1000);
    }
}
