package org.minzheng.eldercare.service;

import java.util.List;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The caregiver's home page: today's visits still to do and finished visits nobody has confirmed yet. */
@Component
class CaregiverTile implements DashboardTile {

    private final VisitRepository visits;
    private final ServicePlanning planning;
    private final JdbcClient jdbc;

    CaregiverTile(VisitRepository visits, ServicePlanning planning, JdbcClient jdbc) {
        this.visits = visits;
        this.planning = planning;
        this.jdbc = jdbc;
    }

    @Override
    public String permission() {
        return ServiceConsole.SERVE;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String titleKey() {
        return "eldercare.myVisits.title";
    }

    @Override
    public String path() {
        return CaregiverController.BASE;
    }

    @Override
    public List<Figure> figures(StaffPrincipal staff) {
        Long caregiver = visits.caregiverOf(staff.username()).orElse(null);
        if (caregiver == null) {
            return List.of(
                    new Figure("eldercare.myVisits.tile.today", 0),
                    new Figure("eldercare.myVisits.tile.unconfirmed", 0));
        }
        var counts = jdbc.sql("""
                        select count(*) filter (where scheduled_on = :today and status in ('DISPATCHED', 'STARTED')),
                               count(*) filter (where status = 'DONE' and confirmed_at is null
                                                  and scheduled_on >= cast(:today as date) - 3)
                        from eldercare.visits where caregiver_id = :caregiver
                        """)
                .param("today", planning.today())
                .param("caregiver", caregiver)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return List.of(
                new Figure("eldercare.myVisits.tile.today", counts[0]),
                new Figure("eldercare.myVisits.tile.unconfirmed", counts[1]));
    }
}
