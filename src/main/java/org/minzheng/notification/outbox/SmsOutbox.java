package org.minzheng.notification.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import org.minzheng.notification.Notifications;
import org.minzheng.notification.Sms;
import org.minzheng.notification.SmsId;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes messages into {@code notification.sms_outbox}; {@link SmsDispatcher} sends them. */
@Service
public class SmsOutbox implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(SmsOutbox.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;
    private final Clock clock;

    SmsOutbox(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex index, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
        this.clock = clock;
    }

    /** Joins the caller's transaction (or opens one) so that the message shares the business change's fate. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public SmsId send(Sms sms) {
        return enqueue(sms, false);
    }

    /**
     * Like {@link #send} for a message carrying a secret such as a one-time code: the console never shows
     * its digits, and they are starred in the row once it is sent or given up.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public SmsId sendSecret(Sms sms) {
        return enqueue(sms, true);
    }

    private SmsId enqueue(Sms sms, boolean secret) {
        String phone = sms.to().value();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into notification.sms_outbox
                            (phone_encrypted, phone_index, phone_masked, text, purpose, reference, secret,
                             status, attempts, next_attempt_at, created_at)
                        values (:phone, :phoneIndex, :masked, :text, :purpose, :reference, :secret,
                                'PENDING', 0, :now, :now)
                        returning id
                        """)
                .param("phone", cipher.encrypt(phone, SmsPhones.OUTBOX))
                .param("phoneIndex", index.of(phone, SmsPhones.OUTBOX))
                .param("masked", sms.to().masked())
                .param("text", sms.text())
                .param("purpose", sms.purpose())
                .param("reference", sms.reference())
                .param("secret", secret)
                .param("now", now)
                .query(Long.class)
                .single();
        log.debug("Queued SMS {} to {} for {}", id, sms.to().masked(), sms.purpose());
        return new SmsId(id);
    }
}
