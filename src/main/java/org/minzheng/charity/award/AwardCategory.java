package org.minzheng.charity.award;

/** The three lists of the "three tens" (三个十) selection, ten winners at most in each. */
public enum AwardCategory {
    /** 十大爱心企业 */
    ENTERPRISE,
    /** 十大慈善楷模 */
    PERSON,
    /** 十大慈善项目 */
    PROJECT;

    /** At most this many winners in each category per cycle. */
    public static final int WINNERS_PER_CATEGORY = 10;

    public String messageKey() {
        return "charity.award.category." + name();
    }

    static AwardCategory parse(String name) {
        for (AwardCategory c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
