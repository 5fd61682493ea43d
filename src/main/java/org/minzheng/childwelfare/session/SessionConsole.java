package org.minzheng.childwelfare.session;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the daily therapy sessions and their menu entries. */
@Configuration(proxyBeanMethods = false)
class SessionConsole {

    static final String VIEW = "childwelfare:session:view";
    static final String RECORD = "childwelfare:session:record";

    @Bean
    PermissionGroup childwelfareSessionPermissions() {
        return new PermissionGroup("childwelfare", List.of(VIEW, RECORD));
    }

    @Bean
    MenuItem childwelfareSessionsTodayMenu() {
        return new MenuItem(
                MenuSection.CHILDWELFARE,
                "menu.childwelfare.sessionsToday",
                TherapistSessionController.BASE,
                RECORD,
                30);
    }

    @Bean
    MenuItem childwelfareSessionsMenu() {
        return new MenuItem(
                MenuSection.CHILDWELFARE, "menu.childwelfare.sessions", SessionMinutesController.BASE, VIEW, 35);
    }
}
