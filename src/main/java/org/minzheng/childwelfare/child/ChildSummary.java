package org.minzheng.childwelfare.child;

import java.time.LocalDate;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;

/** A child in the list and at the top of the profile, ID number masked. */
record ChildSummary(
        long id,
        String name,
        String maskedIdNumber,
        Sex sex,
        LocalDate birthDate,
        RegionCode region,
        Guardianship guardianship,
        DisabilityType disabilityType,
        Integer disabilityGrade,
        boolean rehabAssistanceRegistered,
        boolean medicalInsuranceEnrolled,
        long institutionId,
        String institutionName,
        Long roomId,
        String roomName,
        LocalDate admittedOn,
        LocalDate dischargedOn,
        String dischargeReason,
        boolean linked,
        boolean demo) {

    public boolean inCare() {
        return dischargedOn == null;
    }

    public int ageOn(LocalDate day) {
        return day.isBefore(birthDate) ? 0 : birthDate.until(day).getYears();
    }
}
