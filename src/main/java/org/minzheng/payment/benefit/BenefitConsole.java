package org.minzheng.payment.benefit;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What other departments' benefit records add to the console: two permissions and a menu entry. */
@Configuration(proxyBeanMethods = false)
class BenefitConsole {

    static final String VIEW = "payment:benefit:view";
    static final String IMPORT = "payment:benefit:import";

    @Bean
    PermissionGroup benefitPermissions() {
        return new PermissionGroup("payment", List.of(VIEW, IMPORT));
    }

    @Bean
    MenuItem benefitMenu() {
        return new MenuItem(MenuSection.PAYMENT, "menu.payment.benefits", BenefitRecordController.BASE, VIEW, 30);
    }
}
