package org.minzheng.registry;

import java.util.Optional;

/**
 * The low-income categories a household can belong to (domain reference §3.5, "who is monitored").
 * The codes are the ones eligibility rules use for {@code household.categories}.
 */
public enum HouseholdCategory {
    /** 低保. */
    DIBAO("dibao"),
    /** 特困. */
    TEKUN("tekun"),
    /** 低保边缘. */
    EDGE("edge"),
    /** 刚性支出困难. */
    RIGID("rigid"),
    /** 防止返贫监测对象. */
    MONITORED("monitored"),
    /** 脱贫户. */
    LIFTED("lifted");

    private final String code;

    HouseholdCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "registry.category." + code;
    }

    public static Optional<HouseholdCategory> ofCode(String code) {
        for (HouseholdCategory category : values()) {
            if (category.code.equals(code)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
