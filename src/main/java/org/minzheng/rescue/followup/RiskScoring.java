package org.minzheng.rescue.followup;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the checklist becomes a score and a level. The weights and the two level lines are this city's illustrative
 * settings for the demo, not a national standard: a station adopting the module should set its own with its social
 * workers. Earlier vagrancy and mental illness weigh most because they are what sent people back onto the street in
 * Binzhou's follow-up ("屡送屡返").
 */
final class RiskScoring {

    static final Map<RiskFactor, Integer> WEIGHTS = new EnumMap<>(Map.of(
            RiskFactor.NO_FAMILY_SUPPORT, 20,
            RiskFactor.MENTAL_ILLNESS, 20,
            RiskFactor.CHRONIC_ILLNESS_OR_DISABILITY, 10,
            RiskFactor.NO_INCOME, 15,
            RiskFactor.NO_HOUSING, 15,
            RiskFactor.EARLIER_VAGRANCY, 20,
            RiskFactor.MINOR_OR_ELDERLY_ALONE, 15,
            RiskFactor.FAMILY_CONFLICT, 10,
            RiskFactor.BEGGING_AS_LIVING, 15));

    /** From this score on the returnee is HIGH risk. */
    static final int HIGH_FROM = 60;

    /** From this score on the returnee is MEDIUM risk. */
    static final int MEDIUM_FROM = 30;

    private RiskScoring() {}

    static int score(Collection<RiskFactor> factors) {
        return factors.stream().distinct().mapToInt(WEIGHTS::get).sum();
    }

    static RiskLevel level(int score) {
        return score >= HIGH_FROM ? RiskLevel.HIGH : score >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    static int weight(RiskFactor factor) {
        return WEIGHTS.get(factor);
    }
}
