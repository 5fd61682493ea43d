package org.minzheng.childwelfare.child;

import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;

/** A checked admission ready to store; household and person are set when the registry knows the child. */
record NewChild(
        Institution institution,
        Optional<Long> roomId,
        Optional<Long> householdId,
        Optional<Long> personId,
        String name,
        IdNumber idNumber,
        Guardianship guardianship,
        DisabilityType disabilityType,
        Integer disabilityGrade,
        boolean rehabAssistanceRegistered,
        boolean medicalInsuranceEnrolled,
        LocalDate admittedOn,
        boolean demo) {

    RegionCode region() {
        return institution.region();
    }
}
