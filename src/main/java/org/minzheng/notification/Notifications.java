package org.minzheng.notification;

/** Sends text messages to citizens without making the caller wait for, or depend on, the SMS gateway. */
public interface Notifications {

    /**
     * Puts the message into the outbox within the caller's transaction and returns at once; a
     * dispatcher hands it to the gateway shortly after the transaction commits, retrying with growing
     * pauses while the gateway is down. A rolled-back business change therefore sends nothing.
     */
    SmsId send(Sms sms);
}
