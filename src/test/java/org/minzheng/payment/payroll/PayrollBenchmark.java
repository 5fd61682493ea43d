package org.minzheng.payment.payroll;

import java.time.YearMonth;
import java.util.Locale;
import javax.sql.DataSource;
import org.minzheng.MinzhengApplication;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.RegionCode;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A month's payroll for many recipients (default 1,000,000) next to the bare PostgreSQL baseline: an
 * {@code INSERT … SELECT} of the same rows into a table of the same shape, without the amount in force,
 * the suspension check, the arrears months or the conflict handling. Run by {@code bench/payroll.sh};
 * not a test.
 */
public final class PayrollBenchmark {

    private static final YearMonth MONTH = YearMonth.of(2030, 1);
    private static final RegionCode COUNTY = RegionCode.of("371603");

    public static void main(String[] args) {
        int recipients = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MinzhengApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("dev", "test")
                .properties("minzheng.demo-data.enabled=false", "server.port=0", "logging.level.root=WARN")
                .run();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            PayrollRepository repository = context.getBean(PayrollRepository.class);
            load(jdbc, recipients);

            // Both statements read the same generated recipients only: the case numbers dated 2030.
            long bare = time(() -> jdbc.update("""
                    insert into bench_payments (payroll_id, recipient_id, case_number, village_code, programme,
                                                for_month, amount_fen, account_id, county_code)
                    select 0, r.id, r.case_number, r.village_code, r.programme, r.start_month, r.amount_fen, a.id,
                           left(r.village_code, 6)
                    from assistance.recipients r join payment.accounts a on a.recipient_id = r.id
                    where r.village_code like '371603%'
                    """));
            long payroll = repository.findOrCreate(COUNTY, Programme.DIBAO, MONTH, "bench");
            int[] added = new int[1];
            long ours = time(() -> added[0] = repository.generate(payroll, COUNTY, Programme.DIBAO, MONTH));
            long rerun = time(() -> repository.generate(payroll, COUNTY, Programme.DIBAO, MONTH));
            if (added[0] != recipients) {
                throw new IllegalStateException("generated " + added[0] + " payments for " + recipients);
            }
            System.out.printf(Locale.ROOT, "recipients                          %,d%n", recipients);
            System.out.printf(
                    Locale.ROOT,
                    "bare INSERT ... SELECT (baseline)   %,d ms  %,.0f rows/s%n",
                    bare,
                    rate(recipients, bare));
            System.out.printf(
                    Locale.ROOT,
                    "payroll generation                  %,d ms  %,.0f rows/s%n",
                    ours,
                    rate(recipients, ours));
            System.out.printf(Locale.ROOT, "payroll re-run (adds nothing)       %,d ms%n", rerun);
            System.out.printf(Locale.ROOT, "ratio generation / bare (time)      %.2f%n", (double) ours / bare);
        } finally {
            context.close();
        }
    }

    /** Recipients of one county (沾化区, which the demo data leaves alone) with their enrolment and a bank account. */
    private static void load(JdbcTemplate jdbc, int count) {
        jdbc.execute("""
                insert into assistance.recipients (case_number, village_code, programme, kind, head_name, amount_fen,
                                                   start_month, status, review_cycle, next_review_due)
                select 'MZ20300101-' || lpad(g::text, 7, '0'), '371603100' || lpad((g % 300)::text, 3, '0'),
                       'DIBAO', 'MONTHLY', '基准' || g, 50000 + (g % 500) * 100, date '2030-01-01', 'ACTIVE',
                       'YEARLY', date '2031-01-01'
                from generate_series(1, ?) g
                """.replace("?", Integer.toString(count)));
        jdbc.execute("""
                insert into assistance.recipient_events (recipient_id, event, effective_month, amount_after_fen)
                select id, 'ENROLLED', start_month, amount_fen from assistance.recipients
                where case_number like 'MZ20300101-%'
                """);
        jdbc.execute("""
                insert into payment.accounts (recipient_id, village_code, bank_name, holder_name, account_cipher,
                                              account_masked)
                select id, village_code, '基准银行', head_name, '\\x00'::bytea, '6228 **** **** 0000'
                from assistance.recipients where case_number like 'MZ20300101-%'
                """);
        jdbc.execute("create table bench_payments (like payment.payments including all)");
        jdbc.execute("analyze");
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double rate(int rows, long millis) {
        return rows * 1000.0 / Math.max(1, millis);
    }
}
