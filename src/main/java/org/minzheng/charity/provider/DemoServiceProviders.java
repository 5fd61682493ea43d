package org.minzheng.charity.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.charity.ledger.FundBalance;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.shared.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO DATA. Six made-up service providers of the demo charity federation; for every running demo project one
 * awarded tender with its bids and a contract of four deliverables, the first accepted and paid and the second
 * accepted and partly paid (about a third of the contract), never more than the project fund holds; and an open
 * tender on the fundraising demo project. Runs after the demo donations have filled the funds; once.
 */
@Component
@Order(76)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoServiceProviders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoServiceProviders.class);
    private static final String BY = "demo";

    /** Name, kind, contact; the credit codes are generated with a valid check character and belong to no one. */
    private static final List<String[]> PROVIDERS = List.of(
            new String[] {"滨州市乐龄社会工作服务中心（演示）", "SOCIAL_WORK", "孟晓婷", "0543-3181001"},
            new String[] {"滨州颐康居家养老服务中心（演示）", "ELDER_CARE", "侯建军", "0543-3181002"},
            new String[] {"滨州仁心康复医疗服务中心（演示）", "MEDICAL", "房丽娜", "0543-3181003"},
            new String[] {"滨州启明教育培训学校（演示）", "EDUCATION", "薛文博", "0543-3181004"},
            new String[] {"滨州市暖心志愿服务协会（演示）", "VOLUNTEER", "毕海燕", "0543-3181005"},
            new String[] {"滨城区阳光家园社工服务社（演示）", "SOCIAL_WORK", "尹志刚", "0543-3181006"});

    /** Project name, the service bought, the providers invited (indexes into PROVIDERS). */
    private static final List<Object[]> AWARDED = List.of(
            new Object[] {"一米阳光·居家安养（演示）", "困难老人上门照护与助餐服务（演示）", new int[] {1, 0, 2}},
            new Object[] {"一米阳光·助学圆梦（演示）", "困难学生课业辅导与心理关爱服务（演示）", new int[] {3, 0}},
            new Object[] {"滨城区困境儿童关爱（演示）", "困境儿童陪伴成长服务（演示）", new int[] {5, 4, 0}});

    private static final String FUNDRAISING = "一米阳光·大病帮扶（演示）";

    private final JdbcClient jdbc;
    private final TenderRepository tenders;
    private final FundLedger ledger;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoServiceProviders(
            JdbcClient jdbc,
            TenderRepository tenders,
            FundLedger ledger,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.tenders = tenders;
        this.ledger = ledger;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from charity.providers where demo)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        transaction.executeWithoutResult(status -> load(LocalDate.now(clock)));
        log.info("Loaded the demo service providers and tenders");
    }

    private void load(LocalDate today) {
        List<Long> providers = new ArrayList<>();
        for (int i = 0; i < PROVIDERS.size(); i++) {
            providers.add(provider(i, PROVIDERS.get(i)));
        }
        for (Object[] awarded : AWARDED) {
            project((String) awarded[0])
                    .filter(TenderProject::running)
                    .ifPresent(p -> awarded(p, (String) awarded[1], (int[]) awarded[2], providers, today));
        }
        project(FUNDRAISING).filter(p -> "FUNDRAISING".equals(p.status())).ifPresent(p -> open(p, providers, today));
    }

    private long provider(int index, String[] facts) {
        String first17 = "52371600MJY00" + String.format("%03d", index + 1) + "1";
        return jdbc.sql("""
                        insert into charity.providers (name, credit_code, kind, contact_name, contact_phone, address,
                            region_code, demo, created_by)
                        values (:name, :code, :kind, :contact, :phone, :address, :region, true, :by)
                        returning id
                        """)
                .param("name", facts[0])
                .param("code", first17 + CreditCode.checkChar(first17))
                .param("kind", facts[1])
                .param("contact", facts[2])
                .param("phone", facts[3])
                .param("address", "滨州市滨城区黄河五路" + (100 + index * 12) + "号（演示）")
                .param("region", index == 5 ? "371602000000" : "371600000000")
                .param("by", BY)
                .query(Long.class)
                .single();
    }

    private Optional<TenderProject> project(String name) {
        return jdbc.sql("""
                        select id, name, status, budget_fen, region_code, starts_on, ends_on
                        from charity.projects where name = :name and demo
                        """)
                .param("name", name)
                .query((rs, n) -> new TenderProject(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .optional();
    }

    private void awarded(TenderProject project, String title, int[] invited, List<Long> providers, LocalDate today) {
        LocalDate closes = min(project.startsOn().plusDays(20), today.minusDays(10));
        LocalDate opens = closes.minusDays(20);
        long ceiling = project.budgetFen() * 4 / 10;
        long tender = tender(project, title, ceiling, opens, closes, "AWARDED");
        long winner = 0;
        long winnerAmount = 0;
        for (int i = 0; i < invited.length; i++) {
            long amount = ceiling * (96 - i * 4) / 100 / 100 * 100;
            int score = i == 0 ? 91 : 84 - i * 5;
            long bid = bid(tender, providers.get(invited[i]), amount, score, opens.plusDays(3 + i));
            if (i == 0) {
                winner = bid;
                winnerAmount = amount;
            }
        }
        LocalDate signed = min(closes.plusDays(3), today);
        LocalDate starts = max(signed, project.startsOn());
        LocalDate ends = project.endsOn();
        String number = tenders.nextContractNumber(project.regionCode(), signed.getYear());
        long contract = jdbc.sql("""
                        insert into charity.contracts (tender_id, bid_id, project_id, provider_id, number, amount_fen,
                            signed_on, starts_on, ends_on, created_by)
                        select :tender, :bid, :project, provider_id, :number, :amount, :signed, :starts, :ends, :by
                        from charity.bids where id = :bid
                        returning id
                        """)
                .param("tender", tender)
                .param("bid", winner)
                .param("project", project.id())
                .param("number", number)
                .param("amount", winnerAmount)
                .param("signed", signed)
                .param("starts", starts)
                .param("ends", ends)
                .param("by", BY)
                .query(Long.class)
                .single();
        long quarter = winnerAmount / 4;
        long days = Math.max(ends.toEpochDay() - starts.toEpochDay(), 4);
        long[] ids = new long[4];
        String[] names = {"服务方案与对象建档（演示）", "第一阶段服务及台账（演示）", "第二阶段服务及台账（演示）", "终期服务总结与评估报告（演示）"};
        for (int i = 0; i < 4; i++) {
            long amount = i == 3 ? winnerAmount - quarter * 3 : quarter;
            LocalDate due = starts.plusDays(days * (i + 1) / 4);
            ids[i] = deliverable(contract, names[i], due, amount, i < 2 ? min(due, today) : null);
        }
        Optional<FundBalance> fund = ledger.ofProject(project.id());
        if (fund.isEmpty() || fund.get().balanceFen() <= 0) {
            return;
        }
        long balance = fund.get().balanceFen();
        long first = Math.min(quarter, balance);
        pay(project, contract, ids[0], first, signed.plusDays(days / 4 + 2), "PZ-DEMO-" + contract + "-1", today);
        long second = Math.min(winnerAmount * 35 / 100 - first, balance - first);
        if (second > 0) {
            pay(
                    project,
                    contract,
                    ids[1],
                    Math.min(second, quarter),
                    signed.plusDays(days / 2 + 2),
                    "PZ-DEMO-" + contract + "-2",
                    today);
        }
    }

    private void open(TenderProject project, List<Long> providers, LocalDate today) {
        long ceiling = project.budgetFen() * 3 / 10;
        long tender = tender(project, "大病患者家庭医疗康复指导服务（演示）", ceiling, today.minusDays(5), today.plusDays(14), "OPEN");
        bid(tender, providers.get(2), ceiling * 93 / 100 / 100 * 100, null, today.minusDays(2));
    }

    private long tender(
            TenderProject project, String title, long ceiling, LocalDate opens, LocalDate closes, String status) {
        return jdbc.sql("""
                        insert into charity.tenders (project_id, title, scope, ceiling_fen, opens_on, closes_on, status,
                            created_by)
                        values (:project, :title, :scope, :ceiling, :opens, :closes, :status, :by)
                        returning id
                        """)
                .param("project", project.id())
                .param("title", title)
                .param("scope", "按项目实施方案向服务对象提供专业服务，按季度接受第三方评估，服务台账和资金使用接受监督。（演示）")
                .param("ceiling", ceiling)
                .param("opens", opens)
                .param("closes", closes)
                .param("status", status)
                .param("by", BY)
                .query(Long.class)
                .single();
    }

    private long bid(long tender, long provider, long amount, Integer score, LocalDate submitted) {
        return jdbc.sql("""
                        insert into charity.bids (tender_id, provider_id, amount_fen, proposal, score, submitted_on,
                            recorded_by)
                        values (:tender, :provider, :amount, :proposal, :score, :submitted, :by)
                        returning id
                        """)
                .param("tender", tender)
                .param("provider", provider)
                .param("amount", amount)
                .param("proposal", "组建专职服务团队，制定个案服务计划，每月入户服务并留存台账。（演示）")
                .param("score", score)
                .param("submitted", submitted)
                .param("by", BY)
                .query(Long.class)
                .single();
    }

    private long deliverable(long contract, String description, LocalDate due, long amount, LocalDate delivered) {
        return jdbc.sql("""
                        insert into charity.deliverables (contract_id, description, due_on, amount_fen, delivered_on,
                            accepted_by, accepted_at)
                        values (:contract, :description, :due, :amount, :delivered, :by,
                                case when :accepted then now() end)
                        returning id
                        """)
                .param("contract", contract)
                .param("description", description)
                .param("due", due)
                .param("amount", amount)
                .param("delivered", delivered)
                .param("by", delivered == null ? null : BY)
                .param("accepted", delivered != null)
                .query(Long.class)
                .single();
    }

    private void pay(
            TenderProject project,
            long contract,
            long deliverable,
            long amount,
            LocalDate paidOn,
            String voucher,
            LocalDate today) {
        if (amount <= 0) {
            return;
        }
        long payment = jdbc.sql("""
                        insert into charity.payments (contract_id, project_id, deliverable_id, amount_fen, paid_on,
                            voucher_number, note, paid_by)
                        values (:contract, :project, :deliverable, :amount, :paid, :voucher, :note, :by)
                        returning id
                        """)
                .param("contract", contract)
                .param("project", project.id())
                .param("deliverable", deliverable)
                .param("amount", amount)
                .param("paid", min(paidOn, today))
                .param("voucher", voucher)
                .param("note", "按验收结果支付（演示）")
                .param("by", BY)
                .query(Long.class)
                .single();
        ledger.pay(ledger.projectFund(project.id()), payment, amount, BY);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
