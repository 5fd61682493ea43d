package org.minzheng.childwelfare.child;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Institutions, rooms and children made with SQL for the tests, independent of the demo welfare home. */
final class ChildFixtures {

    static final String CITY = "371600000000";
    static final String BINCHENG = "371602000000";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;

    ChildFixtures(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    long institution(String region) {
        return jdbc.sql("insert into childwelfare.institutions (name, region_code) values (:n, :r) returning id")
                .param("n", "测试福利院-" + UUID.randomUUID())
                .param("r", region)
                .query(Long.class)
                .single();
    }

    long room(long institution, String name) {
        return jdbc.sql("insert into childwelfare.rooms (institution_id, name) values (:i, :n) returning id")
                .param("i", institution)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    long child(long institution, String region, String name, LocalDate admittedOn) {
        IdNumber id = IdNumber.parse(anIdNumber("371603", 2016));
        return jdbc.sql("""
                        insert into childwelfare.children (institution_id, region_code, name, id_number_cipher,
                            id_number_index, masked_id_number, birth_date, sex, guardianship, disability_type,
                            disability_grade, admitted_on, created_by)
                        values (:i, :r, :n, :cipher, :index, :masked, :birth, :sex, 'ORPHAN', 'PHYSICAL', 2, :admitted,
                            'test') returning id
                        """)
                .param("i", institution)
                .param("r", region)
                .param("n", name)
                .param("cipher", cipher.encrypt(id.value(), ChildRepository.ID_NUMBER))
                .param("index", index.of(id.value(), ChildRepository.ID_NUMBER))
                .param("masked", id.maskedForStaff())
                .param("birth", id.birthDate())
                .param("sex", id.sex().name())
                .param("admitted", admittedOn)
                .query(Long.class)
                .single();
    }

    /** A valid ID number born in {@code year}, with a sequence the demo children never use. */
    static String anIdNumber(String area, int year) {
        var random = ThreadLocalRandom.current();
        String first17 = area
                + year
                + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + (900 + random.nextInt(100));
        return first17 + IdNumber.checkChar(first17);
    }
}
