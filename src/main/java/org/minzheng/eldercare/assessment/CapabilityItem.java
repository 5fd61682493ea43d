package org.minzheng.eldercare.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The 26 second-level indicators (二级指标) of GB/T 42195-2022 Appendix B with their highest score;
 * every item is scored from 0 (ability lost) up to that maximum (ability intact), 90 in all.
 */
enum CapabilityItem {
    EATING(CapabilityDimension.SELF_CARE, 4),
    GROOMING(CapabilityDimension.SELF_CARE, 4),
    BATHING(CapabilityDimension.SELF_CARE, 4),
    DRESSING_UPPER(CapabilityDimension.SELF_CARE, 4),
    DRESSING_LOWER(CapabilityDimension.SELF_CARE, 4),
    URINE_CONTROL(CapabilityDimension.SELF_CARE, 4),
    BOWEL_CONTROL(CapabilityDimension.SELF_CARE, 4),
    TOILETING(CapabilityDimension.SELF_CARE, 4),
    BED_POSITION(CapabilityDimension.MOBILITY, 4),
    BED_CHAIR_TRANSFER(CapabilityDimension.MOBILITY, 4),
    WALKING(CapabilityDimension.MOBILITY, 4),
    STAIRS(CapabilityDimension.MOBILITY, 3),
    TIME_ORIENTATION(CapabilityDimension.MENTAL, 4),
    PLACE_ORIENTATION(CapabilityDimension.MENTAL, 4),
    PERSON_ORIENTATION(CapabilityDimension.MENTAL, 4),
    MEMORY(CapabilityDimension.MENTAL, 4),
    UNDERSTANDING(CapabilityDimension.MENTAL, 4),
    EXPRESSION(CapabilityDimension.MENTAL, 4),
    AGGRESSION(CapabilityDimension.MENTAL, 1),
    DEPRESSION(CapabilityDimension.MENTAL, 1),
    CONSCIOUSNESS(CapabilityDimension.MENTAL, 2),
    VISION(CapabilityDimension.PERCEPTION, 2),
    HEARING(CapabilityDimension.PERCEPTION, 2),
    DAILY_AFFAIRS(CapabilityDimension.PERCEPTION, 4),
    TRANSPORT(CapabilityDimension.PERCEPTION, 3),
    SOCIAL_CONTACT(CapabilityDimension.PERCEPTION, 4);

    private final CapabilityDimension dimension;
    private final int max;

    CapabilityItem(CapabilityDimension dimension, int max) {
        this.dimension = dimension;
        this.max = max;
    }

    CapabilityDimension dimension() {
        return dimension;
    }

    public int max() {
        return max;
    }

    /** The scores an assessor may choose, highest (intact) first as on the paper form. */
    public List<Integer> choices() {
        return IntStream.rangeClosed(0, max).map(s -> max - s).boxed().toList();
    }

    public String messageKey() {
        return "eldercare.assessment.item." + name();
    }

    static List<CapabilityItem> of(CapabilityDimension dimension) {
        return Arrays.stream(values()).filter(i -> i.dimension == dimension).toList();
    }
}
