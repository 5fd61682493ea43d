package org.minzheng.childwelfare.child;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** Leaving care (adoption, family reunion, adulthood, transfer…): the day, not before admission, and why. */
record DischargeForm(
        @NotNull
        @PastOrPresent(message = "{childwelfare.child.dischargedOn.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dischargedOn,

        @NotBlank
        @Size(max = 200, message = "{childwelfare.child.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String reason) {

    static DischargeForm on(LocalDate day) {
        return new DischargeForm(day, "");
    }
}
