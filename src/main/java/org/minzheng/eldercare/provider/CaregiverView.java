package org.minzheng.eldercare.provider;

import java.time.LocalDate;

/**
 * A caregiver as staff see it: ID number and phone masked, with the latest certificate and the staff
 * account the caregiver signs in with on the phone (null until linked).
 */
record CaregiverView(
        long id,
        String name,
        String maskedIdNumber,
        String maskedPhone,
        boolean active,
        int trainingHours,
        Integer certificateGrade,
        String certificateNumber,
        LocalDate certificateValidUntil,
        String username) {

    /** 证书 that runs out within 30 days (or already has) needs renewing before the caregiver is sent out. */
    public boolean certificateExpiringOn(LocalDate day) {
        return certificateValidUntil != null && !certificateValidUntil.isAfter(day.plusDays(30));
    }
}
