package org.minzheng.audit.web;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.minzheng.audit.chain.AuditRecord;
import org.minzheng.audit.chain.AuditRecords;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the audit log for the console, always within the viewer's data scope. Entries without a region
 * (failed sign-ins with an unknown user name) belong to no subtree, so only city-wide viewers see them.
 */
@Repository
class AuditEntryQuery {

    private static final String SELECT = """
            select id, occurred_at, category, action, outcome, actor_username, actor_region, target_type, target_id,
                   region_code, detail, client_ip, prev_hash, hash
            from audit.audit_entries
            """;

    private final JdbcClient jdbc;

    AuditEntryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<AuditRecord> search(AuditFilter filter, DataScope scope, Pageable pageable) {
        Where where = Where.of(filter, scope);
        long total = count(where);
        List<AuditRecord> rows = jdbc.sql(pageSql(where, filter.sort()))
                .params(where.params())
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> AuditRecords.map(rs))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** At most {@code limit} entries in the filter's order. */
    List<AuditRecord> list(AuditFilter filter, DataScope scope, int limit) {
        Where where = Where.of(filter, scope);
        return jdbc.sql(SELECT + where.sql() + " order by " + filter.sort().orderBy() + " limit :limit")
                .params(where.params())
                .param("limit", limit)
                .query((rs, n) -> AuditRecords.map(rs))
                .list();
    }

    long count(AuditFilter filter, DataScope scope) {
        return count(Where.of(filter, scope));
    }

    private long count(Where where) {
        return jdbc.sql(countSql(where))
                .params(where.params())
                .query(Long.class)
                .single();
    }

    static String pageSql(Where where, AuditFilter.Sort sort) {
        return SELECT + where.sql() + " order by " + sort.orderBy() + " limit :limit offset :offset";
    }

    static String countSql(Where where) {
        return "select count(*) from audit.audit_entries" + where.sql();
    }

    /**
     * The conditions of the filter's non-null parts. Only these fixed fragments are joined; every value the
     * viewer typed is a bound parameter. Leaving out unused conditions, rather than writing
     * {@code (:x is null or ...)}, lets PostgreSQL plan each search with the indexes that fit it.
     */
    record Where(String sql, Map<String, Object> params) {

        static Where of(AuditFilter filter, DataScope scope) {
            var sql = new StringJoiner(" and ", " where ", "");
            var params = new HashMap<String, Object>();
            sql.add(
                    scope.cityWide()
                            ? "(region_code like :scope || '%' or region_code is null)"
                            : "region_code like :scope || '%'");
            params.put("scope", scope.prefix());
            // Implied by the region conditions, but only this one lets PostgreSQL read a single partition of
            // the log, which is partitioned by county: for any viewer or region filter at county level or below.
            CountyPartition.within(deeper(scope.prefix(), filter.regionPrefix()))
                    .ifPresent(county -> {
                        sql.add("county_code = :county");
                        params.put("county", county);
                    });
            if (filter.category() != null) {
                sql.add("category = :category");
                params.put("category", filter.category().name());
            }
            if (filter.actor() != null) {
                sql.add(filter.actorPrefix() ? "actor_username like :actor || '%'" : "actor_username = :actor");
                params.put("actor", filter.actorPrefix() ? Like.escape(filter.actor()) : filter.actor());
            }
            if (filter.regionPrefix() != null) {
                sql.add("region_code like :region || '%'");
                params.put("region", filter.regionPrefix());
            }
            if (filter.actionPrefix() != null) {
                sql.add("action like :action || '%'");
                params.put("action", Like.escape(filter.actionPrefix()));
            }
            if (filter.outcome() != null) {
                sql.add("outcome = :outcome");
                params.put("outcome", filter.outcome().name());
            }
            if (filter.from() != null) {
                sql.add("occurred_at >= :from");
                params.put("from", Timestamp.from(filter.from()));
            }
            if (filter.until() != null) {
                sql.add("occurred_at < :until");
                params.put("until", Timestamp.from(filter.until()));
            }
            if (filter.text() != null) {
                sql.add("detail like '%' || :text || '%'");
                params.put("text", Like.escape(filter.text()));
            }
            return new Where(sql.toString(), params);
        }

        private static String deeper(String scope, String region) {
            return region != null && region.length() > scope.length() ? region : scope;
        }
    }
}
