package org.minzheng.lottery.team;

/**
 * A team with what it has done: members still on it, outlets it opened and open outlets it services.
 */
record Team(long id, String name, TeamKind kind, String leader, boolean active, int members, int opened, int serviced) {

    public String kindKey() {
        return kind.messageKey();
    }
}
