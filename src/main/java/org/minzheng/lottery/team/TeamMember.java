package org.minzheng.lottery.team;

import java.time.LocalDate;

/** A person of a team; the phone is only ever shown masked. */
record TeamMember(
        long id,
        long teamId,
        String name,
        String role,
        String phoneMasked,
        LocalDate joinedOn,
        LocalDate leftOn,
        int opened,
        int serviced) {

    public boolean current() {
        return leftOn == null;
    }
}
