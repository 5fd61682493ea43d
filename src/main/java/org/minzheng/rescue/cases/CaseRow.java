package org.minzheng.rescue.cases;

import java.time.Instant;

/** One line of the case list and of its export. */
record CaseRow(
        long id,
        String number,
        String stationName,
        String name,
        String sex,
        Integer age,
        IdentityStatus identityStatus,
        String idNumberMasked,
        HealthStatus health,
        CaseStatus status,
        Instant admittedAt,
        String foundPlace,
        ReleaseKind releaseKind,
        boolean demo,
        StayLimit.Stay stay) {}
