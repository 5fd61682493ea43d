package org.minzheng.childwelfare.funding;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Funds, budgets and allocations read for the funding pages; every child read is limited to a data scope. */
@Repository
class FundingRepository {

    /** A child of the year: in care at some time during it. */
    record ChildOfYear(
            long id,
            String name,
            String roomName,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            FundEligibility.Child facts) {}

    /** One session's part paid by a fund, for a claim. */
    record ClaimLine(
            long sessionId,
            LocalDate day,
            long childId,
            String childName,
            String therapy,
            int minutes,
            long sessionCostFen,
            long amountFen) {}

    private final JdbcClient jdbc;

    FundingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FundEligibility.Fund> funds() {
        return FundEligibility.funds(jdbc);
    }

    Optional<FundEligibility.Fund> fund(String code) {
        return funds().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    private static final String CHILD = """
            select c.id, c.name, r.name as room, c.admitted_on, c.discharged_on, c.birth_date, c.guardianship,
                   c.disability_type, c.rehab_assistance_registered, c.medical_insurance_enrolled
            from childwelfare.children c
            left join childwelfare.rooms r on r.id = c.room_id
            """;

    List<ChildOfYear> children(DataScope scope, int year) {
        return jdbc.sql(CHILD + """
                        where c.region_code like :prefix || '%'
                          and c.admitted_on <= :end and (c.discharged_on is null or c.discharged_on >= :start)
                        order by c.name, c.id
                        """)
                .param("prefix", scope.prefix())
                .param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31))
                .query((rs, n) -> child(rs))
                .list();
    }

    Optional<ChildOfYear> child(long id, DataScope scope) {
        return jdbc.sql(CHILD + " where c.id = :id and c.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query((rs, n) -> child(rs))
                .optional();
    }

    private static ChildOfYear child(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ChildOfYear(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("room"),
                rs.getObject("admitted_on", LocalDate.class),
                rs.getObject("discharged_on", LocalDate.class),
                new FundEligibility.Child(
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("guardianship"),
                        rs.getString("disability_type"),
                        rs.getBoolean("rehab_assistance_registered"),
                        rs.getBoolean("medical_insurance_enrolled")));
    }

    /** Spending per child and fund in the year; the key's fund part is "" for the home's own. */
    Map<Long, Map<String, Long>> spending(DataScope scope, int year) {
        Map<Long, Map<String, Long>> spent = new HashMap<>();
        jdbc.sql("""
                        select a.child_id, coalesce(a.fund_code, ''), sum(a.amount_fen)
                        from childwelfare.allocations a
                        join childwelfare.children c on c.id = a.child_id
                        where a.year = :year and c.region_code like :prefix || '%'
                        group by a.child_id, a.fund_code
                        """).param("year", year).param("prefix", scope.prefix()).query(rs -> {
            spent.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        return spent;
    }

    /** Approved budgets per child and fund in the year. */
    Map<Long, Map<String, Long>> budgets(DataScope scope, int year) {
        Map<Long, Map<String, Long>> budgets = new HashMap<>();
        jdbc.sql("""
                        select b.child_id, b.fund_code, b.cap_fen
                        from childwelfare.budgets b
                        join childwelfare.children c on c.id = b.child_id
                        where b.year = :year and c.region_code like :prefix || '%'
                        """).param("year", year).param("prefix", scope.prefix()).query(rs -> {
            budgets.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        return budgets;
    }

    /** Per month of the year: what each fund paid for the child ("" the home's own). */
    Map<Integer, Map<String, Long>> monthly(long childId, int year) {
        Map<Integer, Map<String, Long>> months = new HashMap<>();
        jdbc.sql("""
                        select extract(month from s.session_date)::int, coalesce(a.fund_code, ''), sum(a.amount_fen)
                        from childwelfare.allocations a
                        join childwelfare.sessions s on s.id = a.session_id
                        where a.child_id = :child and a.year = :year
                        group by 1, a.fund_code
                        """).param("child", childId).param("year", year).query(rs -> {
            months.computeIfAbsent(rs.getInt(1), m -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        return months;
    }

    /** The day each fund's cap was reached, if it was. */
    Map<String, LocalDate> capReachedOn(long childId, int year, Map<String, Long> caps) {
        Map<String, LocalDate> reached = new HashMap<>();
        for (var cap : caps.entrySet()) {
            if (cap.getValue() <= 0) {
                continue;
            }
            jdbc.sql("""
                            select day from (
                                select s.session_date as day,
                                       sum(a.amount_fen) over (order by s.session_date, s.id) as running
                                from childwelfare.allocations a
                                join childwelfare.sessions s on s.id = a.session_id
                                where a.child_id = :child and a.year = :year and a.fund_code = :fund
                            ) t where running >= :cap order by day limit 1
                            """)
                    .param("child", childId)
                    .param("year", year)
                    .param("fund", cap.getKey())
                    .param("cap", cap.getValue())
                    .query((rs, n) -> rs.getObject(1, LocalDate.class))
                    .optional()
                    .ifPresent(day -> reached.put(cap.getKey(), day));
        }
        return reached;
    }

    List<ClaimLine> claim(String fund, YearMonth month, DataScope scope) {
        return jdbc.sql("""
                        select s.id, s.session_date, c.id as child_id, c.name, t.name_zh, s.minutes, s.cost_fen,
                               a.amount_fen
                        from childwelfare.allocations a
                        join childwelfare.sessions s on s.id = a.session_id
                        join childwelfare.children c on c.id = a.child_id
                        join childwelfare.therapy_types t on t.code = s.therapy_code
                        where a.fund_code = :fund and s.session_date >= :from and s.session_date < :to
                          and c.region_code like :prefix || '%'
                        order by c.name, c.id, s.session_date, s.id
                        """)
                .param("fund", fund)
                .param("from", Date.valueOf(month.atDay(1)))
                .param("to", Date.valueOf(month.plusMonths(1).atDay(1)))
                .param("prefix", scope.prefix())
                .query((rs, n) -> new ClaimLine(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getLong(7),
                        rs.getLong(8)))
                .list();
    }

    void setBudget(long childId, int year, String fund, long capFen, String note, String staff) {
        jdbc.sql("""
                        insert into childwelfare.budgets (child_id, year, fund_code, cap_fen, note, set_by)
                        values (:child, :year, :fund, :cap, :note, :staff)
                        on conflict (child_id, year, fund_code)
                        do update set cap_fen = excluded.cap_fen, note = excluded.note, set_by = excluded.set_by,
                                      set_at = now()
                        """)
                .param("child", childId)
                .param("year", year)
                .param("fund", fund)
                .param("cap", capFen)
                .param("note", note)
                .param("staff", staff)
                .update();
    }

    void updateFund(String code, long capFen, int minAge, int maxAge, double warnShare) {
        jdbc.sql("""
                        update childwelfare.funds
                        set annual_cap_fen = :cap, min_age = :min, max_age = :max, warn_below_share = :warn
                        where code = :code
                        """)
                .param("cap", capFen)
                .param("min", minAge)
                .param("max", maxAge)
                .param("warn", warnShare)
                .param("code", code)
                .update();
    }

    /** Moves a fund one place earlier in the paying order, swapping with the one before it. */
    boolean moveEarlier(String code) {
        List<String> order =
                new ArrayList<>(funds().stream().map(FundEligibility.Fund::code).toList());
        int at = order.indexOf(code);
        if (at <= 0) {
            return false;
        }
        String before = order.get(at - 1);
        jdbc.sql("""
                        update childwelfare.funds f set pay_order = case when f.code = :a then -1 else f.pay_order end
                        where f.code = :a
                        """).param("a", code).update();
        jdbc.sql("update childwelfare.funds set pay_order = pay_order + 1 where code = :b")
                .param("b", before)
                .update();
        jdbc.sql("update childwelfare.funds set pay_order = :slot where code = :a")
                .param("slot", at)
                .param("a", code)
                .update();
        return true;
    }
}
