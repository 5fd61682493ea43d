package org.minzheng.policy.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each rule last found in each household, as a fingerprint of the facts: a finding is raised as a
 * warning when it is new or its facts changed, never again for the same facts.
 */
@Repository
class FindingRepository {

    /** Stands for "the household as a whole" in the key, where a person rule has the member. */
    static final long HOUSEHOLD = 0;

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fingerprints last recorded for these households, by rule, household and member. */
    Map<Key, String> of(Collection<Long> households) {
        Map<Key, String> found = new HashMap<>();
        if (households.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select rule_id, household_id, person_id, fingerprint from policy.monitoring_findings
                        where household_id = any(:households)
                        """).param("households", households.toArray(Long[]::new)).query(rs -> {
            found.put(new Key(rs.getLong(1), rs.getLong(2), rs.getLong(3)), rs.getString(4));
        });
        return found;
    }

    void remember(Key key, String fingerprint, LocalDate day) {
        jdbc.sql("""
                insert into policy.monitoring_findings (rule_id, household_id, person_id, fingerprint, found_on)
                values (:rule, :household, :person, :fingerprint, :day)
                on conflict (rule_id, household_id, person_id)
                do update set fingerprint = excluded.fingerprint, found_on = excluded.found_on
                """)
                .param("rule", key.ruleId())
                .param("household", key.householdId())
                .param("person", key.personId())
                .param("fingerprint", fingerprint)
                .param("day", day)
                .update();
    }

    /** @param personId the member, or {@link #HOUSEHOLD} for a household rule */
    record Key(long ruleId, long householdId, long personId) {}
}
