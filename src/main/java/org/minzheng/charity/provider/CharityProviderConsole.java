package org.minzheng.charity.provider;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What providers and tenders add to the console: their permissions and three menu entries. */
@Configuration(proxyBeanMethods = false)
class CharityProviderConsole {

    static final String VIEW = "charity:provider:view";
    static final String MANAGE = "charity:provider:manage";

    @Bean
    PermissionGroup charityProviderPermissions() {
        return new PermissionGroup("charity", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem charityTendersMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.tenders", TenderController.BASE, VIEW, 40);
    }

    @Bean
    MenuItem charityContractsMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.contracts", ServiceContractController.BASE, VIEW, 42);
    }

    @Bean
    MenuItem charityProvidersMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.providers", ServiceProviderController.BASE, VIEW, 44);
    }
}
