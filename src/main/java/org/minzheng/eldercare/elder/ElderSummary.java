package org.minzheng.eldercare.elder;

import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/** An elder in the list, ID number masked. */
record ElderSummary(
        long id,
        String name,
        String maskedIdNumber,
        LocalDate birthDate,
        RegionCode region,
        LivingSituation livingSituation,
        EconomicCategory economicCategory,
        boolean linked,
        boolean demo) {}
