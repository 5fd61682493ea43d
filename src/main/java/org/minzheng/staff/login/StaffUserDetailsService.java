package org.minzheng.staff.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.minzheng.region.Regions;
import org.minzheng.staff.account.Account;
import org.minzheng.staff.account.AccountRepository;
import org.minzheng.staff.role.RoleRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a staff member with the permissions of all their roles. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final Regions regions;
    private final Clock clock;
    private final Duration passwordMaxAge;

    StaffUserDetailsService(
            AccountRepository accounts,
            RoleRepository roles,
            Regions regions,
            Clock clock,
            @Value("${minzheng.security.password-max-age:90d}") Duration passwordMaxAge) {
        this.accounts = accounts;
        this.roles = roles;
        this.regions = regions;
        this.clock = clock;
        this.passwordMaxAge = passwordMaxAge;
    }

    @Override
    public StaffUser loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(normalised)
                .map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }

    StaffUser loadById(long accountId) {
        return accounts.findById(accountId)
                .map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }

    private StaffUser toUser(Account account) {
        List<RoleRepository.RoleGrant> grants = roles.grantsOf(account.roleCodes());
        Set<String> authorities = new HashSet<>();
        authorities.add(StaffUser.STAFF_AUTHORITY);
        boolean secondFactor = false;
        for (RoleRepository.RoleGrant grant : grants) {
            authorities.add("ROLE_" + grant.roleCode());
            authorities.addAll(grant.permissions());
            secondFactor |= grant.requiresSecondFactor();
        }
        Instant now = clock.instant();
        boolean expired = account.passwordChangedAt().plus(passwordMaxAge).isBefore(now);
        return new StaffUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.regionCode(),
                regions.nameOf(account.regionCode()),
                account.passwordHash(),
                account.enabled(),
                account.lockedUntil(),
                secondFactor,
                account.mustChangePassword() || expired,
                authorities);
    }
}
