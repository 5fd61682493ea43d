package org.minzheng.notification.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import org.minzheng.notification.spi.SmsGateway;
import org.minzheng.notification.spi.SmsGatewayException;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gateway used when no SMS provider is configured: "delivers" into {@code notification.dev_inbox},
 * which stands in for the citizen's handset in development and demos. It can be switched off to show
 * how the outbox rides out an outage.
 */
public class DevelopmentGateway implements SmsGateway {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;
    private final Clock clock;
    private volatile boolean down;

    DevelopmentGateway(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex index, Clock clock, boolean down) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
        this.clock = clock;
        this.down = down;
    }

    @Override
    public void deliver(String phone, String text) throws SmsGatewayException {
        if (down) {
            throw new SmsGatewayException("Development gateway switched off (minzheng.sms.gateway-down)");
        }
        jdbc.sql("""
                        insert into notification.dev_inbox (phone_encrypted, phone_index, text, received_at)
                        values (:phone, :phoneIndex, :text, :now)
                        """)
                .param("phone", cipher.encrypt(phone, SmsPhones.DEV_INBOX))
                .param("phoneIndex", index.of(phone, SmsPhones.DEV_INBOX))
                .param("text", text)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Simulates an outage ({@code true}) or its end, as {@code minzheng.sms.gateway-down} does at start-up. */
    public void switchDown(boolean down) {
        this.down = down;
    }
}
