package org.minzheng.eldercare.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a provider is owed, on worked examples. */
class MonthlySettlementTests {

    static VisitCharge visit(long plan, VisitStatus status, long fen, boolean flagged) {
        return new VisitCharge(plan, status, fen, flagged);
    }

    @Test
    void everyDeliveredVisitIsPaidAtItsPlannedPrice() {
        // level 1: 助洁 ×2 at 40 yuan, 助餐 ×4 at 15, 陪伴聊天 at 25, 用药管理 at 15 = 180 yuan; one 助餐 missed
        var settlement = MonthlySettlement.of(List.of(
                visit(1, VisitStatus.DONE, 4000, false),
                visit(1, VisitStatus.DONE, 4000, false),
                visit(1, VisitStatus.DONE, 1500, false),
                visit(1, VisitStatus.DONE, 1500, false),
                visit(1, VisitStatus.DONE, 1500, false),
                visit(1, VisitStatus.MISSED, 1500, true),
                visit(1, VisitStatus.DONE, 2500, false),
                visit(1, VisitStatus.DONE, 1500, false)));
        assertThat(settlement.plannedVisits()).isEqualTo(8);
        assertThat(settlement.deliveredVisits()).isEqualTo(7);
        assertThat(settlement.plannedFen()).isEqualTo(18_000);
        assertThat(settlement.payableFen()).isEqualTo(16_500);
    }

    @Test
    void aFlaggedVisitIsHeldBackAndACancelledOneIsNotPlanned() {
        var settlement = MonthlySettlement.of(List.of(
                visit(7, VisitStatus.DONE, 5000, true),
                visit(7, VisitStatus.DONE, 5000, false),
                visit(7, VisitStatus.CANCELLED, 5000, false),
                visit(7, VisitStatus.DISPATCHED, 4000, false),
                visit(7, VisitStatus.STARTED, 4000, false)));
        assertThat(settlement.plannedVisits()).isEqualTo(4);
        assertThat(settlement.deliveredVisits()).isEqualTo(1);
        assertThat(settlement.plannedFen()).isEqualTo(18_000);
        assertThat(settlement.payableFen()).isEqualTo(5_000);
    }

    @Test
    void linesArePerPlanAndAddUp() {
        var settlement = MonthlySettlement.of(List.of(
                visit(3, VisitStatus.DONE, 3000, false),
                visit(2, VisitStatus.DONE, 6000, false),
                visit(2, VisitStatus.MISSED, 6000, true)));
        assertThat(settlement.lines())
                .containsExactly(
                        new MonthlySettlement.Line(2, 2, 1, 12_000, 6_000),
                        new MonthlySettlement.Line(3, 1, 1, 3_000, 3_000));
        assertThat(settlement.payableFen()).isEqualTo(9_000);
    }

    @Test
    void noVisitsOweNothing() {
        var settlement = MonthlySettlement.of(List.of());
        assertThat(settlement.lines()).isEmpty();
        assertThat(settlement.payableFen()).isZero();
    }
}
