package org.minzheng.policy.screening;

/** Why a screening ran; labels under {@code screening.trigger.<NAME>}. */
enum ScreeningTrigger {
    NIGHTLY,
    ON_DEMAND
}
