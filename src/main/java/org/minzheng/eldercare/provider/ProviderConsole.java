package org.minzheng.eldercare.provider;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 居家养老服务商 and the catalogue, and the providers' menu entry. */
@Configuration(proxyBeanMethods = false)
class ProviderConsole {

    static final String VIEW = "eldercare:provider:view";
    static final String MANAGE = "eldercare:provider:manage";
    static final String CATALOGUE_MANAGE = "eldercare:catalogue:manage";

    @Bean
    PermissionGroup eldercareProviderPermissions() {
        return new PermissionGroup("eldercare", List.of(VIEW, MANAGE, CATALOGUE_MANAGE));
    }

    @Bean
    MenuItem eldercareProviderMenu() {
        return new MenuItem(
                MenuSection.ELDERCARE, "menu.eldercare.providers", "/console/eldercare/providers", VIEW, 60);
    }
}
