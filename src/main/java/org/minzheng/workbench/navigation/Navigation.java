package org.minzheng.workbench.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.workbench.spi.MenuItem;
import org.minzheng.workbench.spi.MenuSection;
import org.springframework.stereotype.Component;

/** The console menu, built from the modules' {@link MenuItem} beans and cut to what the viewer may open. */
@Component
class Navigation {

    private final List<MenuItem> items;

    Navigation(List<MenuItem> items) {
        this.items =
                items.stream().sorted(Comparator.comparingInt(MenuItem::order)).toList();
    }

    /**
     * Only the entry with the longest path that covers the current page is marked: 销量导入
     * ({@code /console/lottery/sales/import}) must not light up 销量分析 ({@code /console/lottery/sales}) too.
     */
    List<Group> visibleTo(Set<String> authorities, String currentPath) {
        List<MenuItem> visible = items.stream()
                .filter(item -> authorities.contains(item.permission()))
                .toList();
        String activePath = visible.stream()
                .map(MenuItem::path)
                .filter(path -> covers(path, currentPath))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
        Map<MenuSection, List<Entry>> bySection = new EnumMap<>(MenuSection.class);
        for (MenuItem item : visible) {
            bySection
                    .computeIfAbsent(item.section(), section -> new ArrayList<>())
                    .add(new Entry(item.labelKey(), item.path(), item.path().equals(activePath)));
        }
        return bySection.entrySet().stream()
                .map(section -> new Group(section.getKey().labelKey(), section.getValue()))
                .collect(Collectors.toList());
    }

    private static boolean covers(String path, String currentPath) {
        return currentPath.equals(path) || currentPath.startsWith(path + "/");
    }

    record Group(String labelKey, List<Entry> entries) {}

    record Entry(String labelKey, String path, boolean active) {}
}
