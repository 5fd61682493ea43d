package org.minzheng.childwelfare.funding;

/**
 * One fund for one child and year.
 *
 * @param refusalKey why the child is not eligible (message key), or null when eligible
 * @param capFen the effective cap: the fund's annual cap or the child's lower approved budget
 * @param usedFen what the fund has paid for the child's sessions this year
 * @param warnBelowShare the share of the cap below which the money left is worth a warning
 */
public record FundPosition(
        String fundCode, String refusalKey, long capFen, long fundCapFen, long usedFen, double warnBelowShare) {

    public boolean eligible() {
        return refusalKey == null;
    }

    public long leftFen() {
        return Math.max(0, capFen - usedFen);
    }

    public boolean exhausted() {
        return eligible() && capFen > 0 && leftFen() == 0;
    }

    /** Little left: the home should plan for the next fund or ask for more before the money stops. */
    public boolean runningOut() {
        return eligible() && !exhausted() && capFen > 0 && leftFen() < Math.round(capFen * warnBelowShare);
    }

    public boolean reducedBudget() {
        return eligible() && capFen < fundCapFen;
    }

    /** Per cent of the cap spent, for a bar. */
    public int percentUsed() {
        return capFen == 0 ? 0 : (int) Math.min(100, usedFen * 100 / capFen);
    }
}
