package org.minzheng.eldercare.elder;

import java.util.Optional;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The family's phone for messages about an elder's care: the first contact entered with a mobile number. */
@Component
public class FamilyPhones {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    FamilyPhones(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<PhoneNumber> firstMobile(long elderId) {
        return jdbc
                .sql("select phone_cipher from eldercare.elder_contacts where elder_id = :id order by id")
                .param("id", elderId)
                .query((rs, n) -> rs.getBytes(1))
                .list()
                .stream()
                .map(bytes -> PhoneNumber.tryParse(cipher.decrypt(bytes, ElderRepository.CONTACT_PHONE)))
                .flatMap(Optional::stream)
                .filter(PhoneNumber::isMobile)
                .findFirst();
    }
}
