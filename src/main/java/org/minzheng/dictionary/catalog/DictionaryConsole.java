package org.minzheng.dictionary.catalog;

import java.util.List;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the dictionary module adds to the console: its permissions and its menu entry. */
@Configuration(proxyBeanMethods = false)
class DictionaryConsole {

    static final String VIEW = "dictionary:entry:view";
    static final String MANAGE = "dictionary:entry:manage";

    @Bean
    PermissionGroup dictionaryPermissions() {
        return new PermissionGroup("dictionary", List.of(VIEW, MANAGE));
    }

    @Bean
    MenuItem dictionaryMenu() {
        return new MenuItem(MenuSection.SYSTEM, "menu.dictionary", "/console/dictionary/dictionaries", VIEW, 30);
    }
}
