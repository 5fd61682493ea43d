package org.minzheng.policy.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.registry.Warnings.WarningLevel;
import org.minzheng.shared.database.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the monitoring rule tables. Rules are city-wide reference data, like the policy catalogue, so no
 * query takes a data scope.
 */
@Repository
class MonitoringRuleRepository {

    private static final String SELECT = """
            select r.id, r.code, r.current_version, r.active, r.demo,
                   v.version, v.name, v.level, v.days_to_act, v.stop_payment, v.rule, v.note,
                   v.change_note, v.changed_by, v.changed_at
            from policy.monitoring_rules r
            """;

    private static final String CURRENT =
            SELECT + " join policy.monitoring_rule_versions v on v.rule_id = r.id and v.version = r.current_version ";

    private static final String FILTER = """
            where (:q = '' or r.code ilike '%' || :q || '%' or v.name ilike '%' || :q || '%')
              and (:level = '' or v.level = :level)
              and (:status = '' or (:status = 'active' and r.active) or (:status = 'inactive' and not r.active))
            """;

    /** Columns the list may be sorted by; the level sorts red first. */
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "r.code",
            "name", "v.name",
            "level", "array_position(array['RED', 'ORANGE', 'YELLOW'], v.level::text)",
            "updated", "v.changed_at");

    private final JdbcClient jdbc;

    MonitoringRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<MonitoringRule> search(MonitoringRuleSearch search, Pageable pageable) {
        long total = filtered(
                        "select count(*) from policy.monitoring_rules r join policy.monitoring_rule_versions v"
                                + " on v.rule_id = r.id and v.version = r.current_version " + FILTER,
                        search)
                .query(Long.class)
                .single();
        List<MonitoringRule> rows = filtered(
                        CURRENT + FILTER + " order by " + order(pageable.getSort()) + " limit :limit offset :offset",
                        search)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(MonitoringRuleRepository::rule)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every rule the filters select, by code, for the Excel export. */
    List<MonitoringRule> all(MonitoringRuleSearch search) {
        return filtered(CURRENT + FILTER + " order by r.code", search)
                .query(MonitoringRuleRepository::rule)
                .list();
    }

    /** The latest version of every rule that is switched on: what a run reads. */
    List<MonitoringRule> active() {
        return jdbc.sql(CURRENT + " where r.active order by r.code")
                .query(MonitoringRuleRepository::rule)
                .list();
    }

    Optional<MonitoringRule> find(long id) {
        return jdbc.sql(CURRENT + " where r.id = :id")
                .param("id", id)
                .query(MonitoringRuleRepository::rule)
                .optional();
    }

    Optional<MonitoringRule> find(long id, int version) {
        return jdbc.sql(SELECT
                        + " join policy.monitoring_rule_versions v on v.rule_id = r.id and v.version = :version"
                        + " where r.id = :id")
                .param("id", id)
                .param("version", version)
                .query(MonitoringRuleRepository::rule)
                .optional();
    }

    Optional<Long> idOf(String code) {
        return jdbc.sql("select id from policy.monitoring_rules where code = :code")
                .param("code", code)
                .query(Long.class)
                .optional();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from policy.monitoring_rules where code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    /** @return the new rule's id, or empty when the code is taken */
    Optional<Long> insert(String code, RuleSettings settings, String actor) {
        Optional<Long> id = jdbc.sql("""
                insert into policy.monitoring_rules (code) values (:code)
                on conflict (code) do nothing
                returning id
                """).param("code", code).query(Long.class).optional();
        id.ifPresent(created -> insertVersion(created, 1, settings, null, actor));
        return id;
    }

    /**
     * Adds the next version, unless someone else added one since {@code baseVersion} was read.
     *
     * @return the new version's number, or empty when the edit came too late
     */
    Optional<Integer> addVersion(long id, int baseVersion, RuleSettings settings, String changeNote, String actor) {
        Optional<Integer> next = jdbc.sql("""
                update policy.monitoring_rules set current_version = current_version + 1
                where id = :id and current_version = :base
                returning current_version
                """)
                .param("id", id)
                .param("base", baseVersion)
                .query(Integer.class)
                .optional();
        next.ifPresent(version -> insertVersion(id, version, settings, changeNote, actor));
        return next;
    }

    /** @return false when the rule was in that state already */
    boolean switchTo(long id, boolean active, String actor) {
        boolean changed =
                jdbc.sql("update policy.monitoring_rules set active = :active where id = :id and active <> :active")
                                .param("id", id)
                                .param("active", active)
                                .update()
                        == 1;
        if (changed) {
            jdbc.sql("""
                    insert into policy.monitoring_rule_switches (rule_id, active, changed_by)
                    values (:id, :active, :actor)
                    """)
                    .param("id", id)
                    .param("active", active)
                    .param("actor", actor)
                    .update();
        }
        return changed;
    }

    /** The versions and switches of a rule, newest first. */
    List<RuleChange> history(long id) {
        List<RuleChange> versions = jdbc.sql("""
                        select version, change_note, changed_by, changed_at from policy.monitoring_rule_versions
                        where rule_id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new RuleChange(
                        rs.getInt(1),
                        null,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        List<RuleChange> switches = jdbc.sql("""
                        select active, changed_by, changed_at from policy.monitoring_rule_switches where rule_id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new RuleChange(
                        null,
                        rs.getBoolean(1),
                        null,
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
        return Stream.concat(versions.stream(), switches.stream())
                .sorted(Comparator.comparing(RuleChange::changedAt).reversed())
                .toList();
    }

    private void insertVersion(long id, int version, RuleSettings settings, String changeNote, String actor) {
        jdbc.sql("""
                insert into policy.monitoring_rule_versions (rule_id, version, name, level, days_to_act, stop_payment,
                    rule, note, change_note, changed_by)
                values (:id, :version, :name, :level, :days, :stop, :rule, :note, :changeNote, :actor)
                """)
                .param("id", id)
                .param("version", version)
                .param("name", settings.name())
                .param("level", settings.level().name())
                .param("days", settings.daysToAct())
                .param("stop", settings.stopPayment())
                .param("rule", settings.rule())
                .param("note", settings.note(), Types.VARCHAR)
                .param("changeNote", changeNote, Types.VARCHAR)
                .param("actor", actor)
                .update();
    }

    private JdbcClient.StatementSpec filtered(String sql, MonitoringRuleSearch search) {
        return jdbc.sql(sql)
                .param("q", Like.escape(search.q()))
                .param("level", search.level())
                .param("status", search.status());
    }

    private static String order(Sort sort) {
        return sort.stream()
                        .filter(order -> SORTABLE.containsKey(order.getProperty()))
                        .findFirst()
                        .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc"))
                        .orElse("r.code asc")
                + ", r.code";
    }

    private static MonitoringRule rule(ResultSet rs, int row) throws SQLException {
        String note = rs.getString("note");
        return new MonitoringRule(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getInt("version"),
                rs.getInt("current_version"),
                rs.getBoolean("active"),
                rs.getBoolean("demo"),
                new RuleSettings(
                        rs.getString("name"),
                        WarningLevel.valueOf(rs.getString("level")),
                        rs.getInt("days_to_act"),
                        rs.getBoolean("stop_payment"),
                        rs.getString("rule"),
                        note),
                rs.getString("change_note"),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
