package org.minzheng.childwelfare.child;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The admission form. Sex and birth date come from the ID number; the name from the registry when the child
 * is registered there. The disability grade is required unless the type is {@link DisabilityType#NONE}.
 */
record ChildForm(
        @NotBlank @Size(max = 20, message = "{childwelfare.child.validation.tooLong}")
        String idNumber,

        @NotBlank
        @Size(max = 50, message = "{childwelfare.child.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String name,

        @NotNull Guardianship guardianship,
        @NotNull DisabilityType disabilityType,
        Integer disabilityGrade,
        Boolean rehabAssistanceRegistered,
        Boolean medicalInsuranceEnrolled,
        @NotNull Long institutionId,
        Long roomId,

        @NotNull
        @PastOrPresent(message = "{childwelfare.child.admittedOn.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate admittedOn) {

    boolean rehabAssistance() {
        return Boolean.TRUE.equals(rehabAssistanceRegistered);
    }

    boolean medicalInsurance() {
        return Boolean.TRUE.equals(medicalInsuranceEnrolled);
    }

    static ChildForm empty(Long institutionId, LocalDate today) {
        return new ChildForm(
                "", "", Guardianship.ORPHAN, DisabilityType.NONE, null, false, false, institutionId, null, today);
    }
}
