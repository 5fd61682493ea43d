package org.minzheng.assistance.recipient;

import java.util.Optional;
import org.minzheng.assistance.RecipientContacts;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The recipients' phones, decrypted only for a message about to be queued. */
@Service
class RecipientPhones implements RecipientContacts {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    RecipientPhones(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public Optional<PhoneNumber> phoneOf(long recipientId) {
        return jdbc.sql("select phone_cipher from assistance.recipients where id = :id and phone_cipher is not null")
                .param("id", recipientId)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .map(encrypted -> new PhoneNumber(cipher.decrypt(encrypted, PersonalDataContexts.PHONE)));
    }
}
