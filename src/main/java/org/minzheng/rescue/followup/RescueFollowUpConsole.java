package org.minzheng.rescue.followup;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 返乡回访, 反复流浪 and the repeat rate in the menu, and the follow-up permissions for the role editor. */
@Configuration(proxyBeanMethods = false)
class RescueFollowUpConsole {

    @Bean
    PermissionGroup rescueFollowUpPermissions() {
        return new PermissionGroup("rescue", List.of("rescue:followup:view", "rescue:followup:manage"));
    }

    @Bean
    MenuItem rescueReturneesMenu() {
        return new MenuItem(
                MenuSection.RESCUE, "menu.rescue.returnees", ReturneeController.BASE, "rescue:followup:view", 80);
    }

    @Bean
    MenuItem rescueRepeatsMenu() {
        return new MenuItem(
                MenuSection.RESCUE, "menu.rescue.repeats", RepeatController.BASE, "rescue:followup:view", 81);
    }

    @Bean
    MenuItem rescueRepeatRateMenu() {
        return new MenuItem(
                MenuSection.RESCUE, "menu.rescue.repeatRate", RepeatRateController.BASE, "rescue:followup:view", 82);
    }
}
