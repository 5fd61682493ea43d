package org.minzheng.childwelfare.child;

/** The two registrations the funds' eligibility depends on; an unticked box arrives as null. */
record FlagsForm(Boolean rehabAssistanceRegistered, Boolean medicalInsuranceEnrolled) {

    boolean rehabAssistance() {
        return Boolean.TRUE.equals(rehabAssistanceRegistered);
    }

    boolean medicalInsurance() {
        return Boolean.TRUE.equals(medicalInsuranceEnrolled);
    }
}
