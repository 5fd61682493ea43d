package org.minzheng.eldercare.bed;

import java.util.List;

/**
 * The public money one home may receive for adaptation (Binzhou: 3,000 yuan). Whatever a plan costs beyond it
 * the family pays, so a plan stands only when its recorded co-payment covers the excess.
 */
record ModificationCap(long capFen) {

    Split split(List<PlanLine> lines) {
        long total = lines.stream().mapToLong(PlanLine::amountFen).sum();
        long coPayment = lines.stream().mapToLong(PlanLine::coPaymentFen).sum();
        return new Split(total, coPayment, total - coPayment, Math.max(0, total - capFen));
    }

    /** @param excessFen the part of the total above the cap, which the co-payment must at least reach */
    record Split(long totalFen, long coPaymentFen, long subsidyFen, long excessFen) {

        boolean covered() {
            return coPaymentFen >= excessFen;
        }
    }
}
