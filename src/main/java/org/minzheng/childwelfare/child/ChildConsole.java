package org.minzheng.childwelfare.child;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the children's profiles add to the console: permissions, a menu entry and a home page tile. */
@Configuration(proxyBeanMethods = false)
class ChildConsole {

    static final String VIEW = "childwelfare:child:view";

    @Bean
    PermissionGroup childwelfareChildPermissions() {
        return new PermissionGroup(
                "childwelfare", List.of(VIEW, "childwelfare:child:manage", "childwelfare:medical:view"));
    }

    @Bean
    MenuItem childwelfareChildrenMenu() {
        return new MenuItem(MenuSection.CHILDWELFARE, "menu.childwelfare.children", ChildController.BASE, VIEW, 10);
    }

    /** Children in care now and those who left care this year, within the staff member's scope. */
    @Bean
    DashboardTile childwelfareChildrenTile(ChildRepository children) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return VIEW;
            }

            @Override
            public int order() {
                return 100;
            }

            @Override
            public String titleKey() {
                return "tile.childwelfare.children.title";
            }

            @Override
            public String path() {
                return ChildController.BASE;
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                long[] counts =
                        children.tile(staff.dataScope(), ChildService.today().getYear());
                return List.of(
                        new Figure("tile.childwelfare.children.inCare", counts[0]),
                        new Figure("tile.childwelfare.children.dischargedThisYear", counts[1]));
            }
        };
    }
}
