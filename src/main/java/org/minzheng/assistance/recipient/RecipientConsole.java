package org.minzheng.assistance.recipient;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.spi.DashboardTile;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the recipients register adds to the console: its permissions, the menu entry and the review tile. */
@Configuration(proxyBeanMethods = false)
class RecipientConsole {

    static final String VIEW = "assistance:recipient:view";

    @Bean
    PermissionGroup recipientPermissions() {
        return new PermissionGroup("assistance", List.of(VIEW, "assistance:recipient:review", ReviewController.MANAGE));
    }

    @Bean
    MenuItem recipientMenu() {
        return new MenuItem(MenuSection.ASSISTANCE, "menu.assistance.recipients", RecipientController.BASE, VIEW, 20);
    }

    @Bean
    DashboardTile reviewTile(RecipientRepository repository) {
        return new DashboardTile() {
            @Override
            public String permission() {
                return VIEW;
            }

            @Override
            public int order() {
                return 6;
            }

            @Override
            public String titleKey() {
                return "tile.recipient.reviews";
            }

            @Override
            public String path() {
                return ReviewController.TASKS;
            }

            @Override
            public List<Figure> figures(StaffPrincipal staff) {
                RecipientRepository.ReviewCounts counts =
                        repository.reviewCounts(staff.dataScope(), RecipientController.today());
                return List.of(
                        new Figure("tile.recipient.dueThisMonth", counts.due()),
                        new Figure("tile.recipient.overdue", counts.overdue()));
            }
        };
    }
}
