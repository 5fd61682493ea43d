package org.minzheng.charity.evaluation;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What evaluation and audit add to the console: their permissions and menu entries. */
@Configuration(proxyBeanMethods = false)
class CharityEvaluationConsole {

    static final String VIEW = "charity:evaluation:view";
    static final String MANAGE = "charity:evaluation:manage";

    @Bean
    PermissionGroup charityEvaluationPermissions() {
        return new PermissionGroup("charity", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem charityEvaluationsMenu() {
        return new MenuItem(
                MenuSection.CHARITY, "menu.charity.evaluations", CharityEvaluationController.BASE, VIEW, 50);
    }

    @Bean
    MenuItem charityAuditReportsMenu() {
        return new MenuItem(MenuSection.CHARITY, "menu.charity.auditReports", AuditReportController.BASE, VIEW, 52);
    }
}
