package org.minzheng.childwelfare.supervision;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions and menu entry of the two institutions' supervision. */
@Configuration(proxyBeanMethods = false)
class RehabSupervisionConsole {

    static final String VIEW = "childwelfare:evaluation:view";
    static final String HOME = "childwelfare:evaluation:home";
    static final String HOSPITAL = "childwelfare:evaluation:hospital";

    @Bean
    PermissionGroup childwelfareEvaluationPermissions() {
        return new PermissionGroup("childwelfare", List.of(VIEW, HOME, HOSPITAL));
    }

    @Bean
    MenuItem childwelfareSupervisionMenu() {
        return new MenuItem(
                MenuSection.CHILDWELFARE, "menu.childwelfare.supervision", RehabSupervisionController.BASE, VIEW, 50);
    }
}
