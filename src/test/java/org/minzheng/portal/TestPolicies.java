package org.minzheng.portal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Policies of a made-up department, written straight into the catalogue inside the calling test's
 * transaction, so that the portal's tests do not depend on what the demo catalogue says this year.
 */
public final class TestPolicies {

    public static final String DEPARTMENT = "门户测试局";
    public static final String PHONE = "0543-3210 987";

    private final JdbcTemplate jdbc;
    private final LocalDate today;

    public TestPolicies(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
        jdbc.update("""
                insert into policy.departments (code, name_zh, name_en, sort_order)
                values ('portal-test', ?, 'Portal test bureau', 9999) on conflict (code) do nothing
                """, DEPARTMENT);
    }

    /** A policy in force since last year, with an eligibility rule or none ({@code null}). */
    public long inForce(String code, String name, String rule) {
        return insert(code, name, rule, today.minusYears(1), null);
    }

    /** A policy that was retired yesterday. */
    public long retired(String code, String name) {
        long id = inForce(code, name, null);
        jdbc.update(
                "update policy.policies set retired_on = ?, retired_reason = 'test' where id = ?",
                today.minusDays(1),
                id);
        return id;
    }

    /** A policy that takes effect next month. */
    public long announced(String code, String name) {
        return insert(code, name, null, today.plusMonths(1), null);
    }

    private long insert(String code, String name, String rule, LocalDate from, LocalDate until) {
        Long id = jdbc.queryForObject("""
                insert into policy.policies (code, department_code, demo) values (?, 'portal-test', true)
                returning id
                """, Long.class, code);
        jdbc.update(
                """
                insert into policy.policy_versions (policy_id, version, name, category, target_group, conditions,
                    standard, how_to_apply, where_to_apply, phone, legal_basis, effective_from, effective_until,
                    rule, changed_by)
                values (?, 1, ?, 'ELDERLY', 'ELDERLY', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'portal-test')
                """,
                id,
                name,
                name + "的申请条件：年满八十周岁。",
                name + "的标准：每人每月100元。",
                "本人或家属向村（社区）提出申请。",
                "乡镇（街道）便民服务中心",
                PHONE,
                "《门户测试办法》第三条",
                from,
                until,
                rule);
        return id;
    }
}
