package org.minzheng.eldercare.supervision;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supervision centre's permission, menu entry and home page tile. */
@Configuration(proxyBeanMethods = false)
class SupervisionConsole {

    static final String VIEW = "eldercare:supervision:view";

    @Bean
    PermissionGroup eldercareSupervisionPermissions() {
        return new PermissionGroup("eldercare", List.of(VIEW));
    }

    @Bean
    MenuItem eldercareSupervisionMenu() {
        return new MenuItem(MenuSection.ELDERCARE, "menu.eldercare.supervision", SupervisionController.BASE, VIEW, 90);
    }

    /** This month in the staff member's area: what was done, what is late and what still waits for review. */
    @Bean
    DashboardTile eldercareSupervisionTile(SupervisionRepository repository, SupervisionCentre centre) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return VIEW;
            }

            @Override
            public int order() {
                return 90;
            }

            @Override
            public String titleKey() {
                return "tile.eldercare.supervision.title";
            }

            @Override
            public String path() {
                return SupervisionController.BASE;
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                ServiceFigures month = repository.tile(staff.dataScope().prefix(), centre.today());
                return List.of(
                        new Figure("tile.eldercare.supervision.done", month.done()),
                        new Figure("tile.eldercare.supervision.late", month.late()),
                        new Figure("tile.eldercare.supervision.openAnomalies", month.openAnomalies()));
            }
        };
    }
}
