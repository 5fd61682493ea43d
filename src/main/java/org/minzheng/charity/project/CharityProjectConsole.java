package org.minzheng.charity.project;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What charity projects add to the console: their permissions and menu entry. */
@Configuration(proxyBeanMethods = false)
class CharityProjectConsole {

    static final String VIEW = "charity:project:view";
    static final String MANAGE = "charity:project:manage";

    @Bean
    PermissionGroup charityProjectPermissions() {
        return new PermissionGroup("charity", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem charityProjectsMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.projects", ProjectController.BASE, VIEW, 20);
    }
}
