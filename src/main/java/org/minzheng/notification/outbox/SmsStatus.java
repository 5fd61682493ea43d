package org.minzheng.notification.outbox;

/** Where a message stands in the outbox (待发送, 重试中, 已发送, 失败). */
public enum SmsStatus {
    PENDING,
    RETRYING,
    SENT,
    FAILED
}
