package org.minzheng.notification;

/** The outbox row of one text message. */
public record SmsId(long value) {}
