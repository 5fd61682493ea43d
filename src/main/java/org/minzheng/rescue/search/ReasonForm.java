package org.minzheng.rescue.search;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** A reason in words: closing a search, withdrawing a report, ruling a candidate out. */
record ReasonForm(
        @NotBlank(message = "{rescue.search.validation.reason}")
        @Size(max = 300, message = "{rescue.search.validation.tooLong}")
        @PlainText
        String reason) {}
