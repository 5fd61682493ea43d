package org.minzheng.charity.provider;

import java.time.LocalDate;

/** What the tender and contract rules need to know of a charity project. */
record TenderProject(
        long id, String name, String status, long budgetFen, String regionCode, LocalDate startsOn, LocalDate endsOn) {

    /** FUNDRAISING projects may already look for a provider; only RUNNING ones spend. */
    public boolean tendering() {
        return "FUNDRAISING".equals(status) || "RUNNING".equals(status);
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }
}
