package org.minzheng.eldercare.provider;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A caregiver's training records and certificates, newest first. */
@Repository
class CaregiverRecords {

    record Training(String course, int hours, LocalDate completedOn) {}

    record Certificate(int grade, String number, LocalDate validUntil) {

        public boolean expiringOn(LocalDate day) {
            return !validUntil.isAfter(day.plusDays(30));
        }
    }

    private final JdbcClient jdbc;

    CaregiverRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Training> trainings(long caregiverId) {
        return jdbc.sql("""
                        select course, hours, completed_on from eldercare.caregiver_trainings
                        where caregiver_id = :id order by completed_on desc, id desc
                        """)
                .param("id", caregiverId)
                .query((rs, n) -> new Training(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    List<Certificate> certificates(long caregiverId) {
        return jdbc.sql("""
                        select grade, number, valid_until from eldercare.caregiver_certificates
                        where caregiver_id = :id order by valid_until desc, id desc
                        """)
                .param("id", caregiverId)
                .query((rs, n) -> new Certificate(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    void addTraining(long caregiverId, TrainingForm form) {
        jdbc.sql("""
                        insert into eldercare.caregiver_trainings (caregiver_id, course, hours, completed_on)
                        values (:id, :course, :hours, :on)
                        """)
                .param("id", caregiverId)
                .param("course", form.course())
                .param("hours", form.hours())
                .param("on", form.completedOn())
                .update();
    }

    /** False when the caregiver already holds a certificate of that number. */
    boolean addCertificate(long caregiverId, CertificateForm form) {
        return jdbc.sql("""
                        insert into eldercare.caregiver_certificates (caregiver_id, kind, grade, number, valid_until)
                        select :id, 'elderly-care-worker', :grade, :number, :until
                        where not exists (select 1 from eldercare.caregiver_certificates
                                          where caregiver_id = :id and number = :number)
                        """)
                        .param("id", caregiverId)
                        .param("grade", form.grade())
                        .param("number", form.number())
                        .param("until", form.validUntil())
                        .update()
                == 1;
    }
}
