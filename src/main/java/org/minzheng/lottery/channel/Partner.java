package org.minzheng.lottery.channel;

/**
 * A channel partner with the outlets its agreements in force plan and the outlets opened under it that are still
 * open.
 */
record Partner(
        long id,
        String name,
        PartnerKind kind,
        String creditCode,
        String contactName,
        String phoneMasked,
        String regionCode,
        boolean active,
        boolean demo,
        int plannedOutlets,
        int openOutlets) {

    public String kindKey() {
        return kind.messageKey();
    }
}
