package org.minzheng.policy.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.policy.Department;
import org.minzheng.policy.PolicyCategory;
import org.minzheng.policy.TargetGroup;
import org.minzheng.shared.database.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the catalogue tables. The catalogue is city-wide reference data, so no query takes a data
 * scope. Which version applies on a day is decided by {@code policy.version_in_force} in the database,
 * the one definition both the console and {@link PolicyCatalogue} use.
 */
@Repository
public class PolicyRepository {

    /** The policy, its department and one of its versions ({@code v}); {@code :today} sets the status. */
    static final String SELECT = """
            select p.id, p.code, p.current_version, p.retired_on, p.retired_reason, p.retired_by, p.demo,
                   d.code as department_code, d.name_zh as department_zh, d.name_en as department_en,
                   v.version, v.name, v.category, v.target_group, v.conditions, v.standard, v.how_to_apply,
                   v.where_to_apply, v.phone, v.legal_basis, v.effective_from, v.effective_until, v.rule,
                   v.change_note, v.changed_by, v.changed_at,
                   case when p.retired_on is not null then 'RETIRED'
                        when policy.version_in_force(p.id, cast(:today as date)) is not null then 'IN_FORCE'
                        when v.effective_from > :today then 'PENDING'
                        else 'ENDED' end as status
            from policy.policies p
            join policy.departments d on d.code = p.department_code
            """;

    private static final String CURRENT =
            SELECT + " join policy.policy_versions v on v.policy_id = p.id" + " and v.version = p.current_version ";

    private static final String FILTER = """
            where (:q = '' or p.code ilike '%' || :q || '%' or v.name ilike '%' || :q || '%'
                   or v.conditions ilike '%' || :q || '%' or d.name_zh ilike '%' || :q || '%'
                   or d.name_en ilike '%' || :q || '%')
              and (:department = '' or p.department_code = :department)
              and (:category = '' or v.category = :category)
              and (:target = '' or v.target_group = :target)
              and (:status = ''
                   or (:status = 'in-force' and policy.version_in_force(p.id, cast(:today as date)) is not null)
                   or (:status = 'not-in-force' and p.retired_on is null
                       and policy.version_in_force(p.id, cast(:today as date)) is null)
                   or (:status = 'retired' and p.retired_on is not null))
            """;

    /** Columns the list may be sorted by; anything else sorts by code. */
    private static final Map<String, List<String>> SORTABLE = Map.of(
            "code", List.of("p.code"),
            "name", List.of("v.name"),
            "department", List.of("d.sort_order", "p.code"),
            "updated", List.of("v.changed_at"));

    private final JdbcClient jdbc;

    PolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True before anything has been put into the catalogue, e.g. on a fresh demo database. */
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from policy.policies)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Adds a policy with its first version.
     *
     * @param demo whether the content was written for the demonstration
     * @return the new policy's id, or empty when the code is taken
     */
    public Optional<Long> insert(
            String code, String departmentCode, PolicyContent content, boolean demo, String actor) {
        Optional<Long> id = jdbc.sql("""
                insert into policy.policies (code, department_code, demo) values (:code, :department, :demo)
                on conflict (code) do nothing
                returning id
                """)
                .param("code", code)
                .param("department", departmentCode)
                .param("demo", demo)
                .query(Long.class)
                .optional();
        id.ifPresent(created -> insertVersion(created, 1, content, null, actor));
        return id;
    }

    /**
     * Adds the next version, unless someone else added one since {@code baseVersion} was read or the
     * policy was retired meanwhile.
     *
     * @return the new version's number, or empty when the edit came too late
     */
    Optional<Integer> addVersion(long id, int baseVersion, PolicyContent content, String note, String actor) {
        Optional<Integer> next = jdbc.sql("""
                update policy.policies set current_version = current_version + 1
                where id = :id and current_version = :base and retired_on is null
                returning current_version
                """)
                .param("id", id)
                .param("base", baseVersion)
                .query(Integer.class)
                .optional();
        next.ifPresent(version -> insertVersion(id, version, content, note, actor));
        return next;
    }

    /** @return false when the policy was retired already */
    boolean retire(long id, LocalDate day, String reason, String actor) {
        return jdbc.sql("""
                        update policy.policies set retired_on = :day, retired_reason = :reason, retired_by = :actor
                        where id = :id and retired_on is null
                        """)
                        .param("id", id)
                        .param("day", day)
                        .param("reason", reason)
                        .param("actor", actor)
                        .update()
                == 1;
    }

    private void insertVersion(long id, int version, PolicyContent content, String note, String actor) {
        jdbc.sql("""
                insert into policy.policy_versions (policy_id, version, name, category, target_group, conditions,
                    standard, how_to_apply, where_to_apply, phone, legal_basis, effective_from, effective_until,
                    rule, change_note, changed_by)
                values (:id, :version, :name, :category, :target, :conditions, :standard, :howToApply,
                    :whereToApply, :phone, :legalBasis, :from, :until, :rule, :note, :actor)
                """)
                .param("id", id)
                .param("version", version)
                .param("name", content.name())
                .param("category", content.category().name())
                .param("target", content.targetGroup().name())
                .param("conditions", content.conditions())
                .param("standard", content.standard())
                .param("howToApply", content.howToApply())
                .param("whereToApply", content.whereToApply())
                .param("phone", content.phone())
                .param("legalBasis", content.legalBasis())
                .param("from", content.effectiveFrom())
                .param("until", content.effectiveUntil(), java.sql.Types.DATE)
                .param("rule", content.rule(), java.sql.Types.VARCHAR)
                .param("note", note, java.sql.Types.VARCHAR)
                .param("actor", actor)
                .update();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from policy.policies where code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    List<Department> departments() {
        return jdbc.sql("select code, name_zh, name_en from policy.departments order by sort_order, code")
                .query((rs, n) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    Page<PolicyVersion> search(PolicySearch search, LocalDate today, Pageable pageable) {
        long total = filtered(
                        "select count(*) from policy.policies p"
                                + " join policy.departments d on d.code = p.department_code"
                                + " join policy.policy_versions v on v.policy_id = p.id and v.version = p.current_version "
                                + FILTER,
                        search,
                        today)
                .query(Long.class)
                .single();
        List<PolicyVersion> rows = filtered(
                        CURRENT + FILTER + " order by " + order(pageable.getSort()) + " limit :limit offset :offset",
                        search,
                        today)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(PolicyRepository::version)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every policy the filters select, in catalogue order, for the Excel export. */
    List<PolicyVersion> all(PolicySearch search, LocalDate today) {
        return filtered(CURRENT + FILTER + " order by d.sort_order, p.code", search, today)
                .query(PolicyRepository::version)
                .list();
    }

    /** The policy with its latest version. */
    Optional<PolicyVersion> find(long id, LocalDate today) {
        return jdbc.sql(CURRENT + " where p.id = :id")
                .param("id", id)
                .param("today", today)
                .query(PolicyRepository::version)
                .optional();
    }

    Optional<PolicyVersion> find(long id, int version, LocalDate today) {
        return jdbc.sql(SELECT + " join policy.policy_versions v on v.policy_id = p.id"
                        + " where p.id = :id and v.version = :version")
                .param("id", id)
                .param("version", version)
                .param("today", today)
                .query(PolicyRepository::version)
                .optional();
    }

    /** The versions of a policy, newest first. */
    List<VersionEntry> history(long id) {
        return jdbc.sql("""
                select version, name, effective_from, effective_until, change_note, changed_by, changed_at
                from policy.policy_versions where policy_id = :id order by version desc
                """)
                .param("id", id)
                .query((rs, n) -> new VersionEntry(
                        rs.getInt("version"),
                        rs.getString("name"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_until", LocalDate.class),
                        rs.getString("change_note"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** The versions that apply on {@code day}, by department then code: the printed compilation. */
    List<PolicyVersion> inForce(LocalDate day) {
        return jdbc.sql(
                        SELECT + " join policy.policy_versions v on v.policy_id = p.id"
                                + " and v.version = policy.version_in_force(p.id, cast(:today as date)) order by d.sort_order, p.code")
                .param("today", day)
                .query(PolicyRepository::version)
                .list();
    }

    private JdbcClient.StatementSpec filtered(String sql, PolicySearch search, LocalDate today) {
        return jdbc.sql(sql)
                .param("q", Like.escape(search.q()))
                .param("department", search.department())
                .param("category", search.category())
                .param("target", search.target())
                .param("status", search.status())
                .param("today", today);
    }

    private static String order(Sort sort) {
        return sort.stream()
                .filter(o -> SORTABLE.containsKey(o.getProperty()))
                .findFirst()
                .map(o -> {
                    String direction = o.isDescending() ? " desc" : " asc";
                    return String.join(direction + ", ", SORTABLE.get(o.getProperty())) + direction + ", p.id";
                })
                .orElse("p.code asc");
    }

    static PolicyVersion version(ResultSet rs, int row) throws SQLException {
        return new PolicyVersion(
                rs.getLong("id"),
                rs.getString("code"),
                department(rs),
                rs.getInt("version"),
                rs.getInt("current_version"),
                content(rs),
                rs.getString("change_note"),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant(),
                PolicyStatus.valueOf(rs.getString("status")),
                rs.getObject("retired_on", LocalDate.class),
                rs.getString("retired_reason"),
                rs.getString("retired_by"),
                rs.getBoolean("demo"));
    }

    static Department department(ResultSet rs) throws SQLException {
        return new Department(
                rs.getString("department_code"), rs.getString("department_zh"), rs.getString("department_en"));
    }

    static PolicyContent content(ResultSet rs) throws SQLException {
        return new PolicyContent(
                rs.getString("name"),
                PolicyCategory.valueOf(rs.getString("category")),
                TargetGroup.valueOf(rs.getString("target_group")),
                rs.getString("conditions"),
                rs.getString("standard"),
                rs.getString("how_to_apply"),
                rs.getString("where_to_apply"),
                rs.getString("phone"),
                rs.getString("legal_basis"),
                rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_until", LocalDate.class),
                rs.getString("rule"));
    }
}
