package org.minzheng.rescue.escort;

import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 护送返乡 in the menu; it uses the case permissions, as an escort is a step of a case. */
@Configuration(proxyBeanMethods = false)
class RescueEscortConsole {

    @Bean
    MenuItem rescueEscortMenu() {
        return new MenuItem(MenuSection.RESCUE, "menu.rescue.escorts", EscortController.BASE, "rescue:case:view", 60);
    }
}
