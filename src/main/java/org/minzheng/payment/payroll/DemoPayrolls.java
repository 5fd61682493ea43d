package org.minzheng.payment.payroll;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.assistance.Programme;
import org.minzheng.payment.payroll.PayrollRepository.BankLine;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * DEMO DATA. Runs 滨城区's payrolls for the demo recipients month by month up to this month through the
 * real steps (generate, approve, bank file, return file with every line paid on the 10th), so that
 * the paid ledger, the public lists and the personal benefit lists have months of history. Next
 * month's payroll is left for the user to run.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoPayrolls implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPayrolls.class);
    private static final RegionCode BINCHENG = RegionCode.of("371602");
    private static final DataScope COUNTY = new DataScope(BINCHENG);
    private static final int PAY_DAY = 10;

    private final Payrolls payrolls;
    private final PayrollRepository repository;
    private final JdbcClient jdbc;

    DemoPayrolls(Payrolls payrolls, PayrollRepository repository, JdbcClient jdbc) {
        this.payrolls = payrolls;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean ran = jdbc.sql("select exists (select 1 from payment.payrolls where generated_by = 'demo')")
                .query(Boolean.class)
                .single();
        LocalDate first = jdbc.sql("select min(start_month) from assistance.payable_recipients where demo")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (ran || first == null) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int payments = 0;
        for (YearMonth month = YearMonth.from(first);
                !month.isAfter(YearMonth.from(today));
                month = month.plusMonths(1)) {
            for (Programme programme : Programme.values()) {
                payments += run(programme, month, today);
            }
        }
        log.info("Ran demo payrolls of 滨城区 since {}: {} payments paid", YearMonth.from(first), payments);
    }

    private int run(Programme programme, YearMonth month, LocalDate today) {
        long id = repository.findOrCreate(BINCHENG, programme, month, "demo");
        if (repository.generate(id, BINCHENG, programme, month) == 0) {
            jdbc.sql("delete from payment.payrolls p where p.id = :id"
                            + " and not exists (select 1 from payment.payments x where x.payroll_id = p.id)")
                    .param("id", id)
                    .update();
            return 0;
        }
        payrolls.approve(id, payrolls.find(id, COUNTY).version(), COUNTY);
        PayrollRepository.Batch batch = payrolls.send(id, COUNTY);
        List<Line> returned = new ArrayList<>();
        for (BankLine line : repository.lines(batch.id())) {
            returned.add(new Line(
                    returned.size() + 2,
                    List.of(
                            String.valueOf(line.paymentId()),
                            Money.ofFen(line.amountFen()).toYuanString(),
                            BankReturn.PAID,
                            "",
                            "DEMO" + line.paymentId())));
        }
        LocalDate paidOn = month.atDay(PAY_DAY).isAfter(today) ? today : month.atDay(PAY_DAY);
        return payrolls.settle(id, returned, COUNTY, paidOn).paid();
    }
}
