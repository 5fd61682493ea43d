package org.minzheng.rescue.followup;

import java.time.LocalDate;

/** A released case of a person who went home and has no follow-up record yet (待登记). */
record PendingCase(
        long id,
        String number,
        String name,
        String sex,
        LocalDate birthDate,
        String idMasked,
        String hukouPlace,
        String releaseKind,
        LocalDate releasedOn,
        String stationName,
        String regionCode) {}
