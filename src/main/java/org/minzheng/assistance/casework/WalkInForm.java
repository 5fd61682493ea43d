package org.minzheng.assistance.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidIdNumber;

/**
 * A case a clerk enters for someone at the window or on the phone (代办).
 *
 * @param idempotencyKey drawn when the form is shown, so that a double click files one case
 */
record WalkInForm(
        @Pattern(regexp = "[0-9]{12}", message = "{assistance.form.village.required}")
        String villageCode,

        @NotNull(message = "{assistance.form.programme.required}")
        Programme programme,

        @NotNull Channel channel,

        @NotBlank @Size(max = CaseService.MAX_NAME) @PlainText(allowLineBreaks = false)
        String applicantName,

        @NotBlank @ValidIdNumber String idNumber,
        @NotBlank @MobilePhone String phone,
        @NotNull @Min(1) @Max(CaseService.MAX_HOUSEHOLD) Integer householdSize,

        @NotBlank @Size(max = CaseService.MAX_REASON) @PlainText
        String reason,

        @NotBlank @Size(max = CaseService.MAX_KEY) String idempotencyKey) {

    WalkInForm {
        villageCode = strip(villageCode);
        applicantName = strip(applicantName);
        idNumber = strip(idNumber);
        phone = strip(phone);
        reason = strip(reason);
        idempotencyKey = strip(idempotencyKey);
    }

    static WalkInForm empty() {
        return new WalkInForm("", Programme.DIBAO, Channel.WALK_IN, "", "", "", 1, "", "staff-" + UUID.randomUUID());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
