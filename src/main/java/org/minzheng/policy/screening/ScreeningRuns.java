package org.minzheng.policy.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Screening runs and their counts. Statements commit on their own: a run's state shows while it runs. */
@Repository
class ScreeningRuns {

    private final JdbcClient jdbc;

    ScreeningRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts a run unless one is already running over the same ground (the region, a region within it
     * or one containing it); ShedLock keeps nightly runs apart, this keeps a click from doubling one.
     */
    Optional<Long> begin(RegionCode region, LocalDate day, ScreeningTrigger trigger, String startedBy) {
        return jdbc.sql("""
                        insert into policy.screening_runs (region_code, region_prefix, day, trigger, started_by, status)
                        select :region, :prefix, :day, :trigger, :startedBy, 'RUNNING'
                        where not exists (
                            select 1 from policy.screening_runs
                            where status = 'RUNNING' and started_at > now() - interval '6 hours'
                              and (region_prefix like :prefix || '%' or :prefix like region_prefix || '%'))
                        returning id
                        """)
                .param("region", region.value())
                .param("prefix", region.significantDigits())
                .param("day", day)
                .param("trigger", trigger.name())
                .param("startedBy", startedBy)
                .query(Long.class)
                .optional();
    }

    void attachJob(long runId, long jobId) {
        jdbc.sql("update policy.screening_runs set job_id = :job where id = :id")
                .param("id", runId)
                .param("job", jobId)
                .update();
    }

    void complete(long runId, int policies, long households, long persons, long findings, long foundHouseholds) {
        jdbc.sql("""
                        update policy.screening_runs
                        set status = 'DONE', finished_at = now(), policies = :policies, households = :households,
                            persons = :persons, findings = :findings, found_households = :found
                        where id = :id
                        """)
                .param("id", runId)
                .param("policies", policies)
                .param("households", households)
                .param("persons", persons)
                .param("findings", findings)
                .param("found", foundHouseholds)
                .update();
        // older runs' findings within this run's region are out of date now
        jdbc.sql("""
                        delete from policy.screening_findings f
                        using policy.screening_runs r, policy.screening_runs newest
                        where f.run_id = r.id and newest.id = :id and r.id <> newest.id
                          and r.region_prefix like newest.region_prefix || '%'
                        """).param("id", runId).update();
    }

    void fail(long runId) {
        jdbc.sql("delete from policy.screening_findings where run_id = :id")
                .param("id", runId)
                .update();
        jdbc.sql("update policy.screening_runs set status = 'FAILED', finished_at = now() where id = :id")
                .param("id", runId)
                .update();
    }

    /** Runs over the staff member's region or within it, newest first. */
    List<ScreeningRunRow> visible(DataScope scope, int limit) {
        return jdbc.sql("""
                        select * from policy.screening_runs
                        where region_prefix like :prefix || '%' or :prefix like region_prefix || '%'
                        order by started_at desc, id desc limit :limit
                        """)
                .param("prefix", scope.prefix())
                .param("limit", limit)
                .query(ScreeningRunRow.class)
                .list();
    }

    Optional<ScreeningRunRow> find(long id, DataScope scope) {
        return jdbc.sql("""
                        select * from policy.screening_runs
                        where id = :id and (region_prefix like :prefix || '%' or :prefix like region_prefix || '%')
                        """)
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(ScreeningRunRow.class)
                .optional();
    }

    /** The newest finished run that covers the whole of {@code region}: its findings are the current ones there. */
    Optional<ScreeningRunRow> newestCovering(RegionCode region) {
        return jdbc.sql("""
                        select * from policy.screening_runs
                        where status = 'DONE' and :prefix like region_prefix || '%'
                        order by finished_at desc, id desc limit 1
                        """)
                .param("prefix", region.significantDigits())
                .query(ScreeningRunRow.class)
                .optional();
    }
}
