package org.minzheng.registry.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.registry.HouseholdTasks.NewTask;
import org.minzheng.registry.HouseholdTasks.TaskOrigin;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the tasks. Staff reads take the data-scope prefix and filter by the task's own region column. */
@Repository
class TaskRepository {

    private static final String SELECT = """
            select t.id, t.household_id, h.number, p.name as head_name, t.region_code, t.origin, t.task_key, t.title,
                   t.detail, t.due_on, t.status, t.outcome, t.outcome_note, t.follow_up_on, t.follow_up_of, t.done_by,
                   t.done_at, t.created_at, h.demo
            from registry.tasks t
            join registry.households h on h.county_code = t.county_code and h.id = t.household_id
            left join registry.persons p on p.county_code = t.county_code and p.household_id = h.id and p.head
            """;

    /** Followed by the county's condition when the scope reaches one (CountyPartition.condition). */
    private static final String FILTER = """
            where t.region_code like :prefix || '%'
              and t.region_code like :regionPrefix || '%'
              and (:origin = '' or t.origin = :origin)
              and (:state = ''
                   or :state = 'open' and t.status = 'OPEN'
                   or :state = 'overdue' and t.status = 'OPEN' and t.due_on < :today
                   or :state = 'done' and t.status = 'DONE')
            """;

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new task's id; empty when the household has an open task with the same origin and key. */
    Optional<Long> insert(NewTask task, Long followUpOf) {
        return jdbc.sql("""
                        insert into registry.tasks (household_id, region_code, origin, task_key, title, detail, due_on,
                            follow_up_of, county_code)
                        select h.id, h.region_code, :origin, :key, :title, :detail, :due, :followUpOf, h.county_code
                        from registry.households h where h.id = :household
                        on conflict (household_id, origin, task_key) where status = 'OPEN' do nothing
                        returning id
                        """)
                .param("household", task.household().value())
                .param("origin", task.origin().name())
                .param("key", task.key())
                .param("title", task.title())
                .param("detail", task.detail(), java.sql.Types.VARCHAR)
                .param("due", task.due())
                .param("followUpOf", followUpOf, java.sql.Types.BIGINT)
                .query(Long.class)
                .optional();
    }

    Optional<Long> openTaskId(long household, TaskOrigin origin, String key) {
        return jdbc.sql("""
                        select id from registry.tasks
                        where household_id = :household and origin = :origin and task_key = :key and status = 'OPEN'
                        """)
                .param("household", household)
                .param("origin", origin.name())
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    Optional<RegionCode> regionOf(long household) {
        return jdbc.sql("select region_code from registry.households where id = :id")
                .param("id", household)
                .query((rs, n) -> RegionCode.of(rs.getString(1)))
                .optional();
    }

    Optional<TaskRow> find(long id, String prefix) {
        return jdbc.sql(SELECT + " where t.id = :id and t.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", prefix)
                .query(TaskRepository::row)
                .optional();
    }

    /** Marks an open task done; false when it is not open (done by someone else in between). */
    boolean complete(long id, TaskOutcome outcome, String note, LocalDate followUpOn, String doneBy, Instant at) {
        return jdbc.sql("""
                                update registry.tasks
                                set status = 'DONE', outcome = :outcome, outcome_note = :note, follow_up_on = :followUpOn,
                                    done_by = :doneBy, done_at = :at
                                where id = :id and status = 'OPEN'
                                """)
                        .param("id", id)
                        .param("outcome", outcome.name())
                        .param("note", note, java.sql.Types.VARCHAR)
                        .param("followUpOn", followUpOn, java.sql.Types.DATE)
                        .param("doneBy", doneBy)
                        .param("at", java.sql.Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Open tasks first, the most urgent on top; then done ones, the latest first. */
    List<TaskRow> search(TaskSearch search, String prefix, LocalDate today, int limit, long offset) {
        return jdbc.sql(SELECT + FILTER + CountyPartition.condition("t", narrowest(search, prefix)) + """
                        order by t.status = 'DONE', case when t.status = 'OPEN' then t.due_on end, t.done_at desc, t.id
                        limit :limit offset :offset
                        """)
                .params(filter(search, prefix, today))
                .param("limit", limit)
                .param("offset", offset)
                .query(TaskRepository::row)
                .list();
    }

    long count(TaskSearch search, String prefix, LocalDate today) {
        return jdbc.sql("select count(*) from registry.tasks t " + FILTER
                        + CountyPartition.condition("t", narrowest(search, prefix)))
                .params(filter(search, prefix, today))
                .query(Long.class)
                .single();
    }

    List<TaskRow> ofHousehold(long household) {
        return jdbc.sql(SELECT + " where t.household_id = :household order by t.status = 'DONE', t.due_on, t.id desc")
                .param("household", household)
                .query(TaskRepository::row)
                .list();
    }

    long openTasks(String prefix) {
        return jdbc.sql(
                        "select count(*) from registry.tasks t where status = 'OPEN' and region_code like :prefix || '%'"
                                + CountyPartition.condition("t", prefix))
                .params(CountyPartition.parameter(prefix))
                .param("prefix", prefix)
                .query(Long.class)
                .single();
    }

    private static java.util.Map<String, Object> filter(TaskSearch search, String prefix, LocalDate today) {
        var params = new java.util.HashMap<>(CountyPartition.parameter(narrowest(search, prefix)));
        params.putAll(java.util.Map.of(
                "prefix", prefix,
                "regionPrefix", search.regionPrefix(),
                "origin", search.origin(),
                "state", search.state(),
                "today", today));
        return params;
    }

    /** The scope or the region filtered to, whichever is narrower: it may name a county the scope does not. */
    private static String narrowest(TaskSearch search, String prefix) {
        return search.regionPrefix().length() > prefix.length() ? search.regionPrefix() : prefix;
    }

    private static TaskRow row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        long followUpOf = rs.getLong("follow_up_of");
        boolean noFollowUpOf = rs.wasNull();
        java.sql.Timestamp doneAt = rs.getTimestamp("done_at");
        return new TaskRow(
                rs.getLong("id"),
                rs.getLong("household_id"),
                rs.getString("number"),
                rs.getString("head_name"),
                RegionCode.of(rs.getString("region_code")),
                TaskOrigin.valueOf(rs.getString("origin")),
                rs.getString("task_key"),
                rs.getString("title"),
                rs.getString("detail"),
                rs.getObject("due_on", LocalDate.class),
                TaskStatus.valueOf(rs.getString("status")),
                outcome == null ? null : TaskOutcome.valueOf(outcome),
                rs.getString("outcome_note"),
                rs.getObject("follow_up_on", LocalDate.class),
                noFollowUpOf ? null : followUpOf,
                rs.getString("done_by"),
                doneAt == null ? null : doneAt.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("demo"));
    }
}
