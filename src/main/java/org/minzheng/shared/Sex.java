package org.minzheng.shared;

import java.util.Locale;

/**
 * Sex as recorded on the resident ID, with its GB/T 2261.1 code. The standard's 0 (未知) and
 * 9 (未说明) are left out because an ID number always determines one of these two.
 */
public enum Sex {
    MALE("1"),
    FEMALE("2");

    private final String gbCode;

    Sex(String gbCode) {
        this.gbCode = gbCode;
    }

    public String gbCode() {
        return gbCode;
    }

    public String messageKey() {
        return "sex." + name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for any code other than "1" or "2" */
    public static Sex ofGbCode(String code) {
        for (Sex sex : values()) {
            if (sex.gbCode.equals(code)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("Not a GB/T 2261.1 code for male or female");
    }
}
