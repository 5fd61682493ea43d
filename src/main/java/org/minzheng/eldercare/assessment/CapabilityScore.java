package org.minzheng.eldercare.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one GB/T 42195-2022 assessment: dimension sums, the raw total, the level the total
 * gives and the final level after the adjustments. Coma rates the person 完全失能 directly; dementia, another
 * psychiatric diagnosis and two or more care-risk events in 30 days each make the level one step worse,
 * never beyond level 4.
 */
record CapabilityScore(
        Map<CapabilityItem, Integer> items,
        Map<CapabilityDimension, Integer> dimensions,
        int total,
        CapabilityLevel preliminary,
        List<Adjustment> adjustments,
        CapabilityLevel finalLevel) {

    /**
     * @param items a score for every one of the 26 items
     * @throws IllegalArgumentException if an item is missing or its score out of range
     */
    static CapabilityScore of(Map<CapabilityItem, Integer> items, RiskFindings findings) {
        Map<CapabilityItem, Integer> scored = new EnumMap<>(CapabilityItem.class);
        Map<CapabilityDimension, Integer> sums = new EnumMap<>(CapabilityDimension.class);
        for (CapabilityDimension dimension : CapabilityDimension.values()) {
            sums.put(dimension, 0);
        }
        for (CapabilityItem item : CapabilityItem.values()) {
            Integer score = items.get(item);
            if (score == null || score < 0 || score > item.max()) {
                throw new IllegalArgumentException("Item " + item + " needs a score from 0 to " + item.max());
            }
            scored.put(item, score);
            sums.merge(item.dimension(), score, Integer::sum);
        }
        int total = sums.values().stream().mapToInt(Integer::intValue).sum();
        CapabilityLevel preliminary = CapabilityLevel.ofTotal(total);
        List<Adjustment> adjustments = new ArrayList<>();
        CapabilityLevel level = preliminary;
        if (findings.coma()) {
            adjustments.add(Adjustment.COMA);
            level = CapabilityLevel.TOTAL_LOSS;
        }
        if (findings.dementia()) {
            adjustments.add(Adjustment.DEMENTIA);
            level = level.raised();
        }
        if (findings.psychiatric()) {
            adjustments.add(Adjustment.PSYCHIATRIC);
            level = level.raised();
        }
        if (findings.riskEvents() >= RiskFindings.RISK_EVENTS_THAT_RAISE) {
            adjustments.add(Adjustment.RISK_EVENTS);
            level = level.raised();
        }
        return new CapabilityScore(
                Collections.unmodifiableMap(scored),
                Collections.unmodifiableMap(sums),
                total,
                preliminary,
                List.copyOf(adjustments),
                level);
    }
}
