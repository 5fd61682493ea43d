package org.minzheng.assistance;

import java.util.regex.Pattern;

/** The tracking number a citizen gets, e.g. {@code MZ20261130-000123}; safe to show and to type. */
public record CaseNumber(String value) {

    private static final Pattern FORM = Pattern.compile("MZ[0-9]{8}-[0-9]{6}");

    public CaseNumber {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a case number");
        }
    }

    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text.strip()).matches();
    }
}
