package org.minzheng.audit.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.minzheng.audit.AuditCategory;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the audit module adds to the console. The login log sits under 系统管理 because administrators
 * watch sign-ins; everything else is under 安全审计 for auditors.
 */
@Configuration(proxyBeanMethods = false)
class AuditConsole {

    @Bean
    PermissionGroup auditPermissions() {
        return new PermissionGroup("audit", List.of("audit:log:view", "audit:login-log:view", "audit:chain:verify"));
    }

    @Bean
    MenuItem loginLogMenu() {
        return new MenuItem(
                MenuSection.SYSTEM,
                AuditView.LOGIN_LOG.titleKey(),
                AuditView.LOGIN_LOG.path(),
                "audit:login-log:view",
                40);
    }

    @Bean
    MenuItem operationsMenu() {
        return new MenuItem(
                MenuSection.AUDIT, AuditView.OPERATIONS.titleKey(), AuditView.OPERATIONS.path(), "audit:log:view", 10);
    }

    @Bean
    MenuItem personalDataMenu() {
        return new MenuItem(
                MenuSection.AUDIT,
                AuditView.PERSONAL_DATA.titleKey(),
                AuditView.PERSONAL_DATA.path(),
                "audit:log:view",
                20);
    }

    @Bean
    MenuItem entriesMenu() {
        return new MenuItem(
                MenuSection.AUDIT, AuditView.ENTRIES.titleKey(), AuditView.ENTRIES.path(), "audit:log:view", 30);
    }

    @Bean
    MenuItem chainMenu() {
        return new MenuItem(MenuSection.AUDIT, "audit.chain.title", "/console/audit/chain", "audit:chain:verify", 40);
    }

    @Bean
    DashboardTile auditTile(AuditEntryQuery entries, Clock clock) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return "audit:log:view";
            }

            @Override
            public int order() {
                return 90;
            }

            @Override
            public String titleKey() {
                return "tile.audit.title";
            }

            @Override
            public String path() {
                return AuditView.ENTRIES.path();
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                DataScope scope = staff.dataScope();
                LocalDate today = LocalDate.now(clock.withZone(AuditTime.ZONE));
                Instant midnight = AuditTime.instant(today.atStartOfDay());
                Instant monday = AuditTime.instant(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .atStartOfDay());
                return List.of(
                        new Figure(
                                "tile.audit.loginsToday",
                                entries.count(
                                        AuditFilter.since(AuditCategory.LOGIN, "staff.login.success", midnight),
                                        scope)),
                        new Figure(
                                "tile.audit.failedLoginsToday",
                                entries.count(
                                        AuditFilter.since(AuditCategory.LOGIN, "staff.login.failure", midnight),
                                        scope)),
                        new Figure(
                                "tile.audit.entriesThisWeek",
                                entries.count(AuditFilter.since(null, null, monday), scope)));
            }
        };
    }
}
