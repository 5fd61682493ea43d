package org.minzheng.staff.account;

import java.time.Instant;
import java.util.List;

/** A line of the account list, with the phone already masked. */
public record AccountRow(
        long id,
        String username,
        String displayName,
        String regionCode,
        String regionName,
        String maskedPhone,
        boolean enabled,
        boolean locked,
        boolean totpConfirmed,
        Instant lastLoginAt,
        List<String> roleNames) {}
