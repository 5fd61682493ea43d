package org.minzheng.rescue.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/** One stay as the case page shows it; the ID number only as its masked copy. */
record RescueCase(
        long id,
        String number,
        long stationId,
        String stationName,
        String regionCode,
        Instant admittedAt,
        Instant foundAt,
        String foundPlace,
        String foundRegionCode,
        CaseSource source,
        String broughtBy,
        IdentityStatus identityStatus,
        String name,
        String sex,
        LocalDate birthDate,
        Integer estimatedAge,
        String idNumberMasked,
        String hukouPlace,
        Integer heightCm,
        String physicalDescription,
        String features,
        String dialect,
        String clothing,
        HealthStatus health,
        String healthNote,
        String belongings,
        String photoAttachmentId,
        CaseStatus status,
        Instant releasedAt,
        ReleaseKind releaseKind,
        String releaseNote,
        boolean demo,
        String createdBy,
        int extraDays) {

    public RegionCode region() {
        return RegionCode.of(regionCode);
    }

    public boolean released() {
        return status == CaseStatus.RELEASED;
    }

    public StayLimit limit() {
        return new StayLimit(extraDays);
    }

    public StayLimit.Stay stay(Instant now) {
        long days = StayLimit.daysBetween(admittedAt, released() ? releasedAt : now);
        return limit().stay(days, identityStatus == IdentityStatus.UNKNOWN, !released());
    }
}
