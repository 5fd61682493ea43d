package org.minzheng.policy.monitoring;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the monitoring rules add to the console: their permissions and their menu entry. */
@Configuration(proxyBeanMethods = false)
class MonitoringRuleConsole {

    @Bean
    PermissionGroup monitoringRulePermissions() {
        return new PermissionGroup("policy", List.of("policy:monitoring:view", "policy:monitoring:manage"));
    }

    @Bean
    MenuItem monitoringRuleMenu() {
        return new MenuItem(
                MenuSection.POLICY,
                "menu.policy.monitoringRules",
                MonitoringRuleController.BASE,
                "policy:monitoring:view",
                30);
    }
}
