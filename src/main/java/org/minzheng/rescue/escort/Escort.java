package org.minzheng.rescue.escort;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/** One escort task with the case summary it belongs to; the receiver's phone only as its masked copy. */
record Escort(
        long id,
        long caseId,
        String caseNumber,
        String personName,
        String caseStatus,
        long requestedByStationId,
        String requestedByStation,
        long escortStationId,
        String escortStation,
        String escortStationRegion,
        String regionCode,
        String destinationProvince,
        String destinationPlace,
        String destinationAddress,
        boolean crossProvince,
        Transport transport,
        String route,
        String vehicle,
        LocalDate plannedOn,
        long costFen,
        EscortStatus status,
        Instant startedAt,
        Instant handedOverAt,
        String receivedBy,
        ReceiverKind receivedByKind,
        String receiverPhoneMasked,
        String handoverNote,
        String cancelReason,
        boolean demo,
        String createdBy,
        Instant createdAt) {

    RegionCode escortRegion() {
        return RegionCode.of(escortStationRegion);
    }

    RegionCode region() {
        return RegionCode.of(regionCode);
    }

    public boolean open() {
        return status.open();
    }
}
