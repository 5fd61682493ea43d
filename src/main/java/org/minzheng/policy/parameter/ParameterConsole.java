package org.minzheng.policy.parameter;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local-standards permissions and page in the console menu. */
@Configuration(proxyBeanMethods = false)
class ParameterConsole {

    static final String VIEW = "policy:parameter:view";
    static final String MANAGE = "policy:parameter:manage";

    @Bean
    PermissionGroup parameterPermissions() {
        return new PermissionGroup("policy", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem parameterMenu() {
        return new MenuItem(MenuSection.POLICY, "menu.policy.parameters", "/console/policy/parameters", VIEW, 20);
    }
}
