package org.minzheng.lottery.outlet;

import java.time.LocalDate;

/** A sales outlet with the names of whatever it refers to, and the contracted area its region lies in. */
record Outlet(
        long id,
        String code,
        String name,
        OutletKind kind,
        String address,
        String regionCode,
        Long partnerId,
        String partnerName,
        Long agreementId,
        String agreementNumber,
        LocalDate openedOn,
        LocalDate closedOn,
        String closeReason,
        long openedByTeamId,
        String openedByTeamName,
        Long openedByMemberId,
        String openedByMemberName,
        long servicedByTeamId,
        String servicedByTeamName,
        Long servicedByMemberId,
        String servicedByMemberName,
        String areaName,
        Long areaId,
        boolean demo) {

    public boolean open() {
        return closedOn == null;
    }

    public boolean newChannel() {
        return kind.newChannel();
    }

    public String kindKey() {
        return kind.messageKey();
    }
}
