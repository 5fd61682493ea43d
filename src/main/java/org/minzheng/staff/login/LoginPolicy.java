package org.minzheng.staff.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules of 等保 2.0 level 3 (身份鉴别 b): lock after repeated failures, expire passwords.
 *
 * @param maxFailedAttempts failures (password or one-time code) that lock the account
 * @param lockDuration how long the lock lasts
 * @param passwordMaxAge after this a password must be changed at the next sign-in
 */
@ConfigurationProperties("minzheng.security")
record LoginPolicy(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("90d") Duration passwordMaxAge) {}
