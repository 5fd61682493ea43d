package org.minzheng.childwelfare.session;

import java.util.List;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The therapist's home page: children of the home still below today's target, and sessions recorded today. */
@Component
class TherapistTodayTile implements DashboardTile {

    private final TherapySessions sessions;
    private final JdbcClient jdbc;

    TherapistTodayTile(TherapySessions sessions, JdbcClient jdbc) {
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @Override
    public String permission() {
        return SessionConsole.RECORD;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public String titleKey() {
        return "childwelfare.session.today.title";
    }

    @Override
    public String path() {
        return TherapistSessionController.BASE;
    }

    @Override
    public List<Figure> figures(StaffPrincipal staff) {
        var therapist = sessions.therapistOf(staff.username()).orElse(null);
        if (therapist == null) {
            return List.of(
                    new Figure("childwelfare.session.tile.below", 0), new Figure("childwelfare.session.tile.mine", 0));
        }
        var counts = jdbc.sql("""
                        select (select count(*) from childwelfare.children c
                                where c.institution_id = :institution and c.region_code like :prefix || '%'
                                  and c.disability_type = :targeted
                                  and c.admitted_on <= :today and (c.discharged_on is null or c.discharged_on >= :today)
                                  and coalesce((select sum(s.minutes) from childwelfare.sessions s
                                                where s.child_id = c.id and s.session_date = :today), 0) < :target),
                               (select count(*) from childwelfare.sessions s
                                where s.therapist_id = :therapist and s.session_date = :today)
                        """)
                .param("institution", therapist.institutionId())
                .param("prefix", staff.dataScope().prefix())
                .param("targeted", TherapySessionRepository.TARGET_DISABILITY)
                .param("today", sessions.today())
                .param("target", TherapySessions.DAILY_TARGET_MINUTES)
                .param("therapist", therapist.id())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return List.of(
                new Figure("childwelfare.session.tile.below", counts[0]),
                new Figure("childwelfare.session.tile.mine", counts[1]));
    }
}
