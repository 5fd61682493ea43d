package org.minzheng.shared.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in staff member from the security context. */
public final class CurrentStaff {

    private CurrentStaff() {}

    public static Optional<StaffPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(staff);
        }
        return Optional.empty();
    }

    public static StaffPrincipal require() {
        return principal().orElseThrow(() -> new AccessDeniedException("No staff member signed in"));
    }

    public static DataScope scope() {
        return require().dataScope();
    }

    /** The signed-in staff member's permissions (and roles), for hiding what they may not use. */
    public static Set<String> authorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }
}
