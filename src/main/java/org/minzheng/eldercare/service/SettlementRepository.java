package org.minzheng.eldercare.service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Providers with plans in a month, and the settlements confirmed for them. */
@Repository
class SettlementRepository {

    /** A provider with plans in the staff member's area in the month. */
    record ProviderMonth(long providerId, String providerName, String countyCode, int plans) {}

    /** A confirmed settlement's figures, frozen. */
    record Confirmed(
            long id,
            int plannedVisits,
            int deliveredVisits,
            long plannedFen,
            long payableFen,
            String confirmedBy,
            Instant confirmedAt) {}

    /** A bed's line: the elder and village are read live, the figures come from the settlement. */
    record BedLine(long planId, String elderName, String regionCode, int capabilityLevel) {}

    private final JdbcClient jdbc;

    SettlementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProviderMonth> providers(YearMonth month, DataScope scope) {
        return jdbc.sql("""
                        select p.id, p.name, p.county_code, count(sp.id) as plans
                        from eldercare.service_plans sp
                        join eldercare.providers p on p.id = sp.provider_id
                        where sp.month = :month and sp.region_code like :prefix || '%'
                        group by p.id, p.name, p.county_code
                        order by p.county_code, p.name
                        """)
                .param("month", month.atDay(1))
                .param("prefix", scope.prefix())
                .query((rs, n) -> new ProviderMonth(
                        rs.getLong("id"), rs.getString("name"), rs.getString("county_code"), rs.getInt("plans")))
                .list();
    }

    Optional<ProviderMonth> provider(long providerId, YearMonth month, DataScope scope) {
        return providers(month, scope).stream()
                .filter(p -> p.providerId() == providerId)
                .findFirst();
    }

    List<BedLine> beds(long providerId, YearMonth month, DataScope scope) {
        return jdbc.sql("""
                        select sp.id, e.name, sp.region_code, sp.capability_level
                        from eldercare.service_plans sp
                        join eldercare.beds b on b.id = sp.bed_id
                        join eldercare.elders e on e.id = b.elder_id
                        where sp.provider_id = :provider and sp.month = :month and sp.region_code like :prefix || '%'
                        order by sp.region_code, e.name, sp.id
                        """)
                .param("provider", providerId)
                .param("month", month.atDay(1))
                .param("prefix", scope.prefix())
                .query((rs, n) -> new BedLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    Optional<Confirmed> confirmed(long providerId, YearMonth month) {
        return jdbc.sql("select * from eldercare.settlements where provider_id = :provider and month = :month")
                .param("provider", providerId)
                .param("month", month.atDay(1))
                .query((rs, n) -> new Confirmed(
                        rs.getLong("id"),
                        rs.getInt("planned_visits"),
                        rs.getInt("delivered_visits"),
                        rs.getLong("planned_fen"),
                        rs.getLong("payable_fen"),
                        rs.getString("confirmed_by"),
                        rs.getTimestamp("confirmed_at").toInstant()))
                .optional();
    }

    List<MonthlySettlement.Line> confirmedLines(long settlementId) {
        return jdbc.sql("select * from eldercare.settlement_lines where settlement_id = :id order by plan_id")
                .param("id", settlementId)
                .query((rs, n) -> new MonthlySettlement.Line(
                        rs.getLong("plan_id"),
                        rs.getInt("planned_visits"),
                        rs.getInt("delivered_visits"),
                        rs.getLong("planned_fen"),
                        rs.getLong("payable_fen")))
                .list();
    }

    /** @return the new settlement's id, or empty when the month was confirmed already */
    Optional<Long> insert(long providerId, YearMonth month, MonthlySettlement settlement, String staff) {
        Optional<Long> id = jdbc.sql("""
                        insert into eldercare.settlements (provider_id, month, planned_visits, delivered_visits,
                                                           planned_fen, payable_fen, confirmed_by)
                        values (:provider, :month, :planned, :delivered, :plannedFen, :payableFen, :staff)
                        on conflict (provider_id, month) do nothing
                        returning id
                        """)
                .param("provider", providerId)
                .param("month", month.atDay(1))
                .param("planned", settlement.plannedVisits())
                .param("delivered", settlement.deliveredVisits())
                .param("plannedFen", settlement.plannedFen())
                .param("payableFen", settlement.payableFen())
                .param("staff", staff)
                .query(Long.class)
                .optional();
        id.ifPresent(settlementId -> {
            for (var line : settlement.lines()) {
                jdbc.sql("""
                                insert into eldercare.settlement_lines (settlement_id, plan_id, planned_visits,
                                                                        delivered_visits, planned_fen, payable_fen)
                                values (:settlement, :plan, :planned, :delivered, :plannedFen, :payableFen)
                                """)
                        .param("settlement", settlementId)
                        .param("plan", line.planId())
                        .param("planned", line.plannedVisits())
                        .param("delivered", line.deliveredVisits())
                        .param("plannedFen", line.plannedFen())
                        .param("payableFen", line.payableFen())
                        .update();
            }
        });
        return id;
    }
}
