package org.minzheng.staff.login;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.StaffPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as Spring Security sees it. Kept serialisable and small because it lives
 * in the JDBC session store; the region is held as a string for the same reason.
 */
public final class StaffUser implements UserDetails, CredentialsContainer, StaffPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Held by every fully signed-in staff member: the console requires it. */
    public static final String STAFF_AUTHORITY = "STAFF";

    private final long accountId;
    private final String username;
    private final String displayName;
    private final String region;
    private final String regionName;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean secondFactorRequired;
    private final boolean mustChangePassword;
    private final Set<String> authorities;
    private String passwordHash;

    StaffUser(
            long accountId,
            String username,
            String displayName,
            RegionCode region,
            String regionName,
            String passwordHash,
            boolean enabled,
            Instant lockedUntil,
            boolean secondFactorRequired,
            boolean mustChangePassword,
            Set<String> authorities) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.region = region.value();
        this.regionName = regionName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.secondFactorRequired = secondFactorRequired;
        this.mustChangePassword = mustChangePassword;
        this.authorities = Set.copyOf(authorities);
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public RegionCode regionCode() {
        return RegionCode.of(region);
    }

    @Override
    public String regionName() {
        return regionName;
    }

    boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public boolean passwordChangeRequired() {
        return mustChangePassword;
    }

    public boolean holds(String permission) {
        return authorities.contains(permission);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities.stream().map(SimpleGrantedAuthority::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + "]";
    }
}
