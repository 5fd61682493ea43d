package org.minzheng.attachment.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.minzheng.attachment.AttachmentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code attachment.files}: one row per kept file. */
@Repository
class FileRepository {

    private static final String COLUMNS = "id, storage_key, display_name, media_type, size_bytes, sm3";

    private final JdbcClient jdbc;

    FileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FileRecord file, String owner, String ownerId, Instant uploadedAt, String uploadedBy) {
        jdbc.sql("""
                insert into attachment.files
                    (id, storage_key, display_name, media_type, size_bytes, sm3, owner, owner_id, uploaded_at, uploaded_by)
                values (:id, :key, :name, :mediaType, :size, :sm3, :owner, :ownerId, :uploadedAt, :uploadedBy)
                """)
                .param("id", file.id().value())
                .param("key", file.key())
                .param("name", file.name())
                .param("mediaType", file.mediaType())
                .param("size", file.size())
                .param("sm3", file.sm3())
                .param("owner", owner)
                .param("ownerId", ownerId)
                .param("uploadedAt", OffsetDateTime.ofInstant(uploadedAt, ZoneOffset.UTC))
                .param("uploadedBy", uploadedBy)
                .update();
    }

    Optional<FileRecord> find(AttachmentId id) {
        return jdbc.sql("select " + COLUMNS + " from attachment.files where id = :id")
                .param("id", id.value())
                .query(FileRepository::record)
                .optional();
    }

    List<FileRecord> ofOwner(String owner, String ownerId) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from attachment.files where owner = :owner and owner_id = :ownerId order by uploaded_at, id")
                .param("owner", owner)
                .param("ownerId", ownerId)
                .query(FileRepository::record)
                .list();
    }

    boolean attach(AttachmentId id, String owner, String ownerId) {
        return jdbc.sql("update attachment.files set owner = :owner, owner_id = :ownerId where id = :id")
                        .param("id", id.value())
                        .param("owner", owner)
                        .param("ownerId", ownerId)
                        .update()
                == 1;
    }

    /** Removes the row and returns the key of its content. */
    Optional<String> delete(AttachmentId id) {
        return jdbc.sql("delete from attachment.files where id = :id returning storage_key")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    /** Removes rows never bound to an owner and uploaded before {@code cutoff}; returns their keys. */
    List<String> deleteUnattachedBefore(Instant cutoff) {
        return jdbc.sql("""
                delete from attachment.files
                where owner_id is null and uploaded_at < :cutoff
                returning storage_key
                """)
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .query(String.class)
                .list();
    }

    /** Those of {@code keys} that have a row. */
    Set<String> knownKeys(Collection<String> keys) {
        return Set.copyOf(jdbc.sql("select storage_key from attachment.files where storage_key = any(:keys)")
                .param("keys", keys.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    private static FileRecord record(ResultSet rs, int row) throws SQLException {
        return new FileRecord(
                new AttachmentId(rs.getObject("id", UUID.class)),
                rs.getString("storage_key"),
                rs.getString("display_name"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("sm3"));
    }
}
