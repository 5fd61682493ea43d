package org.minzheng.charity.project;

import java.util.Optional;

/** A project moves forward only, one step at a time; CLOSED is final. */
enum ProjectStatus {
    PROPOSED,
    FUNDRAISING,
    RUNNING,
    CLOSED;

    public Optional<ProjectStatus> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public boolean open() {
        return this != CLOSED;
    }

    public String messageKey() {
        return "charity.project.status." + name();
    }
}
