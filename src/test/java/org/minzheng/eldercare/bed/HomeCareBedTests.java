package org.minzheng.eldercare.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** 家庭养老床位 through the console: eligibility, the capped plan, works, acceptance, scope and permissions. */
@IntegrationTest
@Transactional
class HomeCareBedTests {

    static final String BEDS = "/console/eldercare/beds";
    static final String PENGLI = "371602005";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BedService service;

    String aVillageOf(String township) {
        return jdbc.sql(
                        "select code from region.regions where level = 'VILLAGE' and code like :p || '%' order by code limit 1")
                .param("p", township)
                .query(String.class)
                .single();
    }

    long anElder(String name, String economic, Integer level) {
        String unique = UUID.randomUUID().toString();
        long id = jdbc.sql("""
                        insert into eldercare.elders (region_code, name, id_number_cipher, id_number_index, masked_id_number,
                                                      birth_date, sex, living_situation, economic_category, created_by)
                        values (:region, :name, :cipher, :index, '371602********0011', date '1948-03-01', 'MALE',
                                'ALONE', :economic, 'test') returning id
                        """)
                .param("region", aVillageOf(PENGLI))
                .param("name", name)
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .param("economic", economic)
                .query(Long.class)
                .single();
        if (level != null) {
            jdbc.sql("""
                            insert into eldercare.assessments (elder_id, region_code, agency_id, first_assessor_id,
                                second_assessor_id, reason, assessed_on, item_scores, self_care, mobility, mental, perception,
                                raw_total, coma, dementia, psychiatric, risk_events, preliminary_level, final_level,
                                next_due_on, recorded_by)
                            select :elder, :region, a1.agency_id, a1.id, a2.id, 'FIRST', current_date, cast('{}' as jsonb),
                                   10, 5, 10, 5, 30, false, false, false, 0, :level, :level, current_date + 365, 'test'
                            from eldercare.assessors a1 join eldercare.assessors a2 on a2.agency_id = a1.agency_id and a2.id > a1.id
                            order by a1.id limit 1
                            """)
                    .param("elder", id)
                    .param("region", aVillageOf(PENGLI))
                    .param("level", level)
                    .update();
        }
        return id;
    }

    /** A provider serving 彭李街道, with a contract valid today unless {@code contracted} is false. */
    long aProvider(boolean contracted) {
        String code =
                UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
        long id = jdbc.sql("""
                        insert into eldercare.providers (name, credit_code, contact_name, contact_phone, county_code)
                        values (:name, :code, '测试', '0543-3210000', '371602000000') returning id
                        """)
                .param("name", "床位测试服务商" + code.substring(0, 6))
                .param("code", code)
                .query(Long.class)
                .single();
        jdbc.sql("insert into eldercare.provider_areas (provider_id, township_code) values (:id, :t)")
                .param("id", id)
                .param("t", PENGLI + "000")
                .update();
        LocalDate from =
                contracted ? LocalDate.now().minusMonths(1) : LocalDate.now().minusYears(2);
        jdbc.sql(
                        "insert into eldercare.provider_contracts (provider_id, number, valid_from, valid_to) values (:id, :n, :f, :t)")
                .param("id", id)
                .param("n", "HT-BED-" + code.substring(0, 6))
                .param("f", from)
                .param("t", from.plusYears(1))
                .update();
        return id;
    }

    long item(String name) {
        return jdbc.sql("select id from eldercare.modification_items where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    String statusOf(long bed) {
        return jdbc.sql("select status from eldercare.beds where id = :id")
                .param("id", bed)
                .query(String.class)
                .single();
    }

    long bedOf(long elder) {
        return jdbc.sql("select id from eldercare.beds where elder_id = :e")
                .param("e", elder)
                .query(Long.class)
                .single();
    }

    long bedCount(long elder) {
        return jdbc.sql("select count(*) from eldercare.beds where elder_id = :e")
                .param("e", elder)
                .query(Long.class)
                .single();
    }

    long lineCount(long bed) {
        return jdbc.sql("select count(*) from eldercare.bed_modification_lines where bed_id = :b")
                .param("b", bed)
                .query(Long.class)
                .single();
    }

    long establishedAsPengli(long elder, long provider) throws Exception {
        mvc.perform(post(BEDS)
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("providerId", String.valueOf(provider)))
                .andExpect(status().is3xxRedirection());
        return bedOf(elder);
    }

    @Test
    void townshipEstablishesPlansOrdersAndAcceptsABedWhichBecomesActive() throws Exception {
        long elder = anElder("床位老人甲", "DIBAO", 2);
        long bed = establishedAsPengli(elder, aProvider(true));
        assertThat(statusOf(bed)).isEqualTo("DRAFT");

        mvc.perform(post(BEDS + "/" + bed + "/plan")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("quantity." + item("扶手安装"), "3")
                        .param("quantity." + item("护理床"), "1"))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(statusOf(bed)).isEqualTo("PLANNED");
        assertThat(lineCount(bed)).isEqualTo(2);

        mvc.perform(get(BEDS + "/" + bed).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1950.00")))
                .andExpect(content().string(containsString("id=\"order-works\"")));

        mvc.perform(post(BEDS + "/" + bed + "/works").with(logins.as("pengli")).with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(statusOf(bed)).isEqualTo("WORKS_ORDERED");
        new BedFixtures(mvc, logins, jdbc).uploaded("pengli", bed);

        mvc.perform(post(BEDS + "/" + bed + "/accept")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("note", "改造完成，验收合格"))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(statusOf(bed)).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select accepted_by from eldercare.beds where id = :id")
                        .param("id", bed)
                        .query(String.class)
                        .single())
                .isEqualTo("pengli");
        assertThat(jdbc.sql(
                                "select count(*) from audit.audit_entries where target_type = 'eldercare.bed' and target_id = :id")
                        .param("id", String.valueOf(bed))
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void planAboveTheCapIsRefusedUntilTheCoPaymentCoversTheExcess() throws Exception {
        long bed = establishedAsPengli(anElder("床位老人乙", "TEKUN", 3), aProvider(true));
        String bedRail = String.valueOf(item("护理床"));
        String wheelchair = String.valueOf(item("轮椅"));

        mvc.perform(post(BEDS + "/" + bed + "/plan")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("quantity." + bedRail, "2")
                        .param("quantity." + wheelchair, "1")
                        .param("coPayment." + wheelchair, "500"))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(lineCount(bed)).isZero();
        assertThat(statusOf(bed)).isEqualTo("DRAFT");

        mvc.perform(post(BEDS + "/" + bed + "/plan")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("quantity." + bedRail, "2")
                        .param("quantity." + wheelchair, "1")
                        .param("coPayment." + wheelchair, "600"))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(lineCount(bed)).isEqualTo(2);
        assertThat(jdbc.sql(
                                "select sum(amount_fen - co_payment_fen) from eldercare.bed_modification_lines where bed_id = :b")
                        .param("b", bed)
                        .query(Long.class)
                        .single())
                .isEqualTo(300_000);
    }

    @Test
    void badQuantitiesAreRefusedAndNothingIsStored() throws Exception {
        long bed = establishedAsPengli(anElder("床位老人丙", "EDGE", 1), aProvider(true));
        mvc.perform(post(BEDS + "/" + bed + "/plan")
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("quantity." + item("防滑垫"), "<script>"))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(BEDS + "/" + bed + "/plan").with(logins.as("pengli")).with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(lineCount(bed)).isZero();
        mvc.perform(post(BEDS + "/" + bed + "/works").with(logins.as("pengli")).with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(statusOf(bed)).isEqualTo("DRAFT");
    }

    @Test
    void ineligibleEldersAndUncontractedProvidersAreRefusedWithTheReason() throws Exception {
        long provider = aProvider(true);
        long notPoor = anElder("床位老人丁", "NONE", 2);
        mvc.perform(post(BEDS)
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(notPoor))
                        .param("providerId", String.valueOf(provider)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不属于特困、低保或低保边缘家庭")));
        long capable = anElder("床位老人戊", "DIBAO", 0);
        mvc.perform(post(BEDS)
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(capable))
                        .param("providerId", String.valueOf(provider)))
                .andExpect(content().string(containsString("须为轻度失能及以上")));
        long unassessed = anElder("床位老人己", "DIBAO", null);
        mvc.perform(post(BEDS)
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(unassessed))
                        .param("providerId", String.valueOf(aProvider(false))))
                .andExpect(content().string(containsString("尚未进行老年人能力评估")));
        long eligible = anElder("床位老人庚", "DIBAO", 2);
        mvc.perform(post(BEDS)
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(eligible))
                        .param("providerId", String.valueOf(aProvider(false))))
                .andExpect(content().string(containsString("没有有效合同")));
        assertThat(bedCount(notPoor) + bedCount(capable) + bedCount(unassessed) + bedCount(eligible))
                .isZero();
    }

    @Test
    void staffWithoutTheRightPermissionAreForbidden() throws Exception {
        long elder = anElder("床位老人辛", "DIBAO", 2);
        long provider = aProvider(true);
        mvc.perform(post(BEDS)
                        .with(logins.as("cunwei"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("providerId", String.valueOf(provider)))
                .andExpect(status().isForbidden());
        assertThat(bedCount(elder)).isZero();
        long bed = establishedAsPengli(elder, provider);
        mvc.perform(post(BEDS + "/" + bed + "/accept")
                        .with(logins.as("auditor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(BEDS + "/new").with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(BEDS).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("床位老人辛")));
    }

    @Test
    void bedsOfAnotherTownshipAreNeitherListedNorFound() throws Exception {
        long bed = establishedAsPengli(anElder("床位老人壬", "DIBAO", 2), aProvider(true));
        mvc.perform(get(BEDS).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("床位老人壬"))));
        mvc.perform(get(BEDS + "/" + bed).with(logins.as("lize"))).andExpect(status().isNotFound());
        mvc.perform(post(BEDS + "/" + bed + "/works").with(logins.as("lize")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(BEDS).param("status", "DRAFT").with(logins.as("pengli")))
                .andExpect(content().string(containsString("床位老人壬")));
    }

    @Test
    void serviceRefusesASecondBedForTheSameElder() throws Exception {
        long elder = anElder("床位老人癸", "DIBAO", 1);
        long provider = aProvider(true);
        establishedAsPengli(elder, provider);
        mvc.perform(post(BEDS)
                        .with(logins.as("pengli"))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("providerId", String.valueOf(provider)))
                .andExpect(content().string(containsString("已有家庭养老床位")));
        assertThat(bedCount(elder)).isEqualTo(1);
        assertThat(service.cap().capFen()).isEqualTo(300_000);
    }
}
