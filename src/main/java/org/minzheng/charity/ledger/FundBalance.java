package org.minzheng.charity.ledger;

/**
 * Where a fund stands: every fen received is either spent or still there.
 *
 * @param fundId the fund
 * @param projectId its project, or null for a region's general fund
 * @param regionCode the city or county that keeps it
 */
public record FundBalance(
        long fundId, Long projectId, String regionCode, long receivedFen, long spentFen, long balanceFen) {

    public FundBalance {
        if (receivedFen != spentFen + balanceFen) {
            throw new IllegalStateException("Fund " + fundId + " does not balance");
        }
    }

    public boolean general() {
        return projectId == null;
    }
}
