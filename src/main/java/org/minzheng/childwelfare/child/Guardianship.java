package org.minzheng.childwelfare.child;

import java.util.Locale;

/** Why the child is in the state's care (监护状况). */
public enum Guardianship {
    /** 孤儿: both parents dead or declared missing. */
    ORPHAN,
    /** 事实无人抚养儿童: parents alive but unable to bring the child up (prison, severe illness, missing). */
    DE_FACTO_UNSUPPORTED,
    /** 弃婴: found abandoned, parents unknown. */
    ABANDONED,
    OTHER;

    public String messageKey() {
        return "childwelfare.child.guardianship." + name().toLowerCase(Locale.ROOT);
    }
}
