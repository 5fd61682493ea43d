package org.minzheng.shared.security;

import java.util.List;

/**
 * A module's contribution to the permission catalogue that administrators assign to roles. Permissions
 * are {@code module:resource:action}; their display names are the message keys {@code permission.<code>}.
 *
 * @param module the module name, also the message key {@code module.<name>} of the group heading
 */
public record PermissionGroup(String module, List<String> permissions) {

    public PermissionGroup {
        permissions = List.copyOf(permissions);
        for (String permission : permissions) {
            if (!permission.matches("[a-z-]+:[a-z-]+:[a-z-]+")) {
                throw new IllegalArgumentException("Permission must read module:resource:action: " + permission);
            }
        }
    }
}
