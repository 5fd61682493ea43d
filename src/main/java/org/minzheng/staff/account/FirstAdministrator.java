package org.minzheng.staff.account;

import java.time.Clock;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new production database has no accounts, and only an administrator can create one. Given
 * {@code MINZHENG_BOOTSTRAP_ADMIN_PASSWORD}, the first start creates a city administrator with that
 * temporary password, to be changed (and a second factor enrolled) at the first sign-in. Once any
 * account exists this does nothing, so the setting can stay in place or be removed.
 */
@Component
@Order(30)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final Regions regions;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String region;

    FirstAdministrator(
            AccountRepository accounts,
            Regions regions,
            PasswordEncoder encoder,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock,
            @Value("${minzheng.bootstrap.admin-username:admin}") String username,
            @Value("${minzheng.bootstrap.admin-password:}") String password,
            @Value("${minzheng.bootstrap.admin-region:3716}") String region) {
        this.accounts = accounts;
        this.regions = regions;
        this.encoder = encoder;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.region = region;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!password.isBlank()) {
            createIfNoAccounts();
        }
    }

    /** @return whether an administrator was created */
    @Transactional
    boolean createIfNoAccounts() {
        if (jdbc.sql("select exists (select 1 from staff.accounts)")
                .query(Boolean.class)
                .single()) {
            return false;
        }
        PasswordPolicy.check(password, username).ifPresent(broken -> {
            throw new IllegalStateException(
                    "minzheng.bootstrap.admin-password breaks the password rules (" + broken + ")");
        });
        RegionCode code = RegionCode.of(region);
        if (regions.find(code).isEmpty()) {
            throw new IllegalStateException("minzheng.bootstrap.admin-region " + region + " is not in the region tree");
        }
        long id = accounts.insert(
                new AccountRepository.NewAccount(
                        username,
                        "系统管理员",
                        encoder.encode(password),
                        code,
                        null,
                        null,
                        true,
                        "bootstrap",
                        List.of("CITY_ADMIN")),
                clock.instant());
        audit.record(AuditEvent.operation("staff.account.create", "staff.account", Long.toString(id), code)
                .withDetail(username + " CITY_ADMIN (first administrator)"));
        log.info("Created the first administrator '{}'; the password must be changed at the first sign-in", username);
        return true;
    }
}
