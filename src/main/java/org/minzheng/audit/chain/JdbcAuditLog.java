package org.minzheng.audit.chain;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends audit entries under a transaction-scoped advisory lock: the lock orders writers so each row
 * links to the row committed before it. The cost is that writers queue for the few milliseconds
 * between their audit insert and their commit, acceptable at a bureau's rate of changes.
 */
@Service
class JdbcAuditLog implements AuditLog {

    /** Arbitrary constant naming the audit chain's advisory lock. */
    private static final long CHAIN_LOCK = 0x6d7a_6175_6469_74L;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        Optional<StaffPrincipal> staff = CurrentStaff.principal();
        String actor = event.actorUsername() != null
                ? event.actorUsername()
                : staff.map(StaffPrincipal::username).orElse(null);
        RegionCode actorRegion = event.actorUsername() != null
                ? event.actorRegion()
                : staff.map(StaffPrincipal::regionCode).orElse(null);

        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", CHAIN_LOCK)
                .query()
                .singleRow();
        String prevHash = jdbc.sql("select hash from audit.audit_entries order by id desc limit 1")
                .query(String.class)
                .optional()
                .orElse(AuditRecord.GENESIS);
        long id = jdbc.sql("select nextval('audit.audit_entries_id_seq')")
                .query(Long.class)
                .single();

        var entry = new AuditRecord(
                id,
                ChainHash.truncate(clock.instant()),
                event.category().name(),
                event.action(),
                event.outcome().name(),
                actor,
                actorRegion == null ? null : actorRegion.value(),
                event.targetType(),
                event.targetId(),
                event.regionCode() == null ? null : event.regionCode().value(),
                abbreviate(event.detail()),
                clientIp().orElse(null),
                prevHash,
                null);
        String hash = ChainHash.of(entry);
        jdbc.sql("""
                insert into audit.audit_entries
                    (id, occurred_at, category, action, outcome, actor_username, actor_region, target_type, target_id,
                     region_code, detail, client_ip, prev_hash, hash, county_code)
                values (:id, :occurredAt, :category, :action, :outcome, :actor, :actorRegion, :targetType, :targetId,
                     :regionCode, :detail, :clientIp, :prevHash, :hash, :county)
                """)
                .param("id", entry.id())
                .param("occurredAt", Timestamp.from(entry.occurredAt()))
                .param("category", entry.category())
                .param("action", entry.action())
                .param("outcome", entry.outcome())
                .param("actor", entry.actorUsername())
                .param("actorRegion", entry.actorRegion())
                .param("targetType", entry.targetType())
                .param("targetId", entry.targetId())
                .param("regionCode", entry.regionCode())
                .param("detail", entry.detail())
                .param("clientIp", entry.clientIp())
                .param("prevHash", entry.prevHash())
                .param("hash", hash)
                .param("county", CountyPartition.of(entry.regionCode()))
                .update();
    }

    private static String abbreviate(String detail) {
        if (detail == null || detail.length() <= 500) {
            return detail;
        }
        return detail.substring(0, 499) + "…";
    }

    private static Optional<String> clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(request.getRemoteAddr());
        }
        return Optional.empty();
    }
}
