package org.minzheng.staff.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.Regions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class FirstAdministratorTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    Regions regions;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void doesNothingOnceAccountsExist() {
        assertThat(firstAdministrator("Boot#2026strong").createIfNoAccounts()).isFalse();
    }

    /** Rolled back: the demo accounts are removed only inside this test's transaction. */
    @Test
    @Transactional
    void createsACityAdministratorWhoMustChangeThePasswordOnAnEmptyDatabase() {
        jdbc.update("delete from staff.accounts");
        assertThat(firstAdministrator("Boot#2026strong").createIfNoAccounts()).isTrue();
        assertThat(jdbc.queryForMap(
                        "select a.username, a.region_code, a.must_change_password, r.role_code from staff.accounts a"
                                + " join staff.account_roles r on r.account_id = a.id"))
                .containsEntry("username", "chief")
                .containsEntry("region_code", "371600000000")
                .containsEntry("must_change_password", true)
                .containsEntry("role_code", "CITY_ADMIN");
    }

    @Test
    @Transactional
    void refusesAWeakBootstrapPassword() {
        jdbc.update("delete from staff.accounts");
        assertThatThrownBy(() -> firstAdministrator("weak").createIfNoAccounts())
                .hasMessageContaining("minzheng.bootstrap.admin-password");
    }

    private FirstAdministrator firstAdministrator(String password) {
        return new FirstAdministrator(
                accounts, regions, encoder, audit, jdbcClient, Clock.systemUTC(), "chief", password, "3716");
    }
}
