package org.minzheng.eldercare.provider;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.Masking;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Caregivers, their ID numbers and phones encrypted with a blind index on the ID number for duplicates. */
@Repository
class CaregiverRepository {

    static final String ID_NUMBER = "eldercare.caregivers.id_number";
    static final String PHONE = "eldercare.caregivers.phone";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;

    CaregiverRepository(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    boolean registered(String idNumber) {
        return jdbc.sql("select exists (select 1 from eldercare.caregivers where id_number_index = :index)")
                .param("index", index.of(idNumber, ID_NUMBER))
                .query(Boolean.class)
                .single();
    }

    long insert(long providerId, CaregiverForm form, boolean demo) {
        long id = jdbc.sql("""
                        insert into eldercare.caregivers (provider_id, name, id_number_cipher, id_number_index, phone_cipher, demo)
                        values (:provider, :name, :idCipher, :idIndex, :phoneCipher, :demo) returning id
                        """)
                .param("provider", providerId)
                .param("name", form.name())
                .param("idCipher", cipher.encrypt(form.idNumber(), ID_NUMBER))
                .param("idIndex", index.of(form.idNumber(), ID_NUMBER))
                .param(
                        "phoneCipher",
                        cipher.encrypt(form.phone().isEmpty() ? null : form.phone(), PHONE),
                        java.sql.Types.BINARY)
                .param("demo", demo)
                .query(Long.class)
                .single();
        if (form.hasTraining()) {
            jdbc.sql("""
                            insert into eldercare.caregiver_trainings (caregiver_id, course, hours, completed_on)
                            values (:id, :course, :hours, :on)
                            """)
                    .param("id", id)
                    .param("course", form.course())
                    .param("hours", form.hours())
                    .param("on", form.completedOn())
                    .update();
        }
        if (form.hasCertificate()) {
            jdbc.sql("""
                            insert into eldercare.caregiver_certificates (caregiver_id, kind, grade, number, valid_until)
                            values (:id, 'elderly-care-worker', :grade, :number, :until)
                            """)
                    .param("id", id)
                    .param("grade", form.grade())
                    .param("number", form.certificateNumber())
                    .param("until", form.validUntil())
                    .update();
        }
        return id;
    }

    boolean belongsTo(long caregiverId, long providerId) {
        return jdbc.sql("select exists (select 1 from eldercare.caregivers where id = :id and provider_id = :provider)")
                .param("id", caregiverId)
                .param("provider", providerId)
                .query(Boolean.class)
                .single();
    }

    boolean markLeft(long caregiverId, long providerId) {
        return jdbc.sql("update eldercare.caregivers set active = false, username = null"
                                + " where id = :id and provider_id = :provider and active")
                        .param("id", caregiverId)
                        .param("provider", providerId)
                        .update()
                == 1;
    }

    /** Links the phone login, or unlinks it when null; false when another caregiver holds the name. */
    boolean link(long caregiverId, long providerId, String username) {
        boolean taken = username != null
                && jdbc.sql("select exists (select 1 from eldercare.caregivers where username = :u and id <> :id)")
                        .param("u", username)
                        .param("id", caregiverId)
                        .query(Boolean.class)
                        .single();
        if (taken) {
            return false;
        }
        return jdbc.sql(
                                "update eldercare.caregivers set username = :u where id = :id and provider_id = :provider and active")
                        .param("u", username)
                        .param("id", caregiverId)
                        .param("provider", providerId)
                        .update()
                == 1;
    }

    /** The caregivers of a provider with their latest certificate, masked for display. */
    List<CaregiverView> of(long providerId) {
        return jdbc.sql("""
                        select g.id, g.name, g.id_number_cipher, g.phone_cipher, g.active,
                               (select coalesce(sum(t.hours), 0) from eldercare.caregiver_trainings t where t.caregiver_id = g.id),
                               c.grade, c.number, c.valid_until, g.username
                        from eldercare.caregivers g
                        left join lateral (select grade, number, valid_until from eldercare.caregiver_certificates
                                           where caregiver_id = g.id order by valid_until desc limit 1) c on true
                        where g.provider_id = :provider
                        order by g.active desc, g.name, g.id
                        """)
                .param("provider", providerId)
                .query((rs, n) -> new CaregiverView(
                        rs.getLong(1),
                        rs.getString(2),
                        Masking.idNumberForStaff(cipher.decrypt(rs.getBytes(3), ID_NUMBER)),
                        Masking.phone(cipher.decrypt(rs.getBytes(4), PHONE)),
                        rs.getBoolean(5),
                        rs.getInt(6),
                        rs.getObject(7, Integer.class),
                        rs.getString(8),
                        rs.getObject(9, LocalDate.class),
                        rs.getString(10)))
                .list();
    }
}
