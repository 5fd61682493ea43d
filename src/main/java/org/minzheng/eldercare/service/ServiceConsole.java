package org.minzheng.eldercare.service;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of home services, dispatch and settlement, and their menu entries. */
@Configuration(proxyBeanMethods = false)
class ServiceConsole {

    static final String SERVE = "eldercare:visit:serve";
    static final String VIEW = "eldercare:visit:view";
    static final String DISPATCH = "eldercare:visit:dispatch";
    static final String REVIEW = "eldercare:visit:review";
    static final String SETTLEMENT_VIEW = "eldercare:settlement:view";
    static final String SETTLEMENT_CONFIRM = "eldercare:settlement:confirm";

    @Bean
    PermissionGroup eldercareServicePermissions() {
        return new PermissionGroup(
                "eldercare", List.of(SERVE, VIEW, DISPATCH, REVIEW, SETTLEMENT_VIEW, SETTLEMENT_CONFIRM));
    }

    @Bean
    MenuItem eldercareMyVisitsMenu() {
        return new MenuItem(MenuSection.ELDERCARE, "menu.eldercare.myVisits", "/console/eldercare/my-visits", SERVE, 5);
    }

    @Bean
    MenuItem eldercarePlansMenu() {
        return new MenuItem(
                MenuSection.ELDERCARE, "menu.eldercare.plans", "/console/eldercare/service-plans", VIEW, 75);
    }

    @Bean
    MenuItem eldercareVisitsMenu() {
        return new MenuItem(MenuSection.ELDERCARE, "menu.eldercare.visits", "/console/eldercare/visits", VIEW, 76);
    }

    @Bean
    MenuItem eldercareSettlementsMenu() {
        return new MenuItem(
                MenuSection.ELDERCARE,
                "menu.eldercare.settlements",
                "/console/eldercare/settlements",
                SETTLEMENT_VIEW,
                85);
    }
}
