package org.minzheng.eldercare.service;

import java.time.YearMonth;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly settlement of a provider: worked out live from the visits until the county confirms it, then
 * frozen, so that a review of an anomaly after payment does not silently change what was paid. Only a
 * finished month can be confirmed, and only by staff whose area holds all of the provider's plans.
 */
@Service
class Settlements {

    private final VisitRepository visits;
    private final SettlementRepository settlements;
    private final ServicePlanning planning;
    private final AuditLog audit;

    Settlements(VisitRepository visits, SettlementRepository settlements, ServicePlanning planning, AuditLog audit) {
        this.visits = visits;
        this.settlements = settlements;
        this.planning = planning;
        this.audit = audit;
    }

    MonthlySettlement live(long providerId, YearMonth month, DataScope scope) {
        return MonthlySettlement.of(visits.charges(providerId, month, scope));
    }

    @Transactional
    MonthlySettlement confirm(long providerId, YearMonth month, DataScope scope, String staff) {
        if (!month.isBefore(YearMonth.from(planning.today()))) {
            throw new ServiceRefusedException("eldercare.settlement.refused.month");
        }
        MonthlySettlement everywhere =
                MonthlySettlement.of(visits.charges(providerId, month, new DataScope(city(scope))));
        MonthlySettlement mine = live(providerId, month, scope);
        if (everywhere.lines().size() != mine.lines().size()) {
            throw new ServiceRefusedException("eldercare.settlement.refused.area");
        }
        if (settlements.insert(providerId, month, mine, staff).isEmpty()) {
            throw new ServiceRefusedException("eldercare.settlement.refused.done");
        }
        audit.record(AuditEvent.operation(
                        "eldercare.settlement.confirm", "eldercare.provider", String.valueOf(providerId), scope.root())
                .withDetail(month + ": " + mine.deliveredVisits() + "/" + mine.plannedVisits() + " visits, payable "
                        + mine.payableFen() + " fen of " + mine.plannedFen()));
        return mine;
    }

    /** The city is the widest area a provider works in. */
    private static RegionCode city(DataScope scope) {
        return scope.cityWide() ? scope.root() : scope.root().ancestorAt(RegionLevel.CITY);
    }
}
