package org.minzheng.policy.screening;

import java.util.Arrays;
import java.util.List;
import org.minzheng.shared.database.Like;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a run found, read by area, by village and by household. */
@Repository
class ScreeningFindings {

    private final JdbcClient jdbc;

    ScreeningFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Households found and findings per subdivision of the area, by the first {@code digits} of the village code. */
    List<AreaCount> countsByArea(long runId, String areaPrefix, int digits) {
        return jdbc.sql("""
                        select rpad(left(village_code, :digits), 12, '0') as area,
                               count(distinct household_id) as households, count(*) as findings
                        from policy.screening_findings
                        where run_id = :run and village_code like :prefix || '%'
                        group by 1 order by 1
                        """)
                .param("run", runId)
                .param("prefix", areaPrefix)
                .param("digits", digits)
                .query(AreaCount.class)
                .list();
    }

    /** Findings per policy within the area, most frequent first. */
    List<PolicyCount> countsByPolicy(long runId, String areaPrefix) {
        return jdbc.sql("""
                        select policy_code, count(distinct household_id) as households, count(*) as findings
                        from policy.screening_findings
                        where run_id = :run and village_code like :prefix || '%'
                        group by policy_code order by households desc, policy_code
                        """)
                .param("run", runId)
                .param("prefix", areaPrefix)
                .query(PolicyCount.class)
                .list();
    }

    /** The village's households with what each qualifies for, by household number. */
    Page<FoundHousehold> households(long runId, String village, String policyCode, String name, Pageable page) {
        String where = """
                where run_id = :run and village_code = :village
                  and (:policy = '' or policy_code = :policy)
                  and (:name = '' or household_id in (select household_id from policy.screening_findings
                        where run_id = :run and village_code = :village and person_name like '%' || :name || '%'))
                """;
        long total = jdbc.sql("select count(distinct household_id) from policy.screening_findings " + where)
                .param("run", runId)
                .param("village", village)
                .param("policy", policyCode)
                .param("name", Like.escape(name))
                .query(Long.class)
                .single();
        List<FoundHousehold> rows = jdbc.sql("""
                        select household_id, household_number,
                               string_agg(policy_code || ':' || coalesce(person_id::text, '') || ':' || person_name
                                          || ':' || receipt_known, E'\\t' order by policy_code, person_id nulls first)
                                   as findings
                        from policy.screening_findings
                        """ + where + """
                        group by household_id, household_number
                        order by household_number
                        limit :limit offset :offset
                        """)
                .param("run", runId)
                .param("village", village)
                .param("policy", policyCode)
                .param("name", Like.escape(name))
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new FoundHousehold(
                        rs.getLong("household_id"),
                        rs.getString("household_number"),
                        Arrays.stream(rs.getString("findings").split("\t"))
                                .map(FoundPolicy::parse)
                                .toList()))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** The household's findings in the run; the village leads to them through the village index. */
    List<FoundPolicy> ofHousehold(long runId, String village, long householdId) {
        return jdbc.sql("""
                        select policy_code, person_id, person_name, receipt_known from policy.screening_findings
                        where run_id = :run and village_code = :village and household_id = :household
                        order by policy_code, person_id nulls first
                        """)
                .param("run", runId)
                .param("village", village)
                .param("household", householdId)
                .query((rs, n) -> new FoundPolicy(
                        rs.getString("policy_code"),
                        (Long) rs.getObject("person_id"),
                        rs.getString("person_name"),
                        rs.getBoolean("receipt_known")))
                .list();
    }

    /** Every household of the village with findings, for opening tasks. */
    List<FoundHousehold> allOfVillage(long runId, String village) {
        return households(runId, village, "", "", Pageable.ofSize(100_000)).getContent();
    }

    public record AreaCount(String area, long households, long findings) {}

    public record PolicyCount(String policyCode, long households, long findings) {}

    public record FoundHousehold(long householdId, String householdNumber, List<FoundPolicy> policies) {}

    /**
     * One policy found.
     *
     * @param personId the member it is for; null for a household policy
     */
    public record FoundPolicy(String policyCode, Long personId, String personName, boolean receiptKnown) {

        static FoundPolicy parse(String packed) {
            // policy codes and person ids hold no colon; a name might, so it is rejoined
            String[] parts = packed.split(":", -1);
            String name = String.join(":", Arrays.copyOfRange(parts, 2, parts.length - 1));
            return new FoundPolicy(
                    parts[0],
                    parts[1].isEmpty() ? null : Long.valueOf(parts[1]),
                    name,
                    "true".equals(parts[parts.length - 1]));
        }

        public boolean forHousehold() {
            return personId == null;
        }
    }
}
