package org.minzheng.staff.console;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.staff.account.AccountRepository;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staff module's permissions and menu entries under 系统管理. */
@Configuration(proxyBeanMethods = false)
class StaffConsole {

    @Bean
    PermissionGroup staffPermissions() {
        return new PermissionGroup(
                "staff",
                List.of(
                        "staff:account:view",
                        "staff:account:manage",
                        "staff:phone:reveal",
                        "staff:role:view",
                        "staff:role:manage"));
    }

    @Bean
    PermissionGroup workbenchPermissions() {
        return new PermissionGroup("workbench", List.of("workbench:home:view"));
    }

    @Bean
    MenuItem accountsMenu() {
        return new MenuItem(
                MenuSection.SYSTEM, "menu.staff.accounts", "/console/staff/accounts", "staff:account:view", 10);
    }

    @Bean
    MenuItem rolesMenu() {
        return new MenuItem(MenuSection.SYSTEM, "menu.staff.roles", "/console/staff/roles", "staff:role:view", 20);
    }

    @Bean
    DashboardTile staffTile(AccountRepository accounts) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return "staff:account:view";
            }

            @Override
            public int order() {
                return 20;
            }

            @Override
            public String titleKey() {
                return "tile.staff.title";
            }

            @Override
            public String path() {
                return "/console/staff/accounts";
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                return List.of(
                        new Figure("tile.staff.enabled", accounts.countEnabled(staff.dataScope())),
                        new Figure("tile.staff.locked", accounts.countLocked(staff.dataScope())));
            }
        };
    }
}
