package org.minzheng.region.tree;

import java.util.List;
import java.util.Map;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the region module adds to the console: its permissions, menu entries and home tile. */
@Configuration(proxyBeanMethods = false)
class RegionConsole {

    @Bean
    PermissionGroup regionPermissions() {
        return new PermissionGroup(
                "region", List.of("region:division:view", "region:division:import", "region:qr:print"));
    }

    @Bean
    MenuItem regionTreeMenu() {
        return new MenuItem(
                MenuSection.BASIC_DATA, "menu.region.tree", "/console/region/regions", "region:division:view", 10);
    }

    @Bean
    MenuItem regionImportMenu() {
        return new MenuItem(
                MenuSection.BASIC_DATA, "menu.region.import", "/console/region/import", "region:division:import", 20);
    }

    @Bean
    DashboardTile regionTile(RegionRepository regions) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return "region:division:view";
            }

            @Override
            public int order() {
                return 10;
            }

            @Override
            public String titleKey() {
                return "tile.region.title";
            }

            @Override
            public String path() {
                return "/console/region/regions";
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                Map<RegionLevel, Long> counts = regions.countBelow(staff.regionCode());
                return List.of(RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE).stream()
                        .filter(level ->
                                level.depth() > staff.regionCode().level().depth())
                        .map(level ->
                                new Figure("tile.region." + level.name().toLowerCase(), counts.getOrDefault(level, 0L)))
                        .toList();
            }
        };
    }
}
