package org.minzheng.staff.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.AuditOutcome;
import org.minzheng.shared.RegionCode;
import org.minzheng.staff.account.Account;
import org.minzheng.staff.account.AccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins, locks accounts, and puts every attempt in the login log. */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final LoginPolicy policy;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, AuditLog audit, LoginPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    void badCredentials(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), "password");
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        String username = normalise(event.getAuthentication().getName());
        audit.record(AuditEvent.login("staff.login.failure", AuditOutcome.FAILURE, username, regionOf(username))
                .withDetail("locked"));
    }

    @EventListener
    void disabled(AuthenticationFailureDisabledEvent event) {
        String username = normalise(event.getAuthentication().getName());
        audit.record(AuditEvent.login("staff.login.failure", AuditOutcome.FAILURE, username, regionOf(username))
                .withDetail("disabled"));
    }

    /**
     * Records a failed password or one-time code.
     *
     * @return true when this failure locked the account
     */
    @Transactional
    boolean failed(String rawUsername, String factor) {
        String username = normalise(rawUsername);
        Instant lockUntil = clock.instant().plus(policy.lockDuration());
        Optional<Instant> locked = accounts.recordFailure(username, policy.maxFailedAttempts(), lockUntil);
        RegionCode region = regionOf(username);
        // An unknown user name is logged as typed, cut short: it may be a mistyped password.
        String logged = region == null ? abbreviate(username) : username;
        audit.record(AuditEvent.login("staff.login.failure", AuditOutcome.FAILURE, logged, region)
                .withDetail(factor));
        if (locked.isPresent()) {
            audit.record(AuditEvent.login("staff.account.locked", AuditOutcome.SUCCESS, logged, region)
                    .withDetail(policy.maxFailedAttempts() + " failures"));
        }
        return locked.isPresent();
    }

    boolean isLocked(String rawUsername) {
        return accounts.findByUsername(normalise(rawUsername))
                .map(a -> a.lockedAt(clock.instant()))
                .orElse(false);
    }

    private RegionCode regionOf(String username) {
        return accounts.findByUsername(username).map(Account::regionCode).orElse(null);
    }

    private static String abbreviate(String username) {
        return username.length() <= 3 ? username + "…" : username.substring(0, 3) + "…";
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
