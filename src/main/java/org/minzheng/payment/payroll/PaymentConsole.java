package org.minzheng.payment.payroll;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the payment module adds to the console: its permissions and menu entries. */
@Configuration(proxyBeanMethods = false)
class PaymentConsole {

    @Bean
    PermissionGroup paymentPermissions() {
        return new PermissionGroup(
                "payment",
                List.of(
                        "payment:payroll:view",
                        "payment:payroll:manage",
                        "payment:payroll:approve",
                        "payment:account:manage"));
    }

    @Bean
    MenuItem payrollMenu() {
        return new MenuItem(
                MenuSection.PAYMENT, "menu.payment.payrolls", PayrollController.BASE, "payment:payroll:view", 10);
    }

    @Bean
    MenuItem accountMenu() {
        return new MenuItem(
                MenuSection.PAYMENT,
                "menu.payment.accounts",
                "/console/payment/accounts",
                "payment:account:manage",
                20);
    }
}
