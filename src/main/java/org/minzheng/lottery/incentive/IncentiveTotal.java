package org.minzheng.lottery.incentive;

/** The sum due to one person (member) or, when no member is named, to the team itself. */
public record IncentiveTotal(String teamName, String memberName, long openingFen, long performanceFen, int outlets) {

    public long totalFen() {
        return openingFen + performanceFen;
    }
}
