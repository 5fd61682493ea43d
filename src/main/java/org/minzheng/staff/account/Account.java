package org.minzheng.staff.account;

import java.time.Instant;
import java.util.List;
import org.minzheng.shared.RegionCode;

/**
 * A staff account as stored. The phone stays encrypted here; {@link AccountService#revealPhone}
 * decrypts it on request and writes an audit entry.
 */
public record Account(
        long id,
        String username,
        String displayName,
        String passwordHash,
        RegionCode regionCode,
        byte[] phoneCipher,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        byte[] totpSecretCipher,
        boolean totpConfirmed,
        Long totpLastStep,
        boolean mustChangePassword,
        Instant passwordChangedAt,
        Instant lastLoginAt,
        Instant createdAt,
        List<String> roleCodes) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + username + "]";
    }
}
