package org.minzheng.eldercare.elder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-profile form. Name, village and economic category are taken from the registry when the ID number
 * is registered there; the family contact is optional, but complete when given.
 */
record ElderForm(
        @Size(max = 12) String villageCode,
        @NotBlank @Size(max = 50) @PlainText String name,
        @NotBlank @Size(max = 20) String idNumber,
        @Size(max = 200) @PlainText String address,
        @NotNull LivingSituation livingSituation,
        @NotNull EconomicCategory economicCategory,
        @Size(max = 50) @PlainText String contactName,
        @Size(max = 20) @PlainText String contactRelation,
        @Size(max = 20) String contactPhone,
        Boolean consentAssessment,
        Boolean consentSharing,

        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate consentedOn) {

    static ElderForm empty(LocalDate today) {
        return new ElderForm(
                "", "", "", "", LivingSituation.ALONE, EconomicCategory.NONE, "", "", "", false, false, today);
    }

    boolean hasContact() {
        return !blank(contactName) || !blank(contactRelation) || !blank(contactPhone);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
