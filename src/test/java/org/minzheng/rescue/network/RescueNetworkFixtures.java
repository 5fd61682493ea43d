package org.minzheng.rescue.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.minzheng.shared.Masking;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows for the network tests, written with SQL and named uniquely so that tests never meet each other's data. */
record RescueNetworkFixtures(JdbcClient jdbc, PersonalDataCipher cipher) {

    static final String BINCHENG = "371602000000";
    static final String ZHANHUA = "371603000000";
    static final String PENGLI = "371602005000";
    static final String LIZE = "371602012000";

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The county's station: the demo one when loaded, otherwise a new one. */
    long station(String region) {
        return jdbc.sql("select id from rescue.stations where region_code = :region")
                .param("region", region)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into rescue.stations (name, kind, region_code, address, phone, beds, director)
                                values (:name, 'COUNTY', :region, '测试路 1 号', '0543-3000001', 30, '测试站长')
                                returning id
                                """)
                        .param("name", "测试救助站" + unique())
                        .param("region", region)
                        .query(Long.class)
                        .single());
    }

    long staff(long station, String name) {
        return jdbc.sql("""
                        insert into rescue.station_staff (station_id, name, post, phone)
                        values (:station, :name, 'CASEWORKER', '0543-3000002') returning id
                        """)
                .param("station", station)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    long gridWorker(String region, String duty, String name, String phone) {
        return jdbc.sql("""
                        insert into rescue.grid_workers (name, region_code, duty, phone_cipher, phone_masked, created_by)
                        values (:name, :region, :duty, :cipher, :masked, 'test') returning id
                        """)
                .param("name", name)
                .param("region", region)
                .param("duty", duty)
                .param("cipher", cipher.encrypt(phone, GridWorkerRepository.PHONE_CONTEXT))
                .param("masked", Masking.phone(phone))
                .query(Long.class)
                .single();
    }

    long training(long station, String title, LocalDate heldOn, String hours) {
        return jdbc.sql("""
                        insert into rescue.trainings (title, held_on, hours, station_id, location, content, created_by)
                        values (:title, :held, :hours, :station, '培训室', '测试培训内容', 'test') returning id
                        """)
                .param("title", title)
                .param("held", heldOn)
                .param("hours", new BigDecimal(hours))
                .param("station", station)
                .query(Long.class)
                .single();
    }

    long count(String sql, Object value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }

    long audits(String action, String targetId) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :action and target_id = :id")
                .param("action", action)
                .param("id", targetId)
                .query(Long.class)
                .single();
    }
}
