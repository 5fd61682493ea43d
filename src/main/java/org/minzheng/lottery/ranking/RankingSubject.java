package org.minzheng.lottery.ranking;

/** Who is ranked: the team servicing an outlet, its member, or the contracted area the outlet lies in. */
public enum RankingSubject {
    TEAM,
    MEMBER,
    AREA;

    public String messageKey() {
        return "lottery.ranking.subject." + name();
    }
}
