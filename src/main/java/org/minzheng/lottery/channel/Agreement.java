package org.minzheng.lottery.channel;

import java.time.LocalDate;

/** 合作协议 of a partner, with the number of outlets opened under it. */
record Agreement(
        long id,
        long partnerId,
        String number,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo,
        int plannedOutlets,
        String terms,
        String status,
        String endReason,
        int outlets) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
