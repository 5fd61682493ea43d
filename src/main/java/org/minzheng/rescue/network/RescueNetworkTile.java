package org.minzheng.rescue.network;

import java.util.List;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rescue network at a glance: stations, their beds and the active grid workers of the staff member's area. */
@Component
class RescueNetworkTile implements DashboardTile {

    private final JdbcClient jdbc;

    RescueNetworkTile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String permission() {
        return RescueNetworkConsole.VIEW;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String titleKey() {
        return "rescue.tile.title";
    }

    @Override
    public String path() {
        return RescueStationController.BASE;
    }

    @Override
    public List<Figure> figures(StaffPrincipal staff) {
        String prefix = staff.dataScope().prefix();
        long[] stations = jdbc.sql("select count(*), coalesce(sum(beds), 0) from rescue.stations"
                        + " where region_code like :prefix || '%'")
                .param("prefix", prefix)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        long workers = jdbc.sql(
                        "select count(*) from rescue.grid_workers where active and region_code like :prefix || '%'")
                .param("prefix", prefix)
                .query(Long.class)
                .single();
        return List.of(
                new Figure("rescue.tile.stations", stations[0]),
                new Figure("rescue.tile.beds", stations[1]),
                new Figure("rescue.tile.gridWorkers", workers));
    }
}
