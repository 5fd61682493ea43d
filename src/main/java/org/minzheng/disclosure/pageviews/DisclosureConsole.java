package org.minzheng.disclosure.pageviews;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the disclosure module adds to the console: its permission, the readership page and the home tile. */
@Configuration(proxyBeanMethods = false)
class DisclosureConsole {

    static final String VIEW = "disclosure:stats:view";

    @Bean
    PermissionGroup disclosurePermissions() {
        return new PermissionGroup("disclosure", List.of(VIEW));
    }

    /** Under payments: the lists are the public face of the money paid. */
    @Bean
    MenuItem disclosureReadershipMenu() {
        return new MenuItem(MenuSection.PAYMENT, "menu.disclosure.pageViews", PageViewController.PATH, VIEW, 90);
    }

    @Bean
    DashboardTile disclosureTile(PageViewRepository views, Clock clock) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return VIEW;
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public String titleKey() {
                return "tile.disclosure.title";
            }

            @Override
            public String path() {
                return PageViewController.PATH;
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                YearMonth month = YearMonth.now(clock);
                return List.of(
                        new Figure("tile.disclosure.thisMonth", views.total(staff.dataScope(), month)),
                        new Figure("tile.disclosure.lastMonth", views.total(staff.dataScope(), month.minusMonths(1))));
            }
        };
    }
}
