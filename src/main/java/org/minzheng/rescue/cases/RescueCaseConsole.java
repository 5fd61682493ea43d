package org.minzheng.rescue.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 受助人员, their menu entries and the home-page figures of the people in care. */
@Configuration(proxyBeanMethods = false)
class RescueCaseConsole {

    static final String VIEW = "rescue:case:view";
    static final String MANAGE = "rescue:case:manage";

    @Bean
    PermissionGroup rescueCasePermissions() {
        return new PermissionGroup("rescue", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem rescueCaseIntakeMenu() {
        return new MenuItem(
                MenuSection.RESCUE, "menu.rescue.caseIntake", RescueCaseController.BASE + "/new", MANAGE, 40);
    }

    @Bean
    MenuItem rescueCaseMenu() {
        return new MenuItem(MenuSection.RESCUE, "menu.rescue.cases", RescueCaseController.BASE, VIEW, 50);
    }

    /** People in care now, those beyond their limit without an extension, and the stranded. */
    @Bean
    DashboardTile rescueCaseTile(RescueCaseRepository cases, Clock clock) {
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
                return "tile.rescue.cases.title";
            }

            @Override
            public String path() {
                return RescueCaseController.BASE;
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                StaySummary summary =
                        cases.summary(staff.dataScope(), null, LocalDate.now(clock.withZone(StayLimit.BEIJING)));
                return List.of(
                        new Figure("tile.rescue.cases.inCare", summary.inCare()),
                        new Figure("tile.rescue.cases.overdue", summary.overdue()),
                        new Figure("tile.rescue.cases.stranded", summary.stranded()));
            }
        };
    }
}
