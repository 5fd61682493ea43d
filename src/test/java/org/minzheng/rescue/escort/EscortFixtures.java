package org.minzheng.rescue.escort;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stations found by region code (made when absent), cases and station staff written straight into the tables. */
public class EscortFixtures {

    public static final String CITY = "371600000000";
    public static final String BINCHENG = "371602000000";

    private final JdbcClient jdbc;

    public EscortFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long station(String regionCode) {
        return jdbc.sql("select id from rescue.stations where region_code = :code")
                .param("code", regionCode)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into rescue.stations (name, kind, region_code, address, phone, beds, director)
                                values (:name, :kind, :code, '测试地址', '0543-0000000', 20, '测试站长')
                                returning id
                                """)
                        .param("name", "测试救助站-" + regionCode)
                        .param("kind", regionCode.equals(CITY) ? "CITY" : "COUNTY")
                        .param("code", regionCode)
                        .query(Long.class)
                        .single());
    }

    /** A person in care at the station of {@code regionCode} since yesterday. */
    public long caseInCare(String regionCode) {
        return jdbc.sql("""
                        insert into rescue.cases (number, station_id, region_code, admitted_at, found_at, found_place,
                               source, identity_status, name, sex, health, created_by)
                        values (:number, :station, :code, now() - interval '1 day', now() - interval '1 day',
                               '测试地点', 'POLICE', 'SELF_REPORTED', :name, 'M', 'GOOD', 'test')
                        returning id
                        """)
                .param("number", unique("HS"))
                .param("station", station(regionCode))
                .param("code", regionCode)
                .param("name", unique("护送测试"))
                .query(Long.class)
                .single();
    }

    public long staff(String regionCode) {
        return jdbc.sql("insert into rescue.station_staff (station_id, name, post) values (:station, :name, 'ESCORT')"
                        + " returning id")
                .param("station", station(regionCode))
                .param("name", unique("护送员"))
                .query(Long.class)
                .single();
    }

    public Long escortOf(long caseId) {
        return jdbc.sql("select id from rescue.escorts where case_id = :id order by id desc limit 1")
                .param("id", caseId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    public String column(long escortId, String column) {
        return jdbc.sql("select cast(" + column + " as text) from rescue.escorts where id = :id")
                .param("id", escortId)
                .query(String.class)
                .single();
    }

    public String caseColumn(long caseId, String column) {
        return jdbc.sql("select cast(" + column + " as text) from rescue.cases where id = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
    }

    public static String unique(String text) {
        return text + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
