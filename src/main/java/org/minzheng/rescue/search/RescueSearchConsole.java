package org.minzheng.rescue.search;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 寻亲 and its menu entries: the searches, the stranded dashboard, the missing-person reports. */
@Configuration(proxyBeanMethods = false)
class RescueSearchConsole {

    static final String VIEW = "rescue:search:view";
    static final String MANAGE = "rescue:search:manage";

    @Bean
    PermissionGroup rescueSearchPermissions() {
        return new PermissionGroup("rescue", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem rescueSearchMenu() {
        return new MenuItem(MenuSection.RESCUE, "menu.rescue.searches", FamilySearchController.BASE, VIEW, 52);
    }

    @Bean
    MenuItem rescueStrandedMenu() {
        return new MenuItem(MenuSection.RESCUE, "menu.rescue.stranded", StrandedController.BASE, VIEW, 54);
    }

    @Bean
    MenuItem rescueMissingReportMenu() {
        return new MenuItem(MenuSection.RESCUE, "menu.rescue.missingReports", MissingReportController.BASE, VIEW, 56);
    }
}
