package org.minzheng.registry.warning;

import java.util.List;
import org.minzheng.registry.task.TaskService;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What dynamic monitoring adds to the console: its permissions, menu entries and home tile. */
@Configuration(proxyBeanMethods = false)
class MonitoringConsole {

    @Bean
    PermissionGroup monitoringPermissions() {
        return new PermissionGroup(
                "registry",
                List.of(
                        "registry:feed:view",
                        "registry:feed:import",
                        "registry:warning:view",
                        "registry:task:view",
                        "registry:task:handle"));
    }

    @Bean
    MenuItem warningsMenu() {
        return new MenuItem(
                MenuSection.REGISTRY,
                "menu.registry.warnings",
                "/console/registry/warnings",
                "registry:warning:view",
                40);
    }

    @Bean
    MenuItem tasksMenu() {
        return new MenuItem(
                MenuSection.REGISTRY, "menu.registry.tasks", "/console/registry/tasks", "registry:task:view", 45);
    }

    @Bean
    MenuItem feedsMenu() {
        return new MenuItem(
                MenuSection.REGISTRY, "menu.registry.feeds", "/console/registry/feeds", "registry:feed:view", 50);
    }

    @Bean
    DashboardTile warningTile(WarningService warnings, TaskService tasks) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return "registry:warning:view";
            }

            @Override
            public int order() {
                return 25;
            }

            @Override
            public String titleKey() {
                return "tile.warning.title";
            }

            @Override
            public String path() {
                return "/console/registry/warnings";
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                long[] warned = warnings.openAndOverdue(staff.dataScope());
                return List.of(
                        new Figure("tile.warning.open", warned[0]),
                        new Figure("tile.warning.overdue", warned[1]),
                        new Figure("tile.warning.tasks", tasks.openTasks(staff.dataScope())));
            }
        };
    }
}
