package org.minzheng.policy;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The local standards a means test reads, as in force for a village on a day (recorded for it, its
 * township, county or city). A standard nobody recorded is empty: the test then cannot conclude.
 *
 * @param tekunMultiple the 特困 basic living standard as a multiple of the 低保 standard
 * @param temporaryCeiling the 临时救助 ceiling as a multiple of the monthly 低保 standard
 */
public record StandardsInForce(
        Optional<Long> dibaoUrbanFen,
        Optional<Long> dibaoRuralFen,
        Optional<Long> assetLimitFen,
        Optional<Long> disposableIncomeFen,
        Optional<BigDecimal> tekunMultiple,
        Optional<BigDecimal> temporaryCeiling,
        Optional<Long> advanceLimitFen) {

    /** The monthly 低保 standard per person for urban or rural hukou. */
    public Optional<Long> dibaoFen(boolean urban) {
        return urban ? dibaoUrbanFen : dibaoRuralFen;
    }
}
