package org.minzheng.staff.role;

import java.util.Locale;
import java.util.Set;

/** A role: a named set of permissions, optionally demanding the TOTP second factor at sign-in. */
public record Role(
        String code,
        String nameZh,
        String nameEn,
        String description,
        boolean builtin,
        boolean requiresSecondFactor,
        Set<String> permissions,
        long accountCount) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
