package org.minzheng.registry.household;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the registry adds to the console: its permissions and menu entry. */
@Configuration(proxyBeanMethods = false)
class RegistryConsole {

    @Bean
    PermissionGroup registryPermissions() {
        return new PermissionGroup(
                "registry", List.of("registry:household:view", "registry:household:manage", "registry:person:reveal"));
    }

    @Bean
    MenuItem registryHouseholdsMenu() {
        return new MenuItem(
                MenuSection.REGISTRY,
                "menu.registry.households",
                "/console/registry/households",
                "registry:household:view",
                10);
    }
}
