package org.minzheng.lottery.outlet;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outlets at a glance: open now, how many of them are new channels, and how many opened this year. */
@Component
class LotteryOutletTile implements DashboardTile {

    private final JdbcClient jdbc;

    LotteryOutletTile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String permission() {
        return "lottery:channel:view";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String titleKey() {
        return "lottery.tile.title";
    }

    @Override
    public String path() {
        return LotteryOutletController.BASE;
    }

    @Override
    public List<Figure> figures(StaffPrincipal staff) {
        long[] counts = jdbc.sql("""
                        select count(*) filter (where closed_on is null),
                               count(*) filter (where closed_on is null and kind <> 'TRADITIONAL'),
                               count(*) filter (where opened_on >= :yearStart)
                        from lottery.outlets where region_code like :prefix || '%'
                        """)
                .param("prefix", staff.dataScope().prefix())
                .param("yearStart", LocalDate.now().withDayOfYear(1))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        return List.of(
                new Figure("lottery.tile.open", counts[0]),
                new Figure("lottery.tile.newChannels", counts[1]),
                new Figure("lottery.tile.newThisYear", counts[2]));
    }
}
