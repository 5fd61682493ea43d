package org.minzheng.childwelfare.funding;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates recorded sessions' costs to the funds, in the caller's transaction. Each child's row is locked
 * first, so two sessions of one child recorded at once cannot both spend the last of a cap. Other features
 * call {@link #allocate} right after inserting a session (and {@link #release} before changing one); a bulk
 * load calls {@link #allocateAll} once, which reads each child's funds and spending once and writes in
 * batches.
 */
@Service
public class FundAllocation {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    FundAllocation(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A session to allocate. */
    private record Session(long id, long childId, LocalDate day, long costFen) {}

    /** @return the shares written, the home's own part (fund null) last */
    @Transactional
    public List<FundAllocator.Share> allocate(long sessionId) {
        return allocateAll(List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /**
     * Allocates many sessions, each child's in the order they happened.
     *
     * @return the shares written per session
     */
    @Transactional
    public Map<Long, List<FundAllocator.Share>> allocateAll(List<Long> sessionIds) {
        Map<Long, List<FundAllocator.Share>> written = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return written;
        }
        Map<Long, List<Session>> byChild = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, child_id, session_date, cost_fen from childwelfare.sessions
                        where id = any(:ids) order by child_id, session_date, id
                        """)
                .param("ids", sessionIds.toArray(Long[]::new))
                .query((rs, n) ->
                        new Session(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getLong(4)))
                .list()
                .forEach(s -> byChild.computeIfAbsent(s.childId(), id -> new ArrayList<>())
                        .add(s));
        List<FundEligibility.Fund> funds = FundEligibility.funds(jdbc);
        List<Object[]> rows = new ArrayList<>();
        for (var entry : byChild.entrySet()) {
            long child = entry.getKey();
            FundEligibility.Child facts = lockAndRead(child);
            Map<Integer, Map<String, long[]>> years = new HashMap<>();
            for (Session session : entry.getValue()) {
                if (session.costFen() == 0) {
                    continue;
                }
                int year = session.day().getYear();
                Map<String, long[]> budget = years.computeIfAbsent(year, y -> capsAndSpending(child, y, funds));
                List<FundAllocator.Budget> eligible = new ArrayList<>();
                for (var fund : funds) {
                    if (fund.refusal(facts, session.day()).isEmpty()) {
                        long[] capUsed = budget.get(fund.code());
                        eligible.add(new FundAllocator.Budget(fund.code(), capUsed[0], capUsed[1]));
                    }
                }
                List<FundAllocator.Share> shares = FundAllocator.allocate(session.costFen(), eligible);
                for (var share : shares) {
                    if (share.fundCode() != null) {
                        budget.get(share.fundCode())[1] += share.amountFen();
                    }
                    rows.add(new Object[] {session.id(), share.fundCode(), child, year, share.amountFen()});
                }
                written.put(session.id(), shares);
            }
        }
        batch.batchUpdate(
                "insert into childwelfare.allocations (session_id, fund_code, child_id, year, amount_fen)"
                        + " values (?, ?, ?, ?, ?)",
                rows);
        return written;
    }

    /** Takes a session's allocations back, e.g. before its minutes are corrected and it is allocated again. */
    @Transactional
    public void release(long sessionId) {
        jdbc.sql("delete from childwelfare.allocations where session_id = :id")
                .param("id", sessionId)
                .update();
    }

    private FundEligibility.Child lockAndRead(long childId) {
        return jdbc.sql("""
                        select birth_date, guardianship, disability_type, rehab_assistance_registered,
                               medical_insurance_enrolled
                        from childwelfare.children where id = :id for update
                        """)
                .param("id", childId)
                .query((rs, n) -> new FundEligibility.Child(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5)))
                .single();
    }

    /** Per fund: {effective cap, spent so far} for the child and year. */
    private Map<String, long[]> capsAndSpending(long childId, int year, List<FundEligibility.Fund> funds) {
        Map<String, long[]> budget = new HashMap<>();
        for (var fund : funds) {
            budget.put(fund.code(), new long[] {fund.annualCapFen(), 0});
        }
        jdbc.sql("select fund_code, cap_fen from childwelfare.budgets where child_id = :child and year = :year")
                .param("child", childId)
                .param("year", year)
                .query(rs -> {
                    long[] capUsed = budget.get(rs.getString(1));
                    capUsed[0] = Math.min(capUsed[0], rs.getLong(2));
                });
        jdbc.sql("""
                        select fund_code, sum(amount_fen) from childwelfare.allocations
                        where child_id = :child and year = :year and fund_code is not null
                        group by fund_code
                        """).param("child", childId).param("year", year).query(rs -> {
            budget.get(rs.getString(1))[1] = rs.getLong(2);
        });
        return budget;
    }

    static int ageOn(LocalDate birth, LocalDate day) {
        return Period.between(birth, day).getYears();
    }
}
