package org.minzheng.childwelfare.child;

import java.time.Instant;
import java.util.List;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Medical notes, encrypted at rest; callers check the child's scope first. */
@Repository
class MedicalNoteRepository {

    static final String NOTE = "childwelfare.medical_notes.note";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    MedicalNoteRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long add(long childId, String text, String staff) {
        return jdbc.sql("""
                        insert into childwelfare.medical_notes (child_id, note_cipher, written_by)
                        values (:child, :note, :staff) returning id
                        """)
                .param("child", childId)
                .param("note", cipher.encrypt(text, NOTE))
                .param("staff", staff)
                .query(Long.class)
                .single();
    }

    /** Newest first, decrypted. */
    List<MedicalNote> of(long childId) {
        return jdbc.sql("""
                        select id, note_cipher, written_by, written_at from childwelfare.medical_notes
                        where child_id = :child order by written_at desc, id desc
                        """)
                .param("child", childId)
                .query((rs, n) -> new MedicalNote(
                        rs.getLong("id"),
                        cipher.decrypt(rs.getBytes("note_cipher"), NOTE),
                        rs.getString("written_by"),
                        rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    record MedicalNote(long id, String text, String writtenBy, Instant writtenAt) {}
}
