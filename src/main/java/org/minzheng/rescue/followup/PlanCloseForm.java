package org.minzheng.rescue.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** Ending a help plan: completed or cancelled, with what came of it. */
record PlanCloseForm(
        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 1000, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String outcome) {}
