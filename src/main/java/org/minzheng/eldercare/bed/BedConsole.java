package org.minzheng.eldercare.bed;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 家庭养老床位 and their menu entry. */
@Configuration(proxyBeanMethods = false)
class BedConsole {

    static final String VIEW = "eldercare:bed:view";
    static final String MANAGE = "eldercare:bed:manage";
    static final String ACCEPT = "eldercare:bed:accept";

    @Bean
    PermissionGroup eldercareBedPermissions() {
        return new PermissionGroup("eldercare", List.of(VIEW, MANAGE, ACCEPT));
    }

    @Bean
    MenuItem eldercareBedMenu() {
        return new MenuItem(MenuSection.ELDERCARE, "menu.eldercare.beds", "/console/eldercare/beds", VIEW, 70);
    }
}
