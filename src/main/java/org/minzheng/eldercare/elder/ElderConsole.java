package org.minzheng.eldercare.elder;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What elder profiles and capability assessments add to the console: permissions and a menu entry. */
@Configuration(proxyBeanMethods = false)
class ElderConsole {

    @Bean
    PermissionGroup eldercareAssessmentPermissions() {
        return new PermissionGroup(
                "eldercare", List.of("eldercare:elder:view", "eldercare:elder:manage", "eldercare:assessment:record"));
    }

    @Bean
    MenuItem eldercareEldersMenu() {
        return new MenuItem(
                MenuSection.ELDERCARE,
                "menu.eldercare.elders",
                "/console/eldercare/elders",
                "eldercare:elder:view",
                10);
    }
}
