package org.minzheng.audit.chain;

import java.util.List;
import org.minzheng.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a record's entries from the append-only log, newest first, through the target index. */
@Repository
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Entry> of(String targetType, String targetId, int limit) {
        return jdbc.sql("""
                        select occurred_at, actor_username, action, detail from audit.audit_entries
                        where target_type = :type and target_id = :id
                        order by id desc limit :limit
                        """)
                .param("type", targetType)
                .param("id", targetId)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_username"),
                        rs.getString("action"),
                        rs.getString("detail")))
                .list();
    }
}
