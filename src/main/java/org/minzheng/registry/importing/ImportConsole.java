package org.minzheng.registry.importing;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the import adds to the console: its permission and menu entry. */
@Configuration(proxyBeanMethods = false)
class ImportConsole {

    @Bean
    PermissionGroup registryImportPermissions() {
        return new PermissionGroup("registry", List.of("registry:import:run"));
    }

    @Bean
    MenuItem registryImportMenu() {
        return new MenuItem(
                MenuSection.REGISTRY, "menu.registry.import", "/console/registry/import", "registry:import:run", 20);
    }
}
