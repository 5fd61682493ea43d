package org.minzheng.policy.catalogue;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the catalogue adds to the console: its permissions and its menu entry. */
@Configuration(proxyBeanMethods = false)
class CatalogueConsole {

    @Bean
    PermissionGroup cataloguePermissions() {
        return new PermissionGroup("policy", List.of("policy:catalogue:view", "policy:catalogue:manage"));
    }

    @Bean
    MenuItem catalogueMenu() {
        return new MenuItem(
                MenuSection.POLICY, "menu.policy.catalogue", PolicyController.BASE, "policy:catalogue:view", 10);
    }
}
