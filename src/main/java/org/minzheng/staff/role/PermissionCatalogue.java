package org.minzheng.staff.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.minzheng.shared.security.PermissionGroup;
import org.springframework.stereotype.Component;

/** Every permission the running modules define, grouped by module, for the role editor. */
@Component
public class PermissionCatalogue {

    private final List<PermissionGroup> groups;

    /** Features of one module may declare their permissions apart; the role editor shows one group per module. */
    PermissionCatalogue(List<PermissionGroup> groups) {
        Map<String, List<String>> byModule = new TreeMap<>();
        for (PermissionGroup group : groups) {
            byModule.computeIfAbsent(group.module(), module -> new ArrayList<>())
                    .addAll(group.permissions());
        }
        this.groups = byModule.entrySet().stream()
                .map(entry -> new PermissionGroup(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    public List<PermissionGroup> groups() {
        return groups;
    }

    public Set<String> all() {
        return groups.stream().flatMap(group -> group.permissions().stream()).collect(Collectors.toUnmodifiableSet());
    }
}
