package org.minzheng.registry.feed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.minzheng.registry.DepartmentFacts;
import org.minzheng.registry.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sums up the delivered records of the households' members in one query, for the monitoring rules. */
@Component
class FeedFacts implements DepartmentFacts {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedFacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, PersonFeedFacts> of(Collection<HouseholdId> households) {
        Map<Long, PersonFeedFacts> facts = new HashMap<>();
        if (households.isEmpty()) {
            return facts;
        }
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        jdbc.sql("""
                        select p.id,
                               coalesce(sum(f.amount_fen) filter (
                                   where f.kind = 'MEDICAL_EXPENSE' and f.occurred_on > :yearAgo), 0) as medical,
                               min(f.occurred_on) filter (where f.kind = 'DEATH') as died_on,
                               (array_agg(f.category order by f.occurred_on desc, f.id desc)
                                   filter (where f.kind = 'DISABILITY_CERTIFICATE'))[1] as category,
                               (array_agg(f.grade order by f.occurred_on desc, f.id desc)
                                   filter (where f.kind = 'DISABILITY_CERTIFICATE'))[1] as grade,
                               max(f.occurred_on) filter (where f.kind = 'DISABILITY_CERTIFICATE') as certified_on,
                               coalesce(bool_or(f.kind = 'UNEMPLOYMENT' and (f.ended_on is null or f.ended_on > :today)),
                                        false) as unemployed,
                               count(distinct f.plate) filter (where f.kind = 'VEHICLE') as vehicles,
                               count(*) filter (where f.kind = 'PROPERTY') as properties
                        from registry.persons p
                        join registry.feed_records f on f.id_number_index = p.id_number_index
                        where p.household_id = any(cast(:households as bigint[]))
                        group by p.id
                        """)
                .param("households", households.stream().map(HouseholdId::value).toArray(Long[]::new))
                .param("yearAgo", today.minusYears(1))
                .param("today", today)
                .query((rs, n) -> {
                    String grade = rs.getString("grade");
                    return facts.put(
                            rs.getLong("id"),
                            new PersonFeedFacts(
                                    rs.getLong("id"),
                                    rs.getLong("medical"),
                                    rs.getObject("died_on", LocalDate.class),
                                    rs.getString("category"),
                                    grade == null || !grade.matches("[0-9]") ? null : Integer.valueOf(grade),
                                    rs.getObject("certified_on", LocalDate.class),
                                    rs.getBoolean("unemployed"),
                                    rs.getInt("vehicles"),
                                    rs.getInt("properties")));
                })
                .list();
        return facts;
    }
}
