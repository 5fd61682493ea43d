package org.minzheng.policy.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicySummary;
import org.minzheng.region.VillageScans;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.springframework.stereotype.Component;

/**
 * 码上通 on the console home page: how many policies citizens find today, how many a self-check can
 * judge, and how often the village QR codes of the staff member's region were scanned in 30 days.
 */
@Component
class CatalogueTile implements DashboardTile {

    private final Policies policies;
    private final VillageScans scans;
    private final Clock clock;

    CatalogueTile(Policies policies, VillageScans scans, Clock clock) {
        this.policies = policies;
        this.scans = scans;
        this.clock = clock;
    }

    @Override
    public String permission() {
        return "policy:catalogue:view";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String titleKey() {
        return "tile.policy.title";
    }

    @Override
    public String path() {
        return "/console/policy/policies";
    }

    @Override
    public List<Figure> figures(StaffPrincipal staff) {
        LocalDate today = LocalDate.now(clock);
        List<PolicySummary> inForce = policies.inForce(today, "");
        return List.of(
                new Figure("tile.policy.inForce", inForce.size()),
                new Figure(
                        "tile.policy.withRule",
                        inForce.stream().filter(PolicySummary::hasRule).count()),
                new Figure("tile.policy.scans", scans.within(staff.regionCode(), today.minusDays(29), today)));
    }
}
