package org.minzheng.rescue.followup;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.security.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures behind the repeat rate page. */
@Repository
class RepeatRateRepository {

    /**
     * Each case admitted in the period counts once for the county of the station that took it in (cases.region_code)
     * and the quarter of its admission in Beijing time; it is a repeat when at least one confirmed link says the
     * person had been taken in before.
     */
    private static final String RATE = """
            select c.region_code as county,
                   cast(date_trunc('quarter', c.admitted_at at time zone 'Asia/Shanghai') as date) as quarter,
                   count(*) as admitted,
                   count(*) filter (where exists (select 1 from rescue.repeat_links l
                                                   where l.case_id = c.id and l.status = 'CONFIRMED')) as repeats
              from rescue.cases c
             where c.region_code like :prefix || '%'
               and (cast(:county as text) is null or c.region_code = :county)
               and c.admitted_at >= cast(:from as date) at time zone 'Asia/Shanghai'
               and c.admitted_at < cast(:until as date) at time zone 'Asia/Shanghai'
             group by 1, 2
             order by 1, 2
            """;

    /** The latest assessment decides "high risk"; a repeat is a confirmed link to the returnee or to its case. */
    private static final String RETURNEES = """
            select r.county_code,
                   count(*) as returnees,
                   count(*) filter (where la.risk_level is not null) as assessed,
                   count(*) filter (where la.risk_level = 'HIGH') as high_risk,
                   count(*) filter (where exists (select 1 from rescue.help_plans p
                                                   where p.returnee_id = r.id and p.status = 'ACTIVE')) as active_plan,
                   count(*) filter (where exists (select 1 from rescue.follow_up_visits v
                                                   where v.returnee_id = r.id and v.visited_on >= :since)) as visited,
                   count(*) filter (where exists (select 1 from rescue.repeat_links l
                                                   where l.status = 'CONFIRMED'
                                                     and (l.returnee_id = r.id or l.earlier_case_id = r.case_id)))
                       as wandered
              from rescue.returnees r
              left join lateral (select a.risk_level from rescue.risk_assessments a where a.returnee_id = r.id
                                  order by a.assessed_on desc, a.id desc limit 1) la on true
             where r.home_region_code like :prefix || '%'
             group by r.county_code
             order by r.county_code
            """;

    private final JdbcClient jdbc;

    RepeatRateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RepeatRate rate(DataScope scope, String county, List<LocalDate> quarters) {
        List<RepeatRate.Row> rows = jdbc.sql(RATE)
                .param("prefix", scope.prefix())
                .param("county", county)
                .param("from", quarters.get(0))
                .param("until", quarters.get(quarters.size() - 1).plusMonths(3))
                .query((rs, n) -> new RepeatRate.Row(
                        rs.getString("county"),
                        rs.getObject("quarter", LocalDate.class),
                        rs.getLong("admitted"),
                        rs.getLong("repeats")))
                .list();
        return RepeatRate.of(quarters, rows);
    }

    List<ReturneeCountyFigures> returneeFigures(DataScope scope, LocalDate visitedSince) {
        return jdbc.sql(RETURNEES)
                .param("prefix", scope.prefix())
                .param("since", visitedSince)
                .query((rs, n) -> new ReturneeCountyFigures(
                        rs.getString("county_code"),
                        rs.getLong("returnees"),
                        rs.getLong("assessed"),
                        rs.getLong("high_risk"),
                        rs.getLong("active_plan"),
                        rs.getLong("visited"),
                        rs.getLong("wandered")))
                .list();
    }
}
