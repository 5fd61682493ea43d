package org.minzheng.notification.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.minzheng.shared.Masking;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the development gateway delivered, newest first, phones masked: the demo's stand-in handsets. */
@Repository
public class DevInbox {

    /** One delivered message. */
    public record Message(String phone, String text, Instant receivedAt) {}

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    DevInbox(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public List<Message> latest(int count) {
        return jdbc.sql("""
                        select phone_encrypted, text, received_at from notification.dev_inbox
                        order by received_at desc, id desc limit :count""")
                .param("count", count)
                .query((rs, n) -> new Message(
                        Masking.phone(cipher.decrypt(rs.getBytes("phone_encrypted"), SmsPhones.DEV_INBOX)),
                        rs.getString("text"),
                        rs.getObject("received_at", Timestamp.class).toInstant()))
                .list();
    }
}
