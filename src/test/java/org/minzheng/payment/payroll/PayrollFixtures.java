package org.minzheng.payment.payroll;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolment;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.assistance.recipient.ReviewCycle;
import org.minzheng.payment.account.BankAccountNumber;
import org.minzheng.payment.account.BankAccounts;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recipients of 里则街村 enrolled through the real register, with bank accounts, for payroll tests.
 * Case numbers are dated 2001 and ID numbers carry address code 371625, which nothing else uses.
 */
final class PayrollFixtures {

    static final RegionCode BINCHENG = RegionCode.of("371602");
    static final RegionCode LIZE_VILLAGE = RegionCode.of("371602012201");
    static final RegionCode PENGLI_COMMUNITY = RegionCode.of("371602005001");
    static final DataScope COUNTY = new DataScope(BINCHENG);

    private final Enrolments enrolments;
    private final BankAccounts accounts;
    private final JdbcClient jdbc;

    PayrollFixtures(Enrolments enrolments, BankAccounts accounts, JdbcClient jdbc) {
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A 低保 household paid {@code monthlyFen} from {@code start}, with an account; returns the recipient id. */
    long recipient(String name, RegionCode village, long monthlyFen, YearMonth start, String phone) {
        CaseNumber number = new CaseNumber(
                String.format("MZ20010101-%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
        enrolments.enrol(new Enrolment(
                number,
                village,
                Programme.DIBAO,
                HukouType.RURAL,
                "测试路1号",
                List.of(new Enrolment.Member(name, IdNumber.parse(idNumber()), "02", WorkAbility.NONE, true)),
                phone == null ? null : new PhoneNumber(phone),
                monthlyFen,
                start,
                ReviewCycle.YEARLY,
                start.minusMonths(1).atEndOfMonth(),
                "bincheng",
                false));
        long id = jdbc.sql("select id from assistance.recipients where case_number = ?")
                .param(number.value())
                .query(Long.class)
                .single();
        accounts.save(
                id,
                "中国农业银行滨州分行",
                name,
                new BankAccountNumber("6228480" + String.format("%012d", id)),
                false,
                -1,
                COUNTY);
        return id;
    }

    /** Records a suspension or resumption in the register's history, effective from a month. */
    void event(long recipientId, String event, YearMonth from) {
        jdbc.sql("insert into assistance.recipient_events (recipient_id, event, effective_month) values (?, ?, ?)")
                .param(recipientId)
                .param(event)
                .param(from.atDay(1))
                .update();
    }

    void amountChange(long recipientId, long newFen, YearMonth from) {
        jdbc.sql("""
                        insert into assistance.recipient_events (recipient_id, event, effective_month, amount_after_fen)
                        values (?, 'AMOUNT_CHANGED', ?, ?)""").param(recipientId).param(from.atDay(1)).param(newFen).update();
    }

    List<Long> payments(long payrollId, long recipientId) {
        return jdbc.sql("select id from payment.payments where payroll_id = ? and recipient_id = ? order by for_month")
                .param(payrollId)
                .param(recipientId)
                .query(Long.class)
                .list();
    }

    static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371625%04d%02d%02d%03d",
                1940 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
