package org.minzheng.notification.web;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the notification module adds to the console: its permission and the outbox list under 系统管理. */
@Configuration(proxyBeanMethods = false)
class NotificationConsole {

    static final String VIEW = "notification:sms:view";

    @Bean
    PermissionGroup notificationPermissions() {
        return new PermissionGroup("notification", List.of(VIEW));
    }

    @Bean
    MenuItem messagesMenu() {
        return new MenuItem(MenuSection.SYSTEM, "menu.notification.messages", MessageController.PATH, VIEW, 50);
    }
}
