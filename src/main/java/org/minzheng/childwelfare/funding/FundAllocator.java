package org.minzheng.childwelfare.funding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a session's cost over the funds a child is eligible for, in the configured order: each fund pays
 * what it still has left this year, the next fund the rest, and what no fund covers is the home's own. A
 * fund is never taken beyond its cap, so a cap reached in the middle of a session splits that session.
 */
final class FundAllocator {

    /** A fund the child is eligible for, with this year's cap and what it has paid so far. */
    record Budget(String fundCode, long capFen, long usedFen) {

        long leftFen() {
            return Math.max(0, capFen - usedFen);
        }
    }

    /** One fund's part; {@code fundCode} null is the part no fund covers. */
    record Share(String fundCode, long amountFen) {}

    private FundAllocator() {}

    /** @param eligibleInOrder the funds in paying order, only those the child is eligible for */
    static List<Share> allocate(long costFen, List<Budget> eligibleInOrder) {
        if (costFen < 0) {
            throw new IllegalArgumentException("A session cannot cost less than nothing");
        }
        List<Share> shares = new ArrayList<>();
        long left = costFen;
        for (Budget budget : eligibleInOrder) {
            if (left == 0) {
                break;
            }
            long paid = Math.min(left, budget.leftFen());
            if (paid > 0) {
                shares.add(new Share(budget.fundCode(), paid));
                left -= paid;
            }
        }
        if (left > 0) {
            shares.add(new Share(null, left));
        }
        return shares;
    }
}
