package org.minzheng.lottery.incentive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sum due to a whole team in a run: its members' and its own, the figure a team's leader signs for. */
public record IncentiveTeamTotal(String teamName, int people, long openingFen, long performanceFen) {

    public long totalFen() {
        return openingFen + performanceFen;
    }

    /** Adds up the per-person totals, which come ordered by team. */
    static List<IncentiveTeamTotal> of(List<IncentiveTotal> totals) {
        Map<String, IncentiveTeamTotal> teams = new LinkedHashMap<>();
        for (IncentiveTotal t : totals) {
            teams.merge(
                    t.teamName(),
                    new IncentiveTeamTotal(t.teamName(), 1, t.openingFen(), t.performanceFen()),
                    (a, b) -> new IncentiveTeamTotal(
                            a.teamName(),
                            a.people() + b.people(),
                            a.openingFen() + b.openingFen(),
                            a.performanceFen() + b.performanceFen()));
        }
        return new ArrayList<>(teams.values());
    }
}
