package org.minzheng.disclosure;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payments the bank confirmed in 2019 in 杨柳雪镇 and 秦皇台乡 of 滨城区, which neither the demo data nor any
 * other test touches, written straight into the tables behind {@code payment.paid_ledger}. The recipients
 * ended in 2019, so no later payroll picks them up; {@link #removeAll} takes everything away again.
 */
public final class PaidListFixtures {

    public static final String YANGLIUXUE = "371602106";
    public static final String JIJIA_VILLAGE = "371602106201";
    public static final String SECOND_VILLAGE = "371602106202";
    public static final String QINHUANGTAI_VILLAGE = "371602203201";
    public static final YearMonth MARCH = YearMonth.of(2019, 3);
    public static final String CASE_PREFIX = "MZ20190909-";

    private static final String MARK = "disclosure-test";
    private static final AtomicInteger CASES = new AtomicInteger(900_000);

    private final JdbcClient jdbc;

    public PaidListFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The lists the tests read. 2019-03 低保 in 杨柳雪镇: 5 households, 10 persons (one size unrecorded),
     * ¥3,350.50; in 秦皇台乡 one demo household of 2 with ¥800.00. One 特困 household in March, one 低保
     * household again in February, one 临时救助 payment in April.
     */
    public void paySample() {
        removeAll();
        long wang = recipient("王秀英", JIJIA_VILLAGE, 3, "DIBAO", false);
        pay(wang, "DIBAO", MARCH, 70_000);
        pay(wang, "DIBAO", MARCH.minusMonths(1), 70_000);
        pay(recipient("王英", JIJIA_VILLAGE, 2, "DIBAO", false), "DIBAO", MARCH, 65_050);
        pay(recipient("李建国", JIJIA_VILLAGE, 1, "DIBAO", false), "DIBAO", MARCH, 50_000);
        pay(recipient("欧阳明华", SECOND_VILLAGE, 4, "DIBAO", false), "DIBAO", MARCH, 120_000);
        pay(recipient("张伟", SECOND_VILLAGE, null, "DIBAO", false), "DIBAO", MARCH, 30_000);
        pay(recipient("赵敏", QINHUANGTAI_VILLAGE, 2, "DIBAO", true), "DIBAO", MARCH, 80_000);
        pay(recipient("孙大海", JIJIA_VILLAGE, 1, "TEKUN", false), "TEKUN", MARCH, 110_000);
        pay(recipient("周芳", SECOND_VILLAGE, 3, "TEMPORARY", false), "TEMPORARY", MARCH.plusMonths(1), 200_000);
    }

    /** A household paid from March 2019, ended in December 2019; returns the recipient's id. */
    public long recipient(String name, String village, Integer size, String programme, boolean demo) {
        boolean oneOff = programme.equals("TEMPORARY");
        String caseNumber = CASE_PREFIX + CASES.incrementAndGet();
        long id = jdbc.sql("""
                        insert into assistance.recipients
                            (case_number, village_code, programme, kind, head_name, amount_fen, start_month, end_month,
                             status, review_cycle, demo, household_size)
                        values (:case, :village, :programme, :kind, :name, 10000, date '2019-01-01', date '2019-12-01',
                                'ENDED', :cycle, :demo, :size)
                        returning id
                        """)
                .param("case", caseNumber)
                .param("village", village)
                .param("programme", programme)
                .param("kind", oneOff ? "ONE_OFF" : "MONTHLY")
                .param("name", name)
                .param("cycle", oneOff ? null : "YEARLY")
                .param("demo", demo)
                .param("size", size)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into payment.accounts (recipient_id, village_code, bank_name, holder_name, account_cipher,
                                                      account_masked, demo)
                        values (:id, :village, '测试银行', :name, '\\x00'::bytea, '6228 **** **** 0000', :demo)
                        """)
                .param("id", id)
                .param("village", village)
                .param("name", name)
                .param("demo", demo)
                .update();
        return id;
    }

    /** A payment the bank confirmed, in the county's payroll of that programme and month. */
    public void pay(long recipientId, String programme, YearMonth month, long fen) {
        long payroll = jdbc.sql("""
                        insert into payment.payrolls (county_code, programme, month, status, generated_by)
                        values ('371602000000', :programme, :month, 'RECONCILED', :mark)
                        on conflict (county_code, programme, month) do update set status = payment.payrolls.status
                        returning id
                        """)
                .param("programme", programme)
                .param("month", month.atDay(1))
                .param("mark", MARK)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into payment.payments (payroll_id, recipient_id, case_number, village_code, programme,
                                                      for_month, amount_fen, account_id, status, paid_on, demo,
                                                      county_code)
                        select :payroll, r.id, r.case_number, r.village_code, :programme, :month, :fen, a.id, 'PAID',
                               :month + 9, r.demo, left(r.village_code, 6)
                        from assistance.recipients r join payment.accounts a on a.recipient_id = r.id
                        where r.id = :id
                        """)
                .param("payroll", payroll)
                .param("programme", programme)
                .param("month", month.atDay(1))
                .param("fen", fen)
                .param("id", recipientId)
                .update();
    }

    public void removeAll() {
        String mine = "select id from assistance.recipients where case_number like '" + CASE_PREFIX + "%'";
        jdbc.sql("delete from payment.payments where recipient_id in (" + mine + ")")
                .update();
        jdbc.sql("delete from payment.accounts where recipient_id in (" + mine + ")")
                .update();
        jdbc.sql("delete from assistance.recipient_events where recipient_id in (" + mine + ")")
                .update();
        jdbc.sql("delete from assistance.recipients where case_number like '" + CASE_PREFIX + "%'")
                .update();
        jdbc.sql("""
                        delete from payment.payrolls p where p.generated_by = :mark
                          and not exists (select 1 from payment.payments x where x.payroll_id = p.id)
                        """).param("mark", MARK).update();
    }
}
