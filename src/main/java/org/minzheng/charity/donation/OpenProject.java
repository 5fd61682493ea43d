package org.minzheng.charity.donation;

/** A project that may take gifts: FUNDRAISING or RUNNING. */
record OpenProject(long id, String name, String status, String regionCode) {

    public String statusKey() {
        return "charity.project.status." + status;
    }
}
