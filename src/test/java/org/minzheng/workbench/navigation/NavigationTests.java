package org.minzheng.workbench.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;

class NavigationTests {

    private final Navigation navigation = new Navigation(List.of(
            new MenuItem(MenuSection.LOTTERY, "sales", "/console/lottery/sales", "lottery:sales:view", 1),
            new MenuItem(MenuSection.LOTTERY, "import", "/console/lottery/sales/import", "lottery:sales:manage", 2),
            new MenuItem(MenuSection.LOTTERY, "outlets", "/console/lottery/outlets", "lottery:channel:view", 3)));

    private List<String> active(Set<String> authorities, String path) {
        return navigation.visibleTo(authorities, path).stream()
                .flatMap(group -> group.entries().stream())
                .filter(Navigation.Entry::active)
                .map(Navigation.Entry::labelKey)
                .toList();
    }

    private static final Set<String> ALL = Set.of("lottery:sales:view", "lottery:sales:manage", "lottery:channel:view");

    @Test
    void onlyTheLongestCoveringEntryIsActive() {
        assertThat(active(ALL, "/console/lottery/sales/import/history")).containsExactly("import");
        assertThat(active(ALL, "/console/lottery/sales/outlets")).containsExactly("sales");
        assertThat(active(ALL, "/console/lottery/sales")).containsExactly("sales");
        assertThat(active(ALL, "/console/lottery/salesman")).isEmpty();
    }

    @Test
    void anEntryTheViewerCannotSeeDoesNotTakeTheMark() {
        assertThat(active(Set.of("lottery:sales:view"), "/console/lottery/sales/import"))
                .containsExactly("sales");
        assertThat(navigation.visibleTo(Set.of("lottery:sales:view"), "/console").stream()
                        .flatMap(group -> group.entries().stream())
                        .map(Navigation.Entry::labelKey))
                .containsExactly("sales");
    }
}
