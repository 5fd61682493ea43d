package org.minzheng.notification.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.minzheng.notification.outbox.SmsStatus;
import org.minzheng.shared.database.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the outbox for the console, newest first. There is deliberately no data-scope condition:
 * messages carry no region (a text to a citizen belongs to the city's one SMS channel, and its
 * business record, which does carry a region, stays in the sending module), so only city-wide roles
 * are granted {@code notification:sms:view}.
 */
@Repository
class MessageQuery {

    private static final String SELECT = """
            select id, created_at, phone_masked, purpose, reference, status, attempts, next_attempt_at, sent_at,
                   case when secret then regexp_replace(text, '[0-9]', '*', 'g') else text end as shown_text,
                   last_error
            from notification.sms_outbox
            """;
    private static final String ORDER = " order by created_at desc, id desc";

    private final JdbcClient jdbc;

    MessageQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<MessageRow> search(MessageSearch search, Pageable pageable) {
        Where where = Where.of(search);
        long total = jdbc.sql("select count(*) from notification.sms_outbox" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<MessageRow> rows = jdbc.sql(SELECT + where.sql() + ORDER + " limit :limit offset :offset")
                .params(where.params())
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> row(rs))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    List<MessageRow> list(MessageSearch search, int limit) {
        Where where = Where.of(search);
        return jdbc.sql(SELECT + where.sql() + ORDER + " limit :limit")
                .params(where.params())
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static MessageRow row(ResultSet rs) throws SQLException {
        return new MessageRow(
                rs.getLong("id"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("phone_masked"),
                rs.getString("purpose"),
                rs.getString("reference"),
                SmsStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("sent_at")),
                rs.getString("shown_text"),
                rs.getString("last_error"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Fixed fragments only; the typed values are bound parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(MessageSearch search) {
            var sql = new StringJoiner(" and ", " where ", "").setEmptyValue("");
            var params = new HashMap<String, Object>();
            if (search.statusOrNull() != null) {
                sql.add("status = :status");
                params.put("status", search.statusOrNull().name());
            }
            if (search.purposeOrNull() != null) {
                sql.add("purpose like :purpose || '%'");
                params.put("purpose", Like.escape(search.purposeOrNull()));
            }
            return new Where(sql.toString(), params);
        }
    }
}
