package org.minzheng.childwelfare.funding;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions, menu entry and home tile of the rehabilitation funding. */
@Configuration(proxyBeanMethods = false)
class FundingConsole {

    static final String VIEW = "childwelfare:funding:view";
    static final String MANAGE = "childwelfare:funding:manage";

    @Bean
    PermissionGroup childwelfareFundingPermissions() {
        return new PermissionGroup("childwelfare", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem childwelfareFundingMenu() {
        return new MenuItem(MenuSection.CHILDWELFARE, "menu.childwelfare.funding", FundingController.BASE, VIEW, 40);
    }

    /** This year: children whose funds are running out or spent, and children below the guaranteed amount. */
    @Bean
    DashboardTile childwelfareFundingTile(FundingStatements statements) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return VIEW;
            }

            @Override
            public int order() {
                return 60;
            }

            @Override
            public String titleKey() {
                return "childwelfare.funding.title";
            }

            @Override
            public String path() {
                return FundingController.BASE;
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                var all = statements.all(
                        new org.minzheng.shared.security.DataScope(staff.regionCode()),
                        statements.today().getYear());
                return List.of(
                        new Figure(
                                "childwelfare.funding.tile.warnings",
                                all.stream().filter(YearlyStatement::warning).count()),
                        new Figure(
                                "childwelfare.funding.tile.belowGuarantee",
                                all.stream().filter(s -> !s.guaranteeMet()).count()));
            }
        };
    }
}
