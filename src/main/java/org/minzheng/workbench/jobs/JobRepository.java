package org.minzheng.workbench.jobs;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.workbench.BackgroundJobs.JobState;
import org.minzheng.workbench.BackgroundJobs.JobStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The jobs table. Every statement commits on its own: progress must be visible while the job runs. */
@Repository
class JobRepository {

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String kind, String title, Long ownerId, String ownerName, String regionCode) {
        return jdbc.sql("""
                        insert into workbench.jobs (kind, title, owner_account_id, owner_name, region_code, status)
                        values (:kind, :title, :owner, :ownerName, :region, 'RUNNING')
                        returning id
                        """)
                .param("kind", kind)
                .param("title", title)
                .param("owner", ownerId)
                .param("ownerName", ownerName)
                .param("region", regionCode)
                .query(Long.class)
                .single();
    }

    void progress(long id, long total, long done, String stage) {
        jdbc.sql("""
                        update workbench.jobs set total = :total, done = :done, stage = coalesce(:stage, stage),
                               heartbeat_at = now()
                        where id = :id and status = 'RUNNING'
                        """)
                .param("id", id)
                .param("total", total)
                .param("done", done)
                .param("stage", stage)
                .update();
    }

    void succeed(long id, String summary, String resultPath) {
        finish(List.of(id), JobStatus.SUCCEEDED, summary, resultPath);
    }

    void fail(long id, String summary) {
        finish(List.of(id), JobStatus.FAILED, summary, null);
    }

    void failAll(Collection<Long> ids, String summary) {
        finish(ids, JobStatus.FAILED, summary, null);
    }

    private void finish(Collection<Long> ids, JobStatus status, String summary, String resultPath) {
        jdbc.sql("""
                        update workbench.jobs set status = :status, summary = left(:summary, 1000),
                               result_path = :path, finished_at = now(), stage = null
                        where id in (:ids) and status = 'RUNNING'
                        """)
                .param("ids", ids)
                .param("status", status.name())
                .param("summary", summary)
                .param("path", resultPath)
                .update();
    }

    void beat(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update workbench.jobs set heartbeat_at = now() where id in (:ids) and status = 'RUNNING'")
                    .param("ids", ids)
                    .update();
        }
    }

    int closeAbandoned(Duration silence, String summary) {
        return jdbc.sql("""
                        update workbench.jobs set status = 'FAILED', summary = :summary, finished_at = now(), stage = null
                        where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :seconds)
                        """)
                .param("summary", summary)
                .param("seconds", silence.toSeconds())
                .update();
    }

    Optional<JobState> state(long id) {
        return jdbc.sql("select id, status, total, done, summary, result_path from workbench.jobs where id = :id")
                .param("id", id)
                .query((rs, n) -> new JobState(
                        rs.getLong("id"),
                        JobStatus.valueOf(rs.getString("status")),
                        rs.getLong("total"),
                        rs.getLong("done"),
                        rs.getString("summary"),
                        rs.getString("result_path")))
                .optional();
    }

    /** The staff member's own jobs and the unattended ones within their region. */
    private static final String VISIBLE = """
            (owner_account_id = :me or (owner_account_id is null and region_code like :prefix || '%'))
            """;

    Page<JobRow> visibleTo(StaffPrincipal staff, Pageable page) {
        long total = jdbc.sql("select count(*) from workbench.jobs where " + VISIBLE)
                .param("me", staff.accountId())
                .param("prefix", staff.dataScope().prefix())
                .query(Long.class)
                .single();
        List<JobRow> rows = jdbc.sql("select * from workbench.jobs where " + VISIBLE
                        + " order by started_at desc, id desc limit :limit offset :offset")
                .param("me", staff.accountId())
                .param("prefix", staff.dataScope().prefix())
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(JobRepository::row)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    Optional<JobRow> find(long id, StaffPrincipal staff) {
        return jdbc.sql("select * from workbench.jobs where id = :id and " + VISIBLE)
                .param("id", id)
                .param("me", staff.accountId())
                .param("prefix", staff.dataScope().prefix())
                .query(JobRepository::row)
                .optional();
    }

    /** Finished jobs of the staff member's that they have not looked at: the notices in the top bar. */
    long unseen(long accountId) {
        return jdbc.sql("""
                        select count(*) from workbench.jobs
                        where owner_account_id = :me and finished_at is not null and seen_at is null
                        """).param("me", accountId).query(Long.class).single();
    }

    void markSeen(long id, long accountId) {
        jdbc.sql("""
                        update workbench.jobs set seen_at = now()
                        where id = :id and owner_account_id = :me and finished_at is not null and seen_at is null
                        """).param("id", id).param("me", accountId).update();
    }

    private static JobRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new JobRow(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("owner_name"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getString("stage"),
                rs.getLong("total"),
                rs.getLong("done"),
                rs.getString("summary"),
                rs.getString("result_path"),
                rs.getTimestamp("started_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("finished_at"))
                        .map(java.sql.Timestamp::toInstant)
                        .orElse(null),
                rs.getTimestamp("seen_at") != null);
    }
}
