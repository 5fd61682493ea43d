package org.minzheng.notification.web;

import java.time.Instant;
import org.minzheng.notification.outbox.SmsStatus;

/** One outbox message as the console shows it: phone masked, the digits of secret texts starred. */
record MessageRow(
        long id,
        Instant createdAt,
        String phone,
        String purpose,
        String reference,
        SmsStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant sentAt,
        String text,
        String lastError) {}
