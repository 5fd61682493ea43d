package org.minzheng.registry.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.registry.Warnings.NewWarning;
import org.minzheng.registry.Warnings.WarningLevel;
import org.minzheng.shared.CountyPartition;
import org.minzheng.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the warnings. Staff reads take the data-scope prefix and filter by the warning's own region column. */
@Repository
class WarningRepository {

    private static final String SELECT = """
            select w.id, w.household_id, h.number, head.name as head_name, member.name as person_name, w.region_code,
                   w.rule_code, w.rule_name, w.level, w.reason, w.stop_payment, w.status, w.due_on, w.task_id,
                   w.raised_at, w.closed_at, h.demo
            from registry.warnings w
            join registry.households h on h.county_code = w.county_code and h.id = w.household_id
            left join registry.persons head
                 on head.county_code = w.county_code and head.household_id = h.id and head.head
            left join registry.persons member on member.county_code = w.county_code and member.id = w.person_id
            """;

    /** Followed by the county's condition when the scope reaches one (CountyPartition.condition). */
    private static final String FILTER = """
            where w.region_code like :prefix || '%'
              and w.region_code like :regionPrefix || '%'
              and (:level = '' or w.level = :level)
              and (:rule = '' or w.rule_code = :rule)
              and (:state = 'all'
                   or :state = 'open' and w.status = 'OPEN'
                   or :state = 'overdue' and w.status = 'OPEN' and w.due_on < :today
                   or :state = 'closed' and w.status = 'CLOSED')
            """;

    private final JdbcClient jdbc;

    WarningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The household's village, or empty when the household does not exist. */
    Optional<RegionCode> regionOf(long household) {
        return jdbc.sql("select region_code from registry.households where id = :id")
                .param("id", household)
                .query((rs, n) -> RegionCode.of(rs.getString(1)))
                .optional();
    }

    /** Whether the person is a member of the household (a warning names a member, never a stranger). */
    boolean isMember(long household, long person) {
        return jdbc.sql(
                        "select exists (select 1 from registry.persons where id = :person and household_id = :household)")
                .param("person", person)
                .param("household", household)
                .query(Boolean.class)
                .single();
    }

    /** The new warning's id; empty when the rule has an open warning on the household. */
    Optional<Long> insert(NewWarning warning, RegionCode village, LocalDate due) {
        return jdbc.sql("""
                        insert into registry.warnings (household_id, region_code, person_id, rule_code, rule_name, level,
                            reason, stop_payment, due_on, county_code)
                        values (:household, :region, :person, :ruleCode, :ruleName, :level, :reason, :stopPayment, :due,
                            (select county_code from registry.households where id = :household))
                        on conflict (household_id, rule_code) where status = 'OPEN' do nothing
                        returning id
                        """)
                .param("household", warning.household().value())
                .param("region", village.value())
                .param("person", warning.personId(), java.sql.Types.BIGINT)
                .param("ruleCode", warning.ruleCode())
                .param("ruleName", warning.ruleName())
                .param("level", warning.level().name())
                .param("reason", warning.reason())
                .param("stopPayment", warning.stopPayment())
                .param("due", due)
                .query(Long.class)
                .optional();
    }

    void attachTask(long warning, long task) {
        jdbc.sql("update registry.warnings set task_id = :task where id = :id")
                .param("task", task)
                .param("id", warning)
                .update();
    }

    /** Hands the open warnings of a done task on to its follow-up task. */
    void moveToTask(long doneTask, long followUp) {
        jdbc.sql("""
                        update registry.warnings
                        set task_id = :followUp, due_on = (select due_on from registry.tasks where id = :followUp)
                        where task_id = :done and status = 'OPEN'
                        """).param("followUp", followUp).param("done", doneTask).update();
    }

    /** Closes the open warnings of a done task; returns them as (id, region) for the audit log. */
    List<Map.Entry<Long, RegionCode>> closeForTask(long task) {
        return jdbc.sql("""
                        update registry.warnings set status = 'CLOSED', closed_at = now()
                        where task_id = :task and status = 'OPEN'
                        returning id, region_code
                        """)
                .param("task", task)
                .query((rs, n) -> Map.entry(rs.getLong(1), RegionCode.of(rs.getString(2))))
                .list();
    }

    Optional<WarningRow> find(long id, String prefix) {
        return jdbc.sql(SELECT + " where w.id = :id and w.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", prefix)
                .query(WarningRepository::row)
                .optional();
    }

    /** Open ones first, the most urgent level and the earliest deadline on top. */
    List<WarningRow> search(WarningSearch search, String prefix, LocalDate today, int limit, long offset) {
        return jdbc.sql(SELECT + FILTER + CountyPartition.condition("w", narrowest(search, prefix)) + """
                        order by w.status = 'CLOSED',
                                 case w.level when 'RED' then 0 when 'ORANGE' then 1 else 2 end,
                                 w.due_on, w.id desc
                        limit :limit offset :offset
                        """)
                .params(filter(search, prefix, today))
                .param("limit", limit)
                .param("offset", offset)
                .query(WarningRepository::row)
                .list();
    }

    long count(WarningSearch search, String prefix, LocalDate today) {
        return jdbc.sql("select count(*) from registry.warnings w " + FILTER
                        + CountyPartition.condition("w", narrowest(search, prefix)))
                .params(filter(search, prefix, today))
                .query(Long.class)
                .single();
    }

    /** Open and overdue warnings by township (the first nine digits of the village code), within the scope. */
    List<TownshipCount> countsByTownship(String prefix, LocalDate today) {
        return jdbc.sql("""
                        select substr(region_code, 1, 9) || '000' as township,
                               count(*) as open,
                               count(*) filter (where due_on < :today) as overdue
                        from registry.warnings w
                        where status = 'OPEN' and region_code like :prefix || '%'
                        """ + CountyPartition.condition("w", prefix) + " group by 1 order by 1")
                .params(CountyPartition.parameter(prefix))
                .param("prefix", prefix)
                .param("today", today)
                .query((rs, n) -> new TownshipCount(
                        RegionCode.of(rs.getString("township")), null, rs.getLong("open"), rs.getLong("overdue")))
                .list();
    }

    /** The rules that raised warnings within the scope, by code, with their names: the rule filter's choices. */
    List<Map.Entry<String, String>> rules(String prefix) {
        return jdbc.sql("""
                        select rule_code, max(rule_name) from registry.warnings w
                        where region_code like :prefix || '%'
                        """ + CountyPartition.condition("w", prefix) + " group by rule_code order by rule_code")
                .params(CountyPartition.parameter(prefix))
                .param("prefix", prefix)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list();
    }

    List<WarningRow> ofHousehold(long household) {
        return jdbc.sql(SELECT + " where w.household_id = :household order by w.status = 'CLOSED', w.raised_at desc")
                .param("household", household)
                .query(WarningRepository::row)
                .list();
    }

    /** Open and overdue warnings within the scope, for the dashboard tile. */
    long[] openAndOverdue(String prefix, LocalDate today) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where due_on < :today) from registry.warnings w
                        where status = 'OPEN' and region_code like :prefix || '%'
                        """ + CountyPartition.condition("w", prefix))
                .params(CountyPartition.parameter(prefix))
                .param("prefix", prefix)
                .param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private static Map<String, Object> filter(WarningSearch search, String prefix, LocalDate today) {
        var params = new java.util.HashMap<>(CountyPartition.parameter(narrowest(search, prefix)));
        params.putAll(Map.of(
                "prefix", prefix,
                "regionPrefix", search.regionPrefix(),
                "level", search.level(),
                "rule", search.rule(),
                "state", search.state(),
                "today", today));
        return params;
    }

    /** The scope or the region filtered to, whichever is narrower: it may name a county the scope does not. */
    private static String narrowest(WarningSearch search, String prefix) {
        return search.regionPrefix().length() > prefix.length() ? search.regionPrefix() : prefix;
    }

    private static WarningRow row(ResultSet rs, int n) throws SQLException {
        long task = rs.getLong("task_id");
        boolean noTask = rs.wasNull();
        java.sql.Timestamp closedAt = rs.getTimestamp("closed_at");
        return new WarningRow(
                rs.getLong("id"),
                rs.getLong("household_id"),
                rs.getString("number"),
                rs.getString("head_name"),
                rs.getString("person_name"),
                RegionCode.of(rs.getString("region_code")),
                rs.getString("rule_code"),
                rs.getString("rule_name"),
                WarningLevel.valueOf(rs.getString("level")),
                rs.getString("reason"),
                rs.getBoolean("stop_payment"),
                "OPEN".equals(rs.getString("status")),
                rs.getObject("due_on", LocalDate.class),
                noTask ? null : task,
                rs.getTimestamp("raised_at").toInstant(),
                closedAt == null ? null : closedAt.toInstant(),
                rs.getBoolean("demo"));
    }
}
