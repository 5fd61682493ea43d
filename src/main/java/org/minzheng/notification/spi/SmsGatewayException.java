package org.minzheng.notification.spi;

/** The provider did not take the message; its text is kept on the outbox row, so it must not name the phone. */
public class SmsGatewayException extends Exception {

    public SmsGatewayException(String message) {
        super(message);
    }

    public SmsGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
