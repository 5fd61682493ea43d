package org.minzheng.rescue.escort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 交接: who received the person at the destination, when, and how to reach them. */
record HandoverForm(
        @NotNull(message = "{rescue.escort.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime handedOverAt,

        @NotBlank(message = "{rescue.escort.validation.required}")
        @Size(max = 50, message = "{rescue.escort.validation.tooLong}")
        @PlainText
        String receivedBy,

        @NotNull(message = "{rescue.escort.validation.required}")
        ReceiverKind receivedByKind,

        @NotBlank(message = "{rescue.escort.validation.phone}")
        @Size(max = 30, message = "{rescue.escort.validation.phone}")
        String receiverPhone,

        @Size(max = 500, message = "{rescue.escort.validation.tooLong}") @PlainText
        String note) {

    static HandoverForm at(LocalDateTime now) {
        return new HandoverForm(now, "", null, "", "");
    }
}
