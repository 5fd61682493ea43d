package org.minzheng.charity.award;

import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The awards' menu entry; their permissions are those of evaluation (CharityEvaluationConsole). */
@Configuration(proxyBeanMethods = false)
class CharityAwardConsole {

    @Bean
    MenuItem charityAwardsMenu() {
        return new MenuItem(
                MenuSection.CHARITY, "menu.charity.awards", AwardController.BASE, "charity:evaluation:view", 54);
    }
}
