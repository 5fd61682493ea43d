package org.minzheng.charity.need;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the needs list adds to the console: the module's permissions and its menu entry. */
@Configuration(proxyBeanMethods = false)
class CharityNeedConsole {

    static final String VIEW = "charity:need:view";
    static final String MANAGE = "charity:need:manage";

    @Bean
    PermissionGroup charityPermissions() {
        return new PermissionGroup("charity", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem charityNeedsMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.needs", NeedController.BASE, VIEW, 10);
    }
}
