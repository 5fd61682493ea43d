package org.minzheng.eldercare.assessment;

/**
 * What the assessor noted beside the items: the facts that can change the level the total gives.
 *
 * @param riskEvents care-risk events (falls, choking, self-harm, wandering, other) in the last 30 days
 */
record RiskFindings(boolean coma, boolean dementia, boolean psychiatric, int riskEvents) {

    static final int RISK_EVENTS_THAT_RAISE = 2;

    RiskFindings {
        if (riskEvents < 0) {
            throw new IllegalArgumentException("Risk events cannot be negative");
        }
    }

    static RiskFindings none() {
        return new RiskFindings(false, false, false, 0);
    }
}
