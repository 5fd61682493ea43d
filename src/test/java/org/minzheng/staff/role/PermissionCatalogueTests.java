package org.minzheng.staff.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.security.PermissionGroup;
import org.minzheng.workbench.spi.MenuItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every permission, module and menu entry the running modules declare has a name in both languages. */
@IntegrationTest
class PermissionCatalogueTests {

    static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Autowired
    PermissionCatalogue catalogue;

    @Autowired
    List<MenuItem> menu;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void featuresOfOneModuleShowAsOneGroup() {
        var merged = new PermissionCatalogue(List.of(
                new PermissionGroup("policy", List.of("policy:catalogue:view")),
                new PermissionGroup("audit", List.of("audit:log:view")),
                new PermissionGroup("policy", List.of("policy:parameter:view"))));
        assertThat(merged.groups()).extracting(PermissionGroup::module).containsExactly("audit", "policy");
        assertThat(merged.groups().get(1).permissions())
                .containsExactly("policy:catalogue:view", "policy:parameter:view");
        assertThat(catalogue.groups()).extracting(PermissionGroup::module).doesNotHaveDuplicates();
    }

    @Test
    void everyPermissionAndModuleIsNamedInChineseAndEnglish() {
        for (Locale locale : LOCALES) {
            for (var group : catalogue.groups()) {
                assertThatCode(() -> messages.getMessage("module." + group.module(), null, locale))
                        .doesNotThrowAnyException();
                for (String permission : group.permissions()) {
                    assertThatCode(() -> messages.getMessage("permission." + permission, null, locale))
                            .as(permission + " in " + locale)
                            .doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void everyMenuEntryIsNamedInChineseAndEnglish() {
        for (Locale locale : LOCALES) {
            for (MenuItem item : menu) {
                assertThatCode(() -> messages.getMessage(item.labelKey(), null, locale))
                        .as(item.labelKey())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void builtInRolesHoldOnlyPermissionsTheCatalogueKnows() {
        assertThat(jdbc.queryForList(
                        "select distinct p.permission from staff.role_permissions p join staff.roles r on r.code = p.role_code where r.builtin",
                        String.class))
                .isSubsetOf(catalogue.all());
    }
}
