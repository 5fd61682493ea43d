package org.minzheng.audit.chain;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every entry's hash in id order and reports the first entry that was changed, or whose
 * predecessor was changed or removed. Rows stream from a cursor, so the log may be any size.
 */
@Service
public class AuditChainVerifier {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditChainVerifier(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1_000);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var checked = new AtomicLong();
        var expectedPrev = new AtomicReference<>(AuditRecord.GENESIS);
        var broken = new AtomicReference<Long>();
        var reason = new AtomicReference<ChainVerification.Break>();
        jdbc.query("""
                select id, occurred_at, category, action, outcome, actor_username, actor_region, target_type, target_id,
                       region_code, detail, client_ip, prev_hash, hash
                from audit.audit_entries order by id
                """, rs -> {
            if (broken.get() != null) {
                return;
            }
            var entry = AuditRecords.map(rs);
            checked.incrementAndGet();
            if (!entry.prevHash().equals(expectedPrev.get())) {
                broken.set(entry.id());
                reason.set(ChainVerification.Break.LINK);
            } else if (!ChainHash.of(entry).equals(entry.hash())) {
                broken.set(entry.id());
                reason.set(ChainVerification.Break.CONTENT);
            }
            expectedPrev.set(entry.hash());
        });
        return new ChainVerification(
                checked.get(), Optional.ofNullable(broken.get()), Optional.ofNullable(reason.get()), clock.instant());
    }
}
