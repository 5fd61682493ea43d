package org.minzheng.eldercare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of GB/T 42195-2022 scoring: the level bands at their edges and the adjustments. */
class CapabilityScoreTests {

    /** Everyone starts fully able (90) and loses points item by item, as an assessor's form would read. */
    static Map<CapabilityItem, Integer> fullyAble() {
        Map<CapabilityItem, Integer> items = new EnumMap<>(CapabilityItem.class);
        for (CapabilityItem item : CapabilityItem.values()) {
            items.put(item, item.max());
        }
        return items;
    }

    /** Takes points away item after item, in the order of the standard, until the total is reached. */
    static Map<CapabilityItem, Integer> withTotal(int total) {
        Map<CapabilityItem, Integer> items = fullyAble();
        int toLose = 90 - total;
        for (CapabilityItem item : CapabilityItem.values()) {
            int lost = Math.min(toLose, item.max());
            items.put(item, item.max() - lost);
            toLose -= lost;
        }
        return items;
    }

    @Test
    void theItemsAddUpToNinetyInFourDimensions() {
        CapabilityScore score = CapabilityScore.of(fullyAble(), RiskFindings.none());

        assertThat(CapabilityItem.values()).hasSize(26);
        assertThat(score.dimensions())
                .containsEntry(CapabilityDimension.SELF_CARE, 32)
                .containsEntry(CapabilityDimension.MOBILITY, 15)
                .containsEntry(CapabilityDimension.MENTAL, 28)
                .containsEntry(CapabilityDimension.PERCEPTION, 15);
        assertThat(score.total()).isEqualTo(90);
        assertThat(score.finalLevel()).isEqualTo(CapabilityLevel.INTACT);
        assertThat(score.adjustments()).isEmpty();
    }

    @ParameterizedTest(name = "total {0} is level {1}")
    @CsvSource({
        "90, INTACT",
        "89, MILD",
        "66, MILD",
        "65, MODERATE",
        "46, MODERATE",
        "45, SEVERE",
        "30, SEVERE",
        "29, TOTAL_LOSS",
        "0, TOTAL_LOSS"
    })
    void totalsOnTheBandEdgesFallInTheRightLevel(int total, CapabilityLevel expected) {
        CapabilityScore score = CapabilityScore.of(withTotal(total), RiskFindings.none());

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.preliminary()).isEqualTo(expected);
        assertThat(score.finalLevel()).isEqualTo(expected);
    }

    @Test
    void aWomanWhoNeedsHelpWithBathingAndStairsButIsOtherwiseWellIsMildlyImpaired() {
        Map<CapabilityItem, Integer> items = fullyAble();
        items.put(CapabilityItem.BATHING, 2);
        items.put(CapabilityItem.STAIRS, 1);
        items.put(CapabilityItem.HEARING, 1);
        items.put(CapabilityItem.TRANSPORT, 1);

        CapabilityScore score = CapabilityScore.of(items, RiskFindings.none());

        assertThat(score.dimensions())
                .containsEntry(CapabilityDimension.SELF_CARE, 30)
                .containsEntry(CapabilityDimension.MOBILITY, 13)
                .containsEntry(CapabilityDimension.MENTAL, 28)
                .containsEntry(CapabilityDimension.PERCEPTION, 12);
        assertThat(score.total()).isEqualTo(83);
        assertThat(score.finalLevel()).isEqualTo(CapabilityLevel.MILD);
    }

    @Test
    void comaRatesTheCompleteLossOfAbilityWhateverTheTotal() {
        CapabilityScore score = CapabilityScore.of(withTotal(70), new RiskFindings(true, false, false, 0));

        assertThat(score.preliminary()).isEqualTo(CapabilityLevel.MILD);
        assertThat(score.adjustments()).containsExactly(Adjustment.COMA);
        assertThat(score.finalLevel()).isEqualTo(CapabilityLevel.TOTAL_LOSS);
    }

    @Test
    void dementiaRaisesTheLevelByOneStep() {
        CapabilityScore score = CapabilityScore.of(withTotal(58), new RiskFindings(false, true, false, 0));

        assertThat(score.preliminary()).isEqualTo(CapabilityLevel.MODERATE);
        assertThat(score.adjustments()).containsExactly(Adjustment.DEMENTIA);
        assertThat(score.finalLevel()).isEqualTo(CapabilityLevel.SEVERE);
    }

    @Test
    void oneRiskEventChangesNothingButTwoRaiseTheLevel() {
        assertThat(CapabilityScore.of(withTotal(89), new RiskFindings(false, false, false, 1))
                        .finalLevel())
                .isEqualTo(CapabilityLevel.MILD);

        CapabilityScore score = CapabilityScore.of(withTotal(89), new RiskFindings(false, false, false, 2));

        assertThat(score.adjustments()).containsExactly(Adjustment.RISK_EVENTS);
        assertThat(score.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
    }

    @Test
    void twoRaisingConditionsRaiseTheLevelByTwoSteps() {
        CapabilityScore score = CapabilityScore.of(withTotal(90), new RiskFindings(false, false, true, 3));

        assertThat(score.preliminary()).isEqualTo(CapabilityLevel.INTACT);
        assertThat(score.adjustments()).containsExactly(Adjustment.PSYCHIATRIC, Adjustment.RISK_EVENTS);
        assertThat(score.finalLevel()).isEqualTo(CapabilityLevel.MODERATE);
    }

    @Test
    void raisingStopsAtTheCompleteLossOfAbility() {
        CapabilityScore severe = CapabilityScore.of(withTotal(30), new RiskFindings(false, true, true, 2));
        CapabilityScore coma = CapabilityScore.of(withTotal(10), new RiskFindings(true, true, false, 0));

        assertThat(severe.preliminary()).isEqualTo(CapabilityLevel.SEVERE);
        assertThat(severe.adjustments()).hasSize(3);
        assertThat(severe.finalLevel()).isEqualTo(CapabilityLevel.TOTAL_LOSS);
        assertThat(coma.adjustments()).containsExactly(Adjustment.COMA, Adjustment.DEMENTIA);
        assertThat(coma.finalLevel()).isEqualTo(CapabilityLevel.TOTAL_LOSS);
    }

    @Test
    void refusesAFormWithAMissingItemOrAScoreAboveTheItemsMaximum() {
        Map<CapabilityItem, Integer> missing = fullyAble();
        missing.remove(CapabilityItem.MEMORY);
        Map<CapabilityItem, Integer> tooHigh = fullyAble();
        tooHigh.put(CapabilityItem.STAIRS, 4);

        assertThatIllegalArgumentException().isThrownBy(() -> CapabilityScore.of(missing, RiskFindings.none()));
        assertThatIllegalArgumentException().isThrownBy(() -> CapabilityScore.of(tooHigh, RiskFindings.none()));
    }

    @Test
    void severeLevelsAreReassessedSoonerThanTheOthers() {
        ReassessmentCycle cycle = new ReassessmentCycle(12, 6);
        var assessed = java.time.LocalDate.of(2026, 3, 31);

        assertThat(cycle.nextDue(assessed, CapabilityLevel.MODERATE)).isEqualTo("2027-03-31");
        assertThat(cycle.nextDue(assessed, CapabilityLevel.SEVERE)).isEqualTo("2026-09-30");
        assertThat(cycle.nextDue(assessed, CapabilityLevel.TOTAL_LOSS)).isEqualTo("2026-09-30");
    }
}
