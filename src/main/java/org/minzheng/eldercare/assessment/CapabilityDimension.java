package org.minzheng.eldercare.assessment;

/** The four first-level indicators (一级指标) of GB/T 42195-2022, in the order the form shows them. */
enum CapabilityDimension {
    SELF_CARE,
    MOBILITY,
    MENTAL,
    PERCEPTION;

    public String messageKey() {
        return "eldercare.assessment.dimension." + name();
    }
}
