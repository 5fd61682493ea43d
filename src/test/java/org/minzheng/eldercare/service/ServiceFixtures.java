package org.minzheng.eldercare.service;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of one test's own: a provider serving a township with a caregiver who has a phone login, elders with
 * an assessment and an active bed. Nothing here touches the demo's rows.
 */
class ServiceFixtures {

    static final String PENGLI = "371602005";

    private final JdbcClient jdbc;
    private final StaffLogins logins;
    private final PersonalDataCipher cipher;

    ServiceFixtures(JdbcClient jdbc, StaffLogins logins, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.cipher = cipher;
    }

    record Caregiver(long id, String username) {}

    String aVillageOf(String township) {
        return jdbc.sql(
                        "select code from region.regions where level = 'VILLAGE' and code like :p || '%' order by code limit 1")
                .param("p", township)
                .query(String.class)
                .single();
    }

    long provider(String township) {
        String code = String.valueOf(
                ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L));
        long id = jdbc.sql("""
                        insert into eldercare.providers (name, credit_code, contact_name, contact_phone, county_code)
                        values (:name, :code, '测试', '13900000000', :county) returning id
                        """)
                .param("name", "测试服务商-" + UUID.randomUUID())
                .param("code", code)
                .param("county", township.substring(0, 6) + "000000")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into eldercare.provider_contracts (provider_id, number, valid_from, valid_to) values (:p, :n, :f, :t)")
                .param("p", id)
                .param("n", "T-" + id)
                .param("f", LocalDate.now().minusYears(1))
                .param("t", LocalDate.now().plusYears(1))
                .update();
        jdbc.sql("insert into eldercare.provider_areas (provider_id, township_code) values (:p, :t)")
                .param("p", id)
                .param("t", township + "000")
                .update();
        return id;
    }

    /** A caregiver with a CAREGIVER staff account linked, when {@code withLogin}. */
    Caregiver caregiver(long provider, boolean withLogin) {
        String username = withLogin ? logins.createAccount("hg", "371602000000", "CAREGIVER") : null;
        String unique = UUID.randomUUID().toString();
        long id = jdbc.sql("""
                        insert into eldercare.caregivers (provider_id, name, id_number_cipher, id_number_index, username)
                        values (:p, '测试护理员', :cipher, :index, :username) returning id
                        """)
                .param("p", provider)
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .param("username", username)
                .query(Long.class)
                .single();
        return new Caregiver(id, username);
    }

    /** An elder in the township's first village, assessed at the level, with a family mobile when given. */
    long elder(String township, int level, String familyMobile) {
        String unique = UUID.randomUUID().toString();
        String village = aVillageOf(township);
        long id = jdbc.sql("""
                        insert into eldercare.elders (region_code, name, id_number_cipher, id_number_index, masked_id_number,
                                                      birth_date, sex, living_situation, economic_category, created_by)
                        values (:region, :name, :cipher, :index, '371602********0011', date '1945-05-01', 'FEMALE',
                                'ALONE', 'DIBAO', 'test') returning id
                        """)
                .param("region", village)
                .param("name", "服务测试老人" + unique.substring(0, 4))
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into eldercare.assessments (elder_id, region_code, agency_id, first_assessor_id,
                            second_assessor_id, reason, assessed_on, item_scores, self_care, mobility, mental, perception,
                            raw_total, coma, dementia, psychiatric, risk_events, preliminary_level, final_level,
                            next_due_on, recorded_by)
                        select :elder, :region, a1.agency_id, a1.id, a2.id, 'FIRST', current_date - 30, cast('{}' as jsonb),
                               10, 5, 10, 5, 30, false, false, false, 0, :level, :level, current_date + 335, 'test'
                        from eldercare.assessors a1 join eldercare.assessors a2 on a2.agency_id = a1.agency_id and a2.id > a1.id
                        order by a1.id limit 1
                        """)
                .param("elder", id)
                .param("region", village)
                .param("level", level)
                .update();
        if (familyMobile != null) {
            jdbc.sql(
                            "insert into eldercare.elder_contacts (elder_id, name, relation, phone_cipher) values (:e, '测试家属', '子女', :c)")
                    .param("e", id)
                    .param("c", cipher.encrypt(familyMobile, "eldercare.elder_contacts.phone"))
                    .update();
        }
        return id;
    }

    long activeBed(long elder, long provider) {
        return jdbc.sql("""
                        insert into eldercare.beds (elder_id, region_code, provider_id, contract_number, status, created_by,
                                                    accepted_on, accepted_by)
                        select e.id, e.region_code, :provider, 'T-' || :provider, 'ACTIVE', 'test', current_date - 5, 'test'
                        from eldercare.elders e where e.id = :elder
                        returning id
                        """)
                .param("elder", elder)
                .param("provider", provider)
                .query(Long.class)
                .single();
    }

    long planOf(long bed, LocalDate month) {
        return jdbc.sql("select id from eldercare.service_plans where bed_id = :b and month = :m")
                .param("b", bed)
                .param("m", month.withDayOfMonth(1))
                .query(Long.class)
                .single();
    }

    /** A plan for a past month, written directly: the planner only plans this month and the next. */
    long pastPlan(long bed, LocalDate month, int level) {
        return jdbc.sql("""
                        insert into eldercare.service_plans (bed_id, month, region_code, provider_id, capability_level,
                                                             planned_fen, created_by)
                        select b.id, :month, b.region_code, b.provider_id, :level, 0, 'test'
                        from eldercare.beds b where b.id = :bed returning id
                        """)
                .param("bed", bed)
                .param("month", month.withDayOfMonth(1))
                .param("level", level)
                .query(Long.class)
                .single();
    }

    /** A visit of a past plan in the given state, 60 standard minutes, done visits 55 minutes long. */
    long pastVisit(long plan, String status, Long caregiver, long priceFen, LocalDate day) {
        boolean done = status.equals("DONE");
        return jdbc.sql("""
                        insert into eldercare.visits (plan_id, bed_id, provider_id, region_code, item_id, item_name,
                            standard_minutes, unit_price_fen, scheduled_on, status, caregiver_id, checked_in_at, checked_out_at,
                            county_code)
                        select p.id, p.bed_id, p.provider_id, p.region_code, i.id, i.name, 60, :price, :day, :status,
                               :caregiver,
                               case when :done then cast(:day as date) + time '09:00' end,
                               case when :done then cast(:day as date) + time '09:55' end,
                               left(p.region_code, 6)
                        from eldercare.service_plans p, eldercare.service_items i
                        where p.id = :plan and i.name = '助洁'
                        returning id
                        """)
                .param("plan", plan)
                .param("price", priceFen)
                .param("day", day)
                .param("status", status)
                .param("caregiver", caregiver)
                .param("done", done)
                .query(Long.class)
                .single();
    }

    void flag(long visit, String kind, Boolean reviewedValid) {
        jdbc.sql("""
                        insert into eldercare.visit_anomalies (county_code, visit_id, kind, minutes, reviewed_at,
                            reviewed_by, review_valid)
                        select county_code, id, :k, 10, case when cast(:valid as boolean) is not null then now() end,
                               case when cast(:valid as boolean) is not null then 'test' end, :valid
                        from eldercare.visits where id = :v
                        """)
                .param("v", visit)
                .param("k", kind)
                .param("valid", reviewedValid)
                .update();
    }
}
