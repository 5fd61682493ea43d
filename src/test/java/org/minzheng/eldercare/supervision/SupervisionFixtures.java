package org.minzheng.eldercare.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small home-care world in 青田街道 of 滨城区, a township the demo network leaves alone, written with plain SQL
 * inside the test's transaction: a provider serving it, elders with beds, a month's plan and visits.
 */
final class SupervisionFixtures {

    static final String QINGTIAN = "371602013";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    SupervisionFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String aVillageOf(String township) {
        return jdbc.sql(
                        "select code from region.regions where level = 'VILLAGE' and code like :p || '%' order by code limit 1")
                .param("p", township)
                .query(String.class)
                .single();
    }

    long aProvider(String name, String township) {
        String unique = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        long id = jdbc.sql("""
                        insert into eldercare.providers (name, credit_code, contact_name, contact_phone, county_code)
                        values (:name, :code, '测试', '0543-3210000', :county) returning id
                        """)
                .param("name", name + unique.substring(0, 6))
                .param("code", unique.substring(0, 18))
                .param("county", township.substring(0, 6) + "000000")
                .query(Long.class)
                .single();
        jdbc.sql("insert into eldercare.provider_areas (provider_id, township_code) values (:id, :t)")
                .param("id", id)
                .param("t", township + "000")
                .update();
        return id;
    }

    long aCaregiver(long provider) {
        String unique = UUID.randomUUID().toString();
        return jdbc.sql("""
                        insert into eldercare.caregivers (provider_id, name, id_number_cipher, id_number_index)
                        values (:provider, '测试护理员', :cipher, :index) returning id
                        """)
                .param("provider", provider)
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .query(Long.class)
                .single();
    }

    /** An elder of the village with a bed of the provider in the given status. */
    long aBed(long provider, String village, String status) {
        String unique = UUID.randomUUID().toString();
        long elder = jdbc.sql("""
                        insert into eldercare.elders (region_code, name, id_number_cipher, id_number_index, masked_id_number,
                                                      birth_date, sex, living_situation, economic_category, created_by)
                        values (:region, '监管测试老人', :cipher, :index, '371602********0011', date '1940-03-01', 'MALE',
                                'ALONE', 'DIBAO', 'test') returning id
                        """)
                .param("region", village)
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .query(Long.class)
                .single();
        boolean ended = status.equals("CLOSED") || status.equals("CANCELLED");
        return jdbc.sql("""
                        insert into eldercare.beds (elder_id, region_code, provider_id, contract_number, status, created_by,
                                                    accepted_on, closed_on, closed_by, closing_reason)
                        values (:elder, :region, :provider, 'HT-SUP', :status, 'test', date '2024-12-01',
                                :closedOn, :closedBy, :reason) returning id
                        """)
                .param("elder", elder)
                .param("region", village)
                .param("provider", provider)
                .param("status", status)
                .param("closedOn", ended ? LocalDate.of(2025, 1, 1) : null, java.sql.Types.DATE)
                .param("closedBy", ended ? "test" : null, java.sql.Types.VARCHAR)
                .param("reason", ended ? "测试" : null, java.sql.Types.VARCHAR)
                .query(Long.class)
                .single();
    }

    long aPlan(long bed, LocalDate month) {
        return jdbc.sql("""
                        insert into eldercare.service_plans (bed_id, month, region_code, provider_id, capability_level,
                                                             planned_fen, created_by)
                        select id, :month, region_code, provider_id, 2, 10000, 'test' from eldercare.beds where id = :bed
                        returning id
                        """)
                .param("bed", bed)
                .param("month", month)
                .query(Long.class)
                .single();
    }

    /**
     * A visit of the plan. Check-in and check-out are local times of China; a rating implies a confirmation.
     */
    long aVisit(
            long plan,
            LocalDate scheduledOn,
            String status,
            Long caregiver,
            LocalDateTime checkedIn,
            LocalDateTime checkedOut,
            Integer rating) {
        return jdbc.sql("""
                        insert into eldercare.visits (plan_id, bed_id, provider_id, region_code, item_id, item_name,
                            standard_minutes, unit_price_fen, scheduled_on, status, caregiver_id, checked_in_at,
                            checked_out_at, confirmed_at, confirmed_by, rating, county_code)
                        select p.id, p.bed_id, p.provider_id, p.region_code, i.id, i.name, i.standard_minutes,
                               i.unit_price_fen, :on, :status, :caregiver, :in, :out, :confirmedAt, :confirmedBy, :rating,
                               left(p.region_code, 6)
                        from eldercare.service_plans p, eldercare.service_items i
                        where p.id = :plan and i.name = '助洁'
                        returning id
                        """)
                .param("plan", plan)
                .param("on", scheduledOn)
                .param("status", status)
                .param("caregiver", caregiver, java.sql.Types.BIGINT)
                .param("in", china(checkedIn), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("out", china(checkedOut), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("confirmedAt", rating == null ? null : china(checkedOut), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("confirmedBy", rating == null ? null : "ELDER", java.sql.Types.VARCHAR)
                .param("rating", rating, java.sql.Types.INTEGER)
                .query(Long.class)
                .single();
    }

    void anAnomaly(long visit, String kind, boolean reviewed) {
        jdbc.sql("""
                        insert into eldercare.visit_anomalies (county_code, visit_id, kind, detail, reviewed_at,
                            reviewed_by, review_valid)
                        select county_code, id, :kind, 'test', :at, :by, :valid from eldercare.visits where id = :visit
                        """)
                .param("visit", visit)
                .param("kind", kind)
                .param("at", reviewed ? OffsetDateTime.now() : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("by", reviewed ? "test" : null, java.sql.Types.VARCHAR)
                .param("valid", reviewed ? Boolean.FALSE : null, java.sql.Types.BOOLEAN)
                .update();
    }

    void aComplaint(long provider, LocalDate receivedOn) {
        jdbc.sql("""
                        insert into eldercare.provider_complaints (provider_id, received_on, channel, content)
                        values (:provider, :on, '电话', '测试投诉')
                        """).param("provider", provider).param("on", receivedOn).update();
    }

    private static OffsetDateTime china(LocalDateTime at) {
        return at == null ? null : at.atZone(CHINA).toOffsetDateTime();
    }
}
