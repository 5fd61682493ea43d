package org.minzheng.rescue.escort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

record CancelForm(
        @NotBlank(message = "{rescue.escort.validation.reason}")
        @Size(max = 500, message = "{rescue.escort.validation.tooLong}")
        @PlainText
        String reason) {}
