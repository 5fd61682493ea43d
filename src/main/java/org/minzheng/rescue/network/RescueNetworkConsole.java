package org.minzheng.rescue.network;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the rescue network adds to the console: its permissions and menu entries. */
@Configuration(proxyBeanMethods = false)
class RescueNetworkConsole {

    static final String VIEW = "rescue:network:view";
    static final String MANAGE = "rescue:network:manage";
    static final String CAN_VIEW = "hasAuthority('" + VIEW + "')";
    static final String CAN_MANAGE = "hasAuthority('" + MANAGE + "')";

    @Bean
    PermissionGroup rescueNetworkPermissions() {
        return new PermissionGroup("rescue", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem rescueStationsMenu() {
        return new MenuItem(MenuSection.RESCUE, "menu.rescue.stations", RescueStationController.BASE, VIEW, 10);
    }

    @Bean
    MenuItem rescueGridWorkersMenu() {
        return new MenuItem(MenuSection.RESCUE, "menu.rescue.gridWorkers", GridWorkerController.BASE, VIEW, 20);
    }

    @Bean
    MenuItem rescueTrainingsMenu() {
        return new MenuItem(MenuSection.RESCUE, "menu.rescue.trainings", RescueTrainingController.BASE, VIEW, 30);
    }
}
