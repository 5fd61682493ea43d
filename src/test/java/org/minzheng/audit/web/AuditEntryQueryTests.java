package org.minzheng.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.audit.AuditCategory;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.AuditOutcome;
import org.minzheng.audit.chain.AuditRecord;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The data scope of the audit pages, checked where it is enforced: in the query's SQL. */
@IntegrationTest
class AuditEntryQueryTests {

    static final RegionCode PENGLI = RegionCode.of("371602005");
    static final RegionCode LIZE = RegionCode.of("371602012");

    @Autowired
    AuditEntryQuery query;

    @Autowired
    AuditLog audit;

    @Test
    void townshipScopeSeesOnlyEntriesOfItsOwnSubtree() {
        String run = marker();
        record(PENGLI, run + " pengli");
        record(RegionCode.of("371602005001"), run + " pengli village");
        record(LIZE, run + " lize");
        record(null, run + " no region");

        var found = query.search(byText(run), new DataScope(PENGLI), PageRequest.of(0, 20));

        assertThat(found.getContent())
                .extracting(AuditRecord::detail)
                .containsExactlyInAnyOrder(run + " pengli", run + " pengli village");
    }

    @Test
    void entriesWithoutRegionAreForCityWideViewersOnly() {
        String run = marker();
        record(null, run + " unknown user");

        assertThat(query.count(byText(run), new DataScope(RegionCode.of("371602"))))
                .isZero();
        assertThat(query.count(byText(run), new DataScope(RegionCode.of("3716"))))
                .isEqualTo(1);
    }

    @Test
    void regionFilterCannotWidenTheScope() {
        String run = marker();
        record(LIZE, run + " lize");
        var filter = new AuditFilter(
                null, null, false, LIZE.significantDigits(), null, null, null, null, run, AuditFilter.Sort.TIME_DESC);

        assertThat(query.count(filter, new DataScope(PENGLI))).isZero();
        assertThat(query.count(filter, new DataScope(RegionCode.of("371602")))).isEqualTo(1);
    }

    @Test
    void countsSinceAnInstantForTheDashboard() {
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        var scope = new DataScope(LIZE);
        long logins = query.count(AuditFilter.since(AuditCategory.LOGIN, "staff.login.success", before), scope);
        long elsewhere = query.count(
                AuditFilter.since(AuditCategory.LOGIN, "staff.login.success", before), new DataScope(PENGLI));

        audit.record(AuditEvent.login("staff.login.success", AuditOutcome.SUCCESS, "qa" + marker(), LIZE));

        assertThat(query.count(AuditFilter.since(AuditCategory.LOGIN, "staff.login.success", before), scope))
                .isEqualTo(logins + 1);
        assertThat(query.count(
                        AuditFilter.since(AuditCategory.LOGIN, "staff.login.success", before), new DataScope(PENGLI)))
                .isEqualTo(elsewhere);
    }

    private void record(RegionCode region, String detail) {
        audit.record(AuditEvent.operation("test.scope.check", "test.thing", "1", region)
                .withDetail(detail));
    }

    private static AuditFilter byText(String text) {
        return new AuditFilter(null, null, false, null, null, null, null, null, text, AuditFilter.Sort.TIME_DESC);
    }

    static String marker() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
    }
}
