package org.minzheng.notification.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.minzheng.notification.outbox.SmsStatus;

/**
 * The filters of the message list.
 *
 * @param status a {@link SmsStatus} name, or empty for all
 * @param purpose start of the purpose, e.g. {@code notification.code} or {@code assistance}
 */
record MessageSearch(
        @Pattern(regexp = "|PENDING|RETRYING|SENT|FAILED", message = "{notification.search.error.status}")
        String status,

        @Size(max = 80, message = "{notification.search.error.purpose}")
        @Pattern(regexp = "[a-z0-9.-]*", message = "{notification.search.error.purpose}")
        String purpose) {

    MessageSearch {
        status = status == null ? "" : status.strip();
        purpose = purpose == null ? "" : purpose.strip();
    }

    SmsStatus statusOrNull() {
        return status.isEmpty() ? null : SmsStatus.valueOf(status);
    }

    String purposeOrNull() {
        return purpose.isEmpty() ? null : purpose;
    }

    /** The filters in use as a query string ending in {@code &} (or empty), for pager links and the export. */
    String queryString() {
        var query = new StringBuilder();
        if (!status.isEmpty()) {
            query.append("status=").append(status).append('&');
        }
        if (!purpose.isEmpty()) {
            query.append("purpose=")
                    .append(URLEncoder.encode(purpose, StandardCharsets.UTF_8))
                    .append('&');
        }
        return query.toString();
    }
}
