package org.minzheng.rescue.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 回访: when, how, by whom, what was found and when to go next. */
record FollowUpVisitForm(
        @NotNull(message = "{rescue.followup.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate visitedOn,

        @NotNull(message = "{rescue.followup.validation.required}")
        VisitWay way,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 50, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String visitor,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 100, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String visitorOrg,

        @NotNull(message = "{rescue.followup.validation.required}")
        VisitFinding finding,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 1000, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String note,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextVisitOn) {

    static FollowUpVisitForm blank(LocalDate today, String visitor) {
        return new FollowUpVisitForm(today, VisitWay.HOME, visitor, "", null, "", null);
    }
}
