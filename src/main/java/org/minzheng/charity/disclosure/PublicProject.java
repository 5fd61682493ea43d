package org.minzheng.charity.disclosure;

import java.time.LocalDate;

/**
 * A project as the public sees it: its purpose and its money, and how many households it helps, never who.
 *
 * @param status PROPOSED projects are never public; FUNDRAISING, RUNNING or CLOSED
 */
record PublicProject(
        long id,
        String name,
        String goal,
        String organisation,
        String regionCode,
        String status,
        LocalDate startsOn,
        LocalDate endsOn,
        long budgetFen,
        long receivedFen,
        long spentFen,
        long balanceFen,
        int beneficiaries,
        int donors,
        boolean demo) {

    public String statusKey() {
        return "charity.project.status." + status;
    }

    /** Share of the budget raised so far, in whole percent (capped at 100 for the bar). */
    public int raisedPercent() {
        return (int) Math.min(100, receivedFen * 100 / Math.max(1, budgetFen));
    }
}
