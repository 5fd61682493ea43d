package org.minzheng.portal.apply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidIdNumber;

/**
 * The first step of 码上办 as the citizen types it. The key is made when the form is first shown and
 * travels with every step, so that a double tap or a resent form files one case.
 */
record CaseForm(
        @NotBlank @Size(max = 20, message = "{portal.apply.name.tooLong}") @PlainText(allowLineBreaks = false)
        String applicantName,

        @NotBlank @ValidIdNumber(message = "{portal.apply.idNumber.invalid}")
        String idNumber,

        @NotBlank @MobilePhone(message = "{portal.apply.phone.invalid}")
        String phone,

        @NotBlank @Pattern(regexp = "[1-9]|1[0-9]|20", message = "{portal.apply.householdSize.range}")
        String householdSize,

        @NotBlank @Size(max = 500, message = "{portal.apply.reason.tooLong}") @PlainText
        String reason,

        @NotNull @Pattern(regexp = "[0-9a-f-]{36}") String key) {

    CaseForm {
        applicantName = strip(applicantName);
        idNumber = strip(idNumber);
        phone = strip(phone);
        householdSize = strip(householdSize);
        reason = strip(reason);
    }

    static CaseForm fresh() {
        return new CaseForm("", "", "", "", "", UUID.randomUUID().toString());
    }

    int people() {
        return Integer.parseInt(householdSize);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
