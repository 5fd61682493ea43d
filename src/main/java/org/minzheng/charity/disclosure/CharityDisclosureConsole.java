package org.minzheng.charity.disclosure;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What public disclosure adds to the console: the weekly update log and who may publish it early. */
@Configuration(proxyBeanMethods = false)
class CharityDisclosureConsole {

    /** Reading the log needs only the project view; publishing a week early is the city's. */
    static final String VIEW = "charity:project:view";

    static final String PUBLISH = "charity:disclosure:publish";

    @Bean
    PermissionGroup charityDisclosurePermissions() {
        return new PermissionGroup("charity", List.of(PUBLISH));
    }

    @Bean
    MenuItem charityDisclosureMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.disclosure", DisclosureLogController.BASE, VIEW, 70);
    }
}
