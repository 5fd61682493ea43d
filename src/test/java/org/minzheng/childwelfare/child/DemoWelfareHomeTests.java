package org.minzheng.childwelfare.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo welfare home the later demo runners build on, as the dev profile loads it. */
@IntegrationTest
class DemoWelfareHomeTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    long home() {
        return jdbc.sql("select id from childwelfare.institutions where name = :n and demo")
                .param("n", DemoWelfareHome.INSTITUTION)
                .query(Long.class)
                .single();
    }

    @Test
    void theDemoHomeHasThirtyChildrenMostlyWithPhysicalDisabilitiesAgedTwoToSixteen() {
        long home = home();
        List<byte[]> idNumbers = jdbc.sql(
                        "select id_number_cipher from childwelfare.children" + " where institution_id = :h and demo")
                .param("h", home)
                .query((rs, n) -> rs.getBytes(1))
                .list();
        assertThat(idNumbers).hasSize(30);
        LocalDate today = ChildService.today();
        for (byte[] stored : idNumbers) {
            IdNumber id = IdNumber.parse(cipher.decrypt(stored, ChildRepository.ID_NUMBER));
            assertThat(id.ageOn(today)).isBetween(2, 16);
            assertThat(id.areaCode()).isIn("371602", "371600");
        }
        long physical = jdbc.sql("select count(*) from childwelfare.children where institution_id = :h"
                        + " and disability_type = 'PHYSICAL'")
                .param("h", home)
                .query(Long.class)
                .single();
        assertThat(physical).isEqualTo(24);
        List<String> combinations =
                jdbc.sql("""
                        select distinct guardianship || rehab_assistance_registered || medical_insurance_enrolled
                        from childwelfare.children where institution_id = :h
                        """).param("h", home).query(String.class).list();
        assertThat(combinations.size()).isGreaterThan(4);
        assertThat(jdbc.sql("select count(*) from childwelfare.rooms where institution_id = :h")
                        .param("h", home)
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }

    @Test
    void theDemoHomeHasSixTherapistsOneOfThemTheDemoAccountAndEncryptedMedicalNotes() {
        long home = home();
        assertThat(jdbc.sql("select count(*) from childwelfare.therapists where institution_id = :h and demo")
                        .param("h", home)
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        assertThat(jdbc.sql("select institution_id from childwelfare.therapists where username = 'zhiliao'")
                        .query(Long.class)
                        .single())
                .isEqualTo(home);
        List<String> notes = jdbc.sql("""
                        select n.note_cipher from childwelfare.medical_notes n
                        join childwelfare.children c on c.id = n.child_id where c.institution_id = :h
                        """)
                .param("h", home)
                .query((rs, n) -> cipher.decrypt(rs.getBytes(1), MedicalNoteRepository.NOTE))
                .list();
        assertThat(notes).isNotEmpty().allSatisfy(note -> assertThat(note).isNotBlank());
    }
}
