package org.minzheng.lottery.incentive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.lottery.sales.SalesPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incentive rules, runs and lines, and the outlet figures a calculation needs. */
@Repository
class IncentiveRepository {

    private static final String RUN_COLUMNS = """
            r.id, r.period_start, r.period_end, r.status, r.total_fen, r.calculated_by, r.calculated_at,
            r.approved_by, r.approved_at, r.demo,
            (select count(*) from lottery.incentive_lines l where l.run_id = r.id) as line_count
            """;

    private final JdbcClient jdbc;

    IncentiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IncentiveRuleView> rules() {
        return jdbc.sql("""
                        select id, name, kind, outlet_kind, amount_fen, rate_permille, valid_from, valid_to, active,
                               demo, created_by
                        from lottery.incentive_rules order by active desc, kind, valid_from desc, id
                        """)
                .query((rs, n) -> new IncentiveRuleView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getString("outlet_kind"),
                        (Long) rs.getObject("amount_fen"),
                        (Integer) rs.getObject("rate_permille"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getBoolean("active"),
                        rs.getBoolean("demo"),
                        rs.getString("created_by")))
                .list();
    }

    List<IncentiveCalculation.Rule> activeRules() {
        return rules().stream()
                .filter(IncentiveRuleView::active)
                .map(r -> new IncentiveCalculation.Rule(
                        r.id(),
                        r.name(),
                        r.kind(),
                        r.outletKind(),
                        r.amountFen(),
                        r.ratePermille(),
                        r.validFrom(),
                        r.validTo()))
                .toList();
    }

    boolean ruleNameTaken(String name) {
        return jdbc.sql("select exists (select 1 from lottery.incentive_rules where name = :name)")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    long insertRule(
            String name,
            String kind,
            String outletKind,
            Long amountFen,
            Integer permille,
            LocalDate from,
            LocalDate to,
            String by,
            boolean demo) {
        return jdbc.sql("""
                        insert into lottery.incentive_rules (name, kind, outlet_kind, amount_fen, rate_permille,
                               valid_from, valid_to, created_by, demo)
                        values (:name, :kind, :outletKind, :amount, :rate, :from, :to, :by, :demo) returning id
                        """)
                .param("name", name)
                .param("kind", kind)
                .param("outletKind", outletKind)
                .param("amount", amountFen)
                .param("rate", permille)
                .param("from", from)
                .param("to", to)
                .param("by", by)
                .param("demo", demo)
                .query(Long.class)
                .single();
    }

    int deactivate(long id) {
        return jdbc.sql("update lottery.incentive_rules set active = false where id = :id and active")
                .param("id", id)
                .update();
    }

    List<IncentiveCalculation.Opened> opened(SalesPeriod month) {
        return jdbc.sql("""
                        select id, code, name, kind, opened_on, opened_by_team_id, opened_by_member_id
                        from lottery.outlets where opened_on between :from and :to order by id
                        """)
                .param("from", month.start())
                .param("to", month.end())
                .query((rs, n) -> new IncentiveCalculation.Opened(
                        rs.getLong("id"),
                        rs.getString("code") + " " + rs.getString("name"),
                        rs.getString("kind"),
                        rs.getObject("opened_on", LocalDate.class),
                        rs.getLong("opened_by_team_id"),
                        (Long) rs.getObject("opened_by_member_id")))
                .list();
    }

    List<IncentiveCalculation.Serviced> serviced(SalesPeriod month) {
        SalesPeriod baseline = month.baseline();
        return jdbc.sql("""
                        select o.id, o.code, o.name, o.kind, o.serviced_by_team_id, o.serviced_by_member_id,
                               x.current, x.baseline
                        from (select s.outlet_id,
                                     coalesce(sum(s.amount_fen) filter (where s.sales_date between :from and :to), 0)
                                         as current,
                                     coalesce(sum(s.amount_fen) filter (where s.sales_date between :bfrom and :bto), 0)
                                         as baseline
                              from lottery.sales s
                              where s.sales_date between :from and :to or s.sales_date between :bfrom and :bto
                              group by s.outlet_id) x
                        join lottery.outlets o on o.id = x.outlet_id
                        order by o.id
                        """)
                .param("from", month.start())
                .param("to", month.end())
                .param("bfrom", baseline.start())
                .param("bto", baseline.end())
                .query((rs, n) -> new IncentiveCalculation.Serviced(
                        rs.getLong("id"),
                        rs.getString("code") + " " + rs.getString("name"),
                        rs.getString("kind"),
                        rs.getLong("serviced_by_team_id"),
                        (Long) rs.getObject("serviced_by_member_id"),
                        rs.getLong("current"),
                        rs.getLong("baseline")))
                .list();
    }

    Optional<IncentiveRun> runOf(LocalDate periodStart) {
        return jdbc.sql("select " + RUN_COLUMNS + " from lottery.incentive_runs r where r.period_start = :start")
                .param("start", periodStart)
                .query(IncentiveRepository::run)
                .optional();
    }

    Optional<IncentiveRun> run(long id) {
        return jdbc.sql("select " + RUN_COLUMNS + " from lottery.incentive_runs r where r.id = :id")
                .param("id", id)
                .query(IncentiveRepository::run)
                .optional();
    }

    List<IncentiveRun> runs() {
        return jdbc.sql("select " + RUN_COLUMNS
                        + " from lottery.incentive_runs r order by r.period_start desc limit 60")
                .query(IncentiveRepository::run)
                .list();
    }

    long insertRun(SalesPeriod month, String by, boolean demo) {
        return jdbc.sql("""
                        insert into lottery.incentive_runs (period_start, period_end, calculated_by, calculated_at, demo)
                        values (:start, :end, :by, now(), :demo) returning id
                        """)
                .param("start", month.start())
                .param("end", month.end())
                .param("by", by)
                .param("demo", demo)
                .query(Long.class)
                .single();
    }

    /** Recalculation of a draft: its lines go, the new ones come; an approved run is never touched. */
    int resetDraft(long runId, String by) {
        jdbc.sql("delete from lottery.incentive_lines l using lottery.incentive_runs r"
                        + " where l.run_id = r.id and r.id = :id and r.status = 'DRAFT'")
                .param("id", runId)
                .update();
        return jdbc.sql("update lottery.incentive_runs set calculated_by = :by, calculated_at = now()"
                        + " where id = :id and status = 'DRAFT'")
                .param("id", runId)
                .param("by", by)
                .update();
    }

    void insertLines(long runId, List<IncentiveCalculation.Line> lines) {
        for (IncentiveCalculation.Line line : lines) {
            jdbc.sql("""
                            insert into lottery.incentive_lines (run_id, rule_id, team_id, member_id, outlet_id,
                                   basis_fen, amount_fen, detail)
                            values (:run, :rule, :team, :member, :outlet, :basis, :amount, :detail)
                            """)
                    .param("run", runId)
                    .param("rule", line.ruleId())
                    .param("team", line.teamId())
                    .param("member", line.memberId())
                    .param("outlet", line.outletId())
                    .param("basis", line.basisFen())
                    .param("amount", line.amountFen())
                    .param(
                            "detail",
                            line.detail().length() > 300 ? line.detail().substring(0, 300) : line.detail())
                    .update();
        }
        jdbc.sql("update lottery.incentive_runs set total_fen = (select coalesce(sum(amount_fen), 0)"
                        + " from lottery.incentive_lines where run_id = :id) where id = :id")
                .param("id", runId)
                .update();
    }

    int approve(long runId, String by) {
        return jdbc.sql("""
                        update lottery.incentive_runs set status = 'APPROVED', approved_by = :by, approved_at = now()
                        where id = :id and status = 'DRAFT' and calculated_by <> :by
                        """).param("id", runId).param("by", by).update();
    }

    List<IncentiveLineView> lines(long runId) {
        return jdbc.sql("""
                        select l.id, r.name as rule_name, r.kind as rule_kind, t.name as team_name, l.member_id,
                               m.name as member_name, o.code as outlet_code, o.name as outlet_name, l.basis_fen,
                               l.amount_fen, l.detail
                        from lottery.incentive_lines l
                        join lottery.incentive_rules r on r.id = l.rule_id
                        join lottery.teams t on t.id = l.team_id
                        left join lottery.team_members m on m.id = l.member_id
                        left join lottery.outlets o on o.id = l.outlet_id
                        where l.run_id = :id order by t.name, m.name nulls first, r.kind, o.code
                        """)
                .param("id", runId)
                .query((rs, n) -> new IncentiveLineView(
                        rs.getLong("id"),
                        rs.getString("rule_name"),
                        rs.getString("rule_kind"),
                        rs.getString("team_name"),
                        (Long) rs.getObject("member_id"),
                        rs.getString("member_name"),
                        rs.getString("outlet_code"),
                        rs.getString("outlet_name"),
                        (Long) rs.getObject("basis_fen"),
                        rs.getLong("amount_fen"),
                        rs.getString("detail")))
                .list();
    }

    List<IncentiveTotal> totals(long runId) {
        return jdbc.sql("""
                        select t.name as team_name, m.name as member_name,
                               coalesce(sum(l.amount_fen) filter (where r.kind = 'OPENING'), 0) as opening,
                               coalesce(sum(l.amount_fen) filter (where r.kind = 'PERFORMANCE'), 0) as performance,
                               count(distinct l.outlet_id) as outlets
                        from lottery.incentive_lines l
                        join lottery.incentive_rules r on r.id = l.rule_id
                        join lottery.teams t on t.id = l.team_id
                        left join lottery.team_members m on m.id = l.member_id
                        where l.run_id = :id
                        group by t.name, l.team_id, m.name, l.member_id
                        order by t.name, m.name nulls first
                        """)
                .param("id", runId)
                .query((rs, n) -> new IncentiveTotal(
                        rs.getString("team_name"),
                        rs.getString("member_name"),
                        rs.getLong("opening"),
                        rs.getLong("performance"),
                        rs.getInt("outlets")))
                .list();
    }

    private static IncentiveRun run(ResultSet rs, int n) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new IncentiveRun(
                rs.getLong("id"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getString("status"),
                rs.getLong("total_fen"),
                rs.getString("calculated_by"),
                rs.getTimestamp("calculated_at").toInstant(),
                rs.getString("approved_by"),
                approvedAt == null ? null : approvedAt.toInstant(),
                rs.getBoolean("demo"),
                rs.getInt("line_count"));
    }
}
