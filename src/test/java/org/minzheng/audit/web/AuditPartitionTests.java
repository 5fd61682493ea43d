package org.minzheng.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.shared.PartitionedTables.assertPartitionedByCounty;
import static org.minzheng.shared.PartitionedTables.partitionsOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.audit.AuditCategory;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.chain.AuditChainVerifier;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log is hash-partitioned by county, and a county's or township's search reads one partition. */
@IntegrationTest
class AuditPartitionTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void logIsHashPartitionedByCountyIntoEightPartitions() {
        assertPartitionedByCounty(jdbc, "audit", "audit_entries");
    }

    @Test
    void everyPartitionIsAppendOnly() {
        audit.record(AuditEvent.operation("test.partition.check", "test.thing", "1", RegionCode.of("371602005")));
        String partition = jdbc.sql("select tableoid::regclass::text from audit.audit_entries order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(partition).startsWith("audit.audit_entries_p");

        // Each statement runs in a transaction that is rolled back, so a missing trigger would lose nothing.
        for (String sql : List.of(
                "update " + partition + " set detail = 'x' where id = (select max(id) from " + partition + ")",
                "delete from " + partition + " where id = (select max(id) from " + partition + ")",
                "truncate " + partition,
                "truncate audit.audit_entries")) {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).hasMessageContaining("append-only");
            });
        }
    }

    @Test
    void countyAndTownshipSearchesReadOnePartition() {
        var filter = new AuditFilter(
                AuditCategory.OPERATION, null, false, null, null, null, null, null, null, AuditFilter.Sort.TIME_DESC);

        for (String region : List.of("371602", "371602005", "371602005001")) {
            var where = AuditEntryQuery.Where.of(filter, new DataScope(RegionCode.of(region)));
            assertThat(partitionsRead(AuditEntryQuery.pageSql(where, filter.sort()), where.params()))
                    .as("list of %s", region)
                    .hasSize(1);
            assertThat(partitionsRead(AuditEntryQuery.countSql(where), where.params()))
                    .as("count of %s", region)
                    .hasSize(1);
        }
    }

    @Test
    void cityWideSearchReadsEveryPartitionUnlessFilteredToACounty() {
        var city = new DataScope(RegionCode.of("3716"));
        var everything =
                new AuditFilter(null, null, false, null, null, null, null, null, null, AuditFilter.Sort.TIME_DESC);
        var where = AuditEntryQuery.Where.of(everything, city);
        assertThat(partitionsRead(AuditEntryQuery.pageSql(where, everything.sort()), where.params()))
                .hasSize(8);

        var oneCounty =
                new AuditFilter(null, null, false, "371603", null, null, null, null, null, AuditFilter.Sort.TIME_DESC);
        var narrowed = AuditEntryQuery.Where.of(oneCounty, city);
        assertThat(partitionsRead(AuditEntryQuery.countSql(narrowed), narrowed.params()))
                .hasSize(1);
    }

    @Test
    void entriesAreFiledUnderTheCountyOfTheirRegion() throws Exception {
        String county = logins.createAccount("qa-county", "371602000000", "COUNTY_APPROVER");
        mvc.perform(formLogin("/login").user(county).password(StaffLogins.PASSWORD))
                .andExpect(redirectedUrl("/console"));
        assertThat(jdbc.sql("""
                        select county_code from audit.audit_entries
                        where action = 'staff.login.success' and actor_username = :user
                        """).param("user", county).query(String.class).single())
                .isEqualTo("371602");

        long before = lastId();
        // An unknown user name is logged cut to three letters: "qzx…".
        mvc.perform(formLogin("/login")
                        .user("qzx-" + AuditEntryQueryTests.marker())
                        .password("Wrong@2026pw"))
                .andExpect(redirectedUrl("/login?error=bad"));
        assertThat(jdbc.sql("""
                        select county_code, region_code from audit.audit_entries
                        where id > :before and action = 'staff.login.failure' and target_id = 'qzx…'
                        """).param("before", before).query().singleRow())
                .containsEntry("county_code", "000000")
                .containsEntry("region_code", null);

        assertThat(verifier.verify().intact()).isTrue();
    }

    private long lastId() {
        return jdbc.sql("select max(id) from audit.audit_entries")
                .query(Long.class)
                .single();
    }

    /** The partitions the plan of {@code sql} with these parameters scans, read from its EXPLAIN. */
    private TreeSet<String> partitionsRead(String sql, Map<String, Object> params) {
        List<String> plan = jdbc.sql("explain " + sql)
                .params(params)
                .param("limit", 20)
                .param("offset", 0)
                .query(String.class)
                .list();
        return partitionsOf("audit_entries", String.join("\n", plan));
    }
}
