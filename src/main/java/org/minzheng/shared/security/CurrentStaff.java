package org.minzheng.shared.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
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
}
