package org.minzheng.notification.spi;

/**
 * An SMS provider (operator gateway or cloud SMS service). Without a bean of this type the
 * development gateway keeps messages in a table instead of sending them.
 */
public interface SmsGateway {

    /**
     * Hands one message to the provider; returning means the provider accepted it.
     *
     * @param phone an 11-digit mobile number, unmasked: never log it
     * @throws SmsGatewayException when the provider is unreachable or refuses; the outbox retries later
     */
    void deliver(String phone, String text) throws SmsGatewayException;
}
