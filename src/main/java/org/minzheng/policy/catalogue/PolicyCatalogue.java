package org.minzheng.policy.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.policy.Department;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicyDetails;
import org.minzheng.policy.PolicyRule;
import org.minzheng.policy.PolicySummary;
import org.minzheng.policy.rule.RuleReading;
import org.minzheng.shared.database.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue as the portal and the self-check read it: only what applies on the day asked about,
 * each policy in the version that applies then ({@code policy.version_in_force}).
 */
@Repository
class PolicyCatalogue implements Policies {

    private static final String IN_FORCE = """
            select p.id, p.code, p.retired_on, p.demo,
                   d.code as department_code, d.name_zh as department_zh, d.name_en as department_en,
                   v.version, v.name, v.category, v.target_group, v.conditions, v.standard, v.how_to_apply,
                   v.where_to_apply, v.phone, v.legal_basis, v.effective_from, v.effective_until, v.rule
            from policy.policies p
            join policy.departments d on d.code = p.department_code
            join policy.policy_versions v on v.policy_id = p.id
                 and v.version = policy.version_in_force(p.id, cast(:day as date))
            """;

    private static final String CATALOGUE_ORDER = " order by d.sort_order, p.code";

    private final JdbcClient jdbc;
    private final PolicyRepository policies;
    private final RuleReading ruleReading;

    PolicyCatalogue(JdbcClient jdbc, PolicyRepository policies, RuleReading ruleReading) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.ruleReading = ruleReading;
    }

    @Override
    public List<Department> departments() {
        return policies.departments();
    }

    @Override
    public List<PolicySummary> inForce(LocalDate day, String query) {
        String text = query == null ? "" : query.strip();
        return jdbc.sql(IN_FORCE + """
                        where (:q = '' or v.name ilike '%' || :q || '%' or v.conditions ilike '%' || :q || '%'
                               or v.standard ilike '%' || :q || '%' or d.name_zh ilike '%' || :q || '%'
                               or d.name_en ilike '%' || :q || '%')
                        """ + CATALOGUE_ORDER)
                .param("day", day)
                .param("q", Like.escape(text))
                .query(PolicyCatalogue::summary)
                .list();
    }

    @Override
    public Optional<PolicyDetails> inForce(long id, LocalDate day) {
        return jdbc.sql(IN_FORCE + " where p.id = :id")
                .param("day", day)
                .param("id", id)
                .query((rs, n) -> details(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getInt("version"),
                        PolicyRepository.department(rs),
                        PolicyRepository.content(rs),
                        rs.getObject("retired_on", LocalDate.class),
                        rs.getBoolean("demo")))
                .optional();
    }

    @Override
    public List<PolicyRule> rulesInForce(LocalDate day) {
        return jdbc.sql(IN_FORCE + " where v.rule is not null" + CATALOGUE_ORDER)
                .param("day", day)
                .query((rs, n) -> new PolicyRule(summary(rs, n), rs.getString("rule")))
                .list();
    }

    /** One version as the detail pages of the console and the portal show it. */
    PolicyDetails details(PolicyVersion version) {
        return details(
                version.id(),
                version.code(),
                version.version(),
                version.department(),
                version.content(),
                version.retiredOn(),
                version.demo());
    }

    private PolicyDetails details(
            long id,
            String code,
            int version,
            Department department,
            PolicyContent content,
            LocalDate retiredOn,
            boolean demo) {
        return new PolicyDetails(
                id,
                code,
                version,
                content.name(),
                department,
                content.category(),
                content.targetGroup(),
                content.conditions(),
                content.standard(),
                content.howToApply(),
                content.whereToApply(),
                content.phone(),
                content.legalBasis(),
                content.effectiveFrom(),
                content.effectiveUntil(),
                content.rule(),
                reading(content.rule()),
                retiredOn,
                demo);
    }

    /** The rule in plain words of the request's language. */
    private String reading(String rule) {
        return ruleReading.describe(rule);
    }

    private static PolicySummary summary(ResultSet rs, int row) throws SQLException {
        PolicyContent content = PolicyRepository.content(rs);
        return new PolicySummary(
                rs.getLong("id"),
                rs.getString("code"),
                content.name(),
                PolicyRepository.department(rs),
                content.category(),
                content.targetGroup(),
                content.whereToApply(),
                content.phone(),
                content.rule() != null,
                rs.getBoolean("demo"));
    }
}
