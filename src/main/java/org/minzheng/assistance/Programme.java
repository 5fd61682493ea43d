package org.minzheng.assistance;

/** The assistance programmes a case can be for; labels under {@code assistance.programme.<NAME>}. */
public enum Programme {
    /** 最低生活保障 */
    DIBAO,
    /** 特困人员救助供养 */
    TEKUN,
    /** 临时救助 */
    TEMPORARY;

    public String labelKey() {
        return "assistance.programme." + name();
    }
}
