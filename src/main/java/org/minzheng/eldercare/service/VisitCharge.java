package org.minzheng.eldercare.service;

/**
 * One visit as the settlement sees it.
 *
 * @param planId the bed's monthly plan
 * @param status where the visit stands
 * @param unitPriceFen the item's price copied into the plan
 * @param unsettledAnomaly an anomaly not yet reviewed, or reviewed and found invalid
 */
record VisitCharge(long planId, VisitStatus status, long unitPriceFen, boolean unsettledAnomaly) {

    /** Paid: done, and every anomaly found on it was reviewed and found valid. */
    boolean delivered() {
        return status == VisitStatus.DONE && !unsettledAnomaly;
    }

    boolean planned() {
        return status != VisitStatus.CANCELLED;
    }
}
