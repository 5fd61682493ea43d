package org.minzheng.rescue.search;

import java.util.UUID;
import org.minzheng.rescue.escort.EscortFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cases, searches, steps and missing-person reports written straight into the tables, with unique values. */
public class SearchFixtures {

    public static final String CITY = "371600000000";
    public static final String BINCHENG = "371602000000";

    private final JdbcClient jdbc;
    private final EscortFixtures stations;

    public SearchFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.stations = new EscortFixtures(jdbc);
    }

    public long station(String regionCode) {
        return stations.station(regionCode);
    }

    /** An unidentified person in the station of {@code regionCode} since {@code daysAgo} days (plus an hour). */
    public long unknownCase(
            String regionCode, int daysAgo, String sex, Integer age, Integer height, String features, String dialect) {
        return insertCase(regionCode, daysAgo, "UNKNOWN", null, sex, age, height, features, dialect);
    }

    public long verifiedCase(String regionCode, int daysAgo) {
        return insertCase(regionCode, daysAgo, "VERIFIED", unique("已核实"), "M", 50, null, null, null);
    }

    private long insertCase(
            String regionCode,
            int daysAgo,
            String identity,
            String name,
            String sex,
            Integer age,
            Integer height,
            String features,
            String dialect) {
        return jdbc.sql("""
                        insert into rescue.cases (number, station_id, region_code, admitted_at, found_at, found_place,
                               source, identity_status, name, sex, estimated_age, height_cm, features, dialect,
                               health, created_by)
                        values (:number, :station, :code,
                               now() - make_interval(days => :days) - interval '1 hour',
                               now() - make_interval(days => :days) - interval '2 hours',
                               :place, 'POLICE', :identity, :name, :sex, :age, :height, :features, :dialect,
                               'GOOD', 'test')
                        returning id
                        """)
                .param("number", unique("XQ"))
                .param("station", station(regionCode))
                .param("code", regionCode)
                .param("days", daysAgo)
                .param("place", unique("寻亲测试地点"))
                .param("identity", identity)
                .param("name", name)
                .param("sex", sex)
                .param("age", age)
                .param("height", height)
                .param("features", features)
                .param("dialect", dialect)
                .query(Long.class)
                .single();
    }

    public long search(long caseId) {
        return jdbc.sql("""
                        insert into rescue.family_searches (case_id, region_code, opened_at, created_by)
                        select id, region_code, admitted_at, 'test' from rescue.cases where id = :id
                        returning id
                        """).param("id", caseId).query(Long.class).single();
    }

    public Long searchOf(long caseId) {
        return jdbc.sql("select id from rescue.family_searches where case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** A report of a missing person, open, kept by the city station. */
    public long report(
            String name,
            String sex,
            Integer birthYear,
            int uncertainty,
            Integer height,
            String features,
            String dialect,
            String place,
            int missingDaysAgo) {
        return jdbc.sql("""
                        insert into rescue.missing_reports (region_code, source, missing_name, sex, birth_year,
                               birth_year_uncertainty, height_cm, features, dialect, last_seen_place, missing_since,
                               reporter_name, reporter_relation, reporter_phone_masked, created_by)
                        values (:region, 'FAMILY', :name, :sex, :birthYear, :uncertainty, :height, :features,
                               :dialect, :place, current_date - :days, '测试报告人', '女儿', '138****0000', 'test')
                        returning id
                        """)
                .param("region", CITY)
                .param("name", name)
                .param("sex", sex)
                .param("birthYear", birthYear)
                .param("uncertainty", uncertainty)
                .param("height", height)
                .param("features", features)
                .param("dialect", dialect)
                .param("place", place)
                .param("days", missingDaysAgo)
                .query(Long.class)
                .single();
    }

    public long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    public String column(String table, long id, String column) {
        return jdbc.sql("select cast(" + column + " as text) from rescue." + table + " where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    public static String unique(String text) {
        return text + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
