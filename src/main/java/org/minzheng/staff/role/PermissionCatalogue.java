package org.minzheng.staff.role;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.shared.security.PermissionGroup;
import org.springframework.stereotype.Component;

/** Every permission the running modules define, grouped by module, for the role editor. */
@Component
public class PermissionCatalogue {

    private final List<PermissionGroup> groups;

    PermissionCatalogue(List<PermissionGroup> groups) {
        this.groups = groups.stream()
                .sorted(Comparator.comparing(PermissionGroup::module))
                .toList();
    }

    public List<PermissionGroup> groups() {
        return groups;
    }

    public Set<String> all() {
        return groups.stream().flatMap(group -> group.permissions().stream()).collect(Collectors.toUnmodifiableSet());
    }
}
