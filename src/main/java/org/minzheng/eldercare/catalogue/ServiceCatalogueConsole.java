package org.minzheng.eldercare.catalogue;

import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue's menu entry; its permissions are declared with the providers'. */
@Configuration(proxyBeanMethods = false)
class ServiceCatalogueConsole {

    @Bean
    MenuItem eldercareCatalogueMenu() {
        return new MenuItem(
                MenuSection.ELDERCARE,
                "menu.eldercare.catalogue",
                "/console/eldercare/catalogue",
                "eldercare:provider:view",
                70);
    }
}
