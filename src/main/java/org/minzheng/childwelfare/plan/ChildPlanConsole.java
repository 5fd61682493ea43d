package org.minzheng.childwelfare.plan;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of 康复计划 and their menu entry. */
@Configuration(proxyBeanMethods = false)
class ChildPlanConsole {

    static final String VIEW = "childwelfare:plan:view";
    static final String MANAGE = "childwelfare:plan:manage";

    @Bean
    PermissionGroup childwelfarePlanPermissions() {
        return new PermissionGroup("childwelfare", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem childwelfarePlanMenu() {
        return new MenuItem(
                MenuSection.CHILDWELFARE, "menu.childwelfare.plans", "/console/childwelfare/plans", VIEW, 20);
    }
}
