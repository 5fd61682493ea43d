package org.minzheng.registry;

/** Whether the household's hukou is urban or rural; urban and rural 低保 standards differ. */
public enum HukouType {
    URBAN,
    RURAL;

    public String messageKey() {
        return "registry.hukou." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
