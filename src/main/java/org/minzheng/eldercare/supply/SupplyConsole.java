package org.minzheng.eldercare.supply;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 居家养老用品与租赁 and their menu entry. */
@Configuration(proxyBeanMethods = false)
class SupplyConsole {

    static final String VIEW = "eldercare:supply:view";
    static final String MANAGE = "eldercare:supply:manage";

    @Bean
    PermissionGroup eldercareSupplyPermissions() {
        return new PermissionGroup("eldercare", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem eldercareSupplyMenu() {
        return new MenuItem(MenuSection.ELDERCARE, "menu.eldercare.supplies", "/console/eldercare/supplies", VIEW, 80);
    }
}
