package org.minzheng.policy.screening;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 政策找人 permissions and page in the console menu. */
@Configuration(proxyBeanMethods = false)
class ScreeningConsole {

    @Bean
    PermissionGroup screeningPermissions() {
        return new PermissionGroup("policy", List.of("policy:screening:view", "policy:screening:run"));
    }

    @Bean
    MenuItem screeningMenu() {
        return new MenuItem(
                MenuSection.REGISTRY,
                "menu.policy.screening",
                "/console/policy/screening",
                "policy:screening:view",
                30);
    }
}
