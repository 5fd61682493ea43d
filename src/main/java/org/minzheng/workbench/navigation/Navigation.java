package org.minzheng.workbench.navigation;

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

    List<Group> visibleTo(Set<String> authorities, String currentPath) {
        Map<MenuSection, List<Entry>> bySection = new EnumMap<>(MenuSection.class);
        for (MenuItem item : items) {
            if (authorities.contains(item.permission())) {
                boolean active = currentPath.equals(item.path()) || currentPath.startsWith(item.path() + "/");
                bySection
                        .computeIfAbsent(item.section(), section -> new java.util.ArrayList<>())
                        .add(new Entry(item.labelKey(), item.path(), active));
            }
        }
        return bySection.entrySet().stream()
                .map(section -> new Group(section.getKey().labelKey(), section.getValue()))
                .collect(Collectors.toList());
    }

    record Group(String labelKey, List<Entry> entries) {}

    record Entry(String labelKey, String path, boolean active) {}
}
