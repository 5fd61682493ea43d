package org.minzheng.childwelfare.child;

import java.util.Locale;

/** The disability category as on the 残疾人证 (GB/T 26341), or none. */
public enum DisabilityType {
    NONE,
    PHYSICAL,
    INTELLECTUAL,
    VISUAL,
    HEARING,
    SPEECH,
    MENTAL,
    AUTISM,
    MULTIPLE;

    public String messageKey() {
        return "childwelfare.child.disability." + name().toLowerCase(Locale.ROOT);
    }
}
