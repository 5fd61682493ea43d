package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the assistance module adds to the console: its permissions, the inbox entry and the home tile. */
@Configuration(proxyBeanMethods = false)
class AssistanceConsole {

    static final String VIEW = Permissions.VIEW;

    @Bean
    PermissionGroup assistancePermissions() {
        return new PermissionGroup(
                "assistance",
                List.of(VIEW, Permissions.HANDLE, Permissions.INVESTIGATE, Permissions.REVIEW, Permissions.CONFIRM));
    }

    @Bean
    MenuItem assistanceInboxMenu() {
        return new MenuItem(MenuSection.ASSISTANCE, "menu.assistance.cases", CaseController.BASE, VIEW, 10);
    }

    @Bean
    DashboardTile assistanceTile(CaseHandling handling) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return VIEW;
            }

            @Override
            public int order() {
                return 5;
            }

            @Override
            public String titleKey() {
                return "tile.assistance.title";
            }

            @Override
            public String path() {
                return CaseController.BASE;
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                Map<String, Long> counts =
                        handling.counts(staff.dataScope(), LocalDate.now(ZoneId.of("Asia/Shanghai")));
                return List.of(
                        new Figure("tile.assistance.open", counts.get("open")),
                        new Figure("tile.assistance.overdue", counts.get("overdue")));
            }
        };
    }
}
