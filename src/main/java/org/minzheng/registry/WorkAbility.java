package org.minzheng.registry;

/** 劳动能力: full, partial or none; 特困 requires that a person has none (特困办法 art. 4). */
public enum WorkAbility {
    FULL,
    PARTIAL,
    NONE;

    public String messageKey() {
        return "registry.workAbility." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
