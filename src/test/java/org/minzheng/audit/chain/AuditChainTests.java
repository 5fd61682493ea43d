package org.minzheng.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditChainTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** Tampering needs the trigger off; the chain stays broken, so the tampered rows are put back. */
    private Runnable restore = () -> {};

    @AfterEach
    void putBackWhatWasTampered() {
        restore.run();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void chainOfFreshEntriesVerifies() {
        audit.record(AuditEvent.operation("test.thing.create", "test.thing", "1", RegionCode.of("371602")));
        audit.record(AuditEvent.operation("test.thing.update", "test.thing", "1", RegionCode.of("371602"))
                .withDetail("名称改为 新名称"));
        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void appendOnlyTableRefusesUpdatesAndDeletes() {
        audit.record(AuditEvent.operation("test.thing.create", "test.thing", "2", null));
        assertThatThrownBy(
                        () -> jdbc.update(
                                "update audit.audit_entries set detail = 'x' where id = (select max(id) from audit.audit_entries)"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update(
                        "delete from audit.audit_entries where id = (select max(id) from audit.audit_entries)"))
                .hasMessageContaining("append-only");
    }

    @Test
    void changedEntryIsReportedAsTheFirstBrokenRow() {
        audit.record(AuditEvent.operation("test.thing.create", "test.thing", "3", null)
                .withDetail("原始内容"));
        long tampered = jdbc.queryForObject("select max(id) from audit.audit_entries", Long.class);
        audit.record(AuditEvent.operation("test.thing.update", "test.thing", "3", null));
        String original =
                jdbc.queryForObject("select detail from audit.audit_entries where id = ?", String.class, tampered);

        asSuperuserWithoutTriggers("update audit.audit_entries set detail = '篡改后' where id = " + tampered);
        restore = () -> asSuperuserWithoutTriggers(
                "update audit.audit_entries set detail = '" + original + "' where id = " + tampered);

        ChainVerification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken()).contains(tampered);
        assertThat(result.reason()).contains(ChainVerification.Break.CONTENT);
    }

    @Test
    void deletedEntryBreaksTheLinkOfTheNextRow() {
        audit.record(AuditEvent.operation("test.thing.create", "test.thing", "4", null));
        long deleted = jdbc.queryForObject("select max(id) from audit.audit_entries", Long.class);
        audit.record(AuditEvent.operation("test.thing.update", "test.thing", "4", null));
        long next = jdbc.queryForObject("select max(id) from audit.audit_entries", Long.class);
        var row = jdbc.queryForMap("select * from audit.audit_entries where id = ?", deleted);

        asSuperuserWithoutTriggers("delete from audit.audit_entries where id = " + deleted);
        restore = () -> transactions.executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update(
                    "insert into audit.audit_entries (id, occurred_at, category, action, outcome, actor_username, actor_region,"
                            + " target_type, target_id, region_code, detail, client_ip, prev_hash, hash, county_code)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("id"),
                    row.get("occurred_at"),
                    row.get("category"),
                    row.get("action"),
                    row.get("outcome"),
                    row.get("actor_username"),
                    row.get("actor_region"),
                    row.get("target_type"),
                    row.get("target_id"),
                    row.get("region_code"),
                    row.get("detail"),
                    row.get("client_ip"),
                    row.get("prev_hash"),
                    row.get("hash"),
                    row.get("county_code"));
        });

        ChainVerification result = verifier.verify();
        assertThat(result.firstBroken()).contains(next);
        assertThat(result.reason()).contains(ChainVerification.Break.LINK);
    }

    private void asSuperuserWithoutTriggers(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update(sql);
        });
    }
}
