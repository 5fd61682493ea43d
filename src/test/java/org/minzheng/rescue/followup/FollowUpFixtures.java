package org.minzheng.rescue.followup;

import java.util.UUID;
import org.minzheng.rescue.cases.RescueCaseService;
import org.minzheng.shared.MadeUpIdNumbers;
import org.minzheng.shared.Masking;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stations found by region code (made when absent), cases and returnees written straight into the tables. */
class FollowUpFixtures {

    static final String CITY = "371600000000";
    static final String BINCHENG = "371602000000";
    static final String PENGLI = "371602005000";
    static final String FUGUO = "371603001000";
    static final String RETURNEES = "/console/rescue/returnees";
    static final String CASE_ID_CONTEXT = "rescue.case.id-number";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;

    FollowUpFixtures(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    static String unique(String text) {
        return text + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid ID number of 滨城区 nobody else in the tests uses. */
    static String idNumber(boolean male) {
        return MadeUpIdNumbers.random("371602", male);
    }

    String index(String idNumber) {
        return blindIndex.of(idNumber, RescueCaseService.ID_INDEX_CONTEXT);
    }

    long station(String regionCode) {
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

    /** A person released home from the station of {@code regionCode} {@code daysAgo} days ago. */
    long releasedCase(String regionCode, String name, String idNumber, int daysAgo) {
        return jdbc.sql("""
                        insert into rescue.cases (number, station_id, region_code, admitted_at, found_at, found_place,
                               source, identity_status, name, sex, birth_date, id_number_cipher, id_number_index,
                               id_number_masked, height_cm, features, dialect, health, status, released_at,
                               release_kind, created_by)
                        values (:number, :station, :code, now() - make_interval(days => :days + 3),
                               now() - make_interval(days => :days + 3), '回访测试地点', 'POLICE', 'VERIFIED', :name, 'M',
                               date '1968-05-01', :cipher, :index, :masked, 172, '左手背有烫伤疤痕，门牙缺一颗',
                               '鲁北口音', 'GOOD', 'RELEASED', now() - make_interval(days => :days), 'RETURNED_HOME',
                               'test')
                        returning id
                        """)
                .param("number", unique("HF"))
                .param("station", station(regionCode))
                .param("code", regionCode)
                .param("days", daysAgo)
                .param("name", name)
                .param("cipher", idNumber == null ? null : cipher.encrypt(idNumber, CASE_ID_CONTEXT))
                .param("index", idNumber == null ? null : index(idNumber))
                .param("masked", idNumber == null ? null : Masking.idNumberForStaff(idNumber))
                .query(Long.class)
                .single();
    }

    /** A returnee of 彭李街道 (滨城区) or elsewhere, returned {@code daysAgo} days ago, not yet assessed. */
    long returnee(String home, String name, int daysAgo) {
        return jdbc.sql("""
                        insert into rescue.returnees (home_region_code, name, sex, address, returned_on, returned_from,
                               created_by)
                        values (:home, :name, 'M', '测试村 1 号', current_date - :days, '济南市救助管理站', 'test')
                        returning id
                        """)
                .param("home", home)
                .param("name", name)
                .param("days", daysAgo)
                .query(Long.class)
                .single();
    }

    long count(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    String column(String table, long id, String column) {
        return jdbc.sql("select cast(" + column + " as text) from rescue." + table + " where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
