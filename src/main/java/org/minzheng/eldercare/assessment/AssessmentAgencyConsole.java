package org.minzheng.eldercare.assessment;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the assessment agencies' pages and their menu entry. */
@Configuration(proxyBeanMethods = false)
class AssessmentAgencyConsole {

    static final String VIEW = "eldercare:agency:view";
    static final String MANAGE = "eldercare:agency:manage";

    @Bean
    PermissionGroup eldercareAgencyPermissions() {
        return new PermissionGroup("eldercare", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem eldercareAgenciesMenu() {
        return new MenuItem(
                MenuSection.ELDERCARE, "menu.eldercare.agencies", AssessmentAgencyController.BASE, VIEW, 15);
    }
}
