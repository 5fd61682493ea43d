package org.minzheng.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a row of {@code audit.audit_entries}; shared by the verifier and the console's queries. */
public final class AuditRecords {

    private AuditRecords() {}

    public static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("category"),
                rs.getString("action"),
                rs.getString("outcome"),
                rs.getString("actor_username"),
                rs.getString("actor_region"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("region_code"),
                rs.getString("detail"),
                rs.getString("client_ip"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
