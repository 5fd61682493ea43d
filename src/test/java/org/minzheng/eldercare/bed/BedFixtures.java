package org.minzheng.eldercare.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Elders, providers and beds at each step, made through the console as township staff would. */
final class BedFixtures {

    static final String BEDS = "/console/eldercare/beds";
    static final String PENGLI = "371602005";
    static final String LIZE = "371602012";

    private final MockMvc mvc;
    private final StaffLogins logins;
    private final JdbcClient jdbc;

    BedFixtures(MockMvc mvc, StaffLogins logins, JdbcClient jdbc) {
        this.mvc = mvc;
        this.logins = logins;
        this.jdbc = jdbc;
    }

    /** The first bytes of a JPEG, enough for the content check, followed by filler. */
    static byte[] jpeg() {
        byte[] bytes = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
        Arrays.fill(bytes, 4, 64, (byte) 0x11);
        return bytes;
    }

    static byte[] png() {
        byte[] bytes = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
        Arrays.fill(bytes, 8, 64, (byte) 0x22);
        return bytes;
    }

    static MockMultipartFile photo(String name, byte[] content) {
        return new MockMultipartFile("photos", name, "image/jpeg", content);
    }

    String aVillageOf(String township) {
        return jdbc.sql(
                        "select code from region.regions where level = 'VILLAGE' and code like :p || '%' order by code limit 1")
                .param("p", township)
                .query(String.class)
                .single();
    }

    /** An eligible elder (低保, moderately disabled) living in a village of {@code township}. */
    long anElder(String name, String township) {
        String unique = UUID.randomUUID().toString();
        String village = aVillageOf(township);
        long id = jdbc.sql("""
                        insert into eldercare.elders (region_code, name, id_number_cipher, id_number_index, masked_id_number,
                                                      birth_date, sex, living_situation, economic_category, created_by)
                        values (:region, :name, :cipher, :index, '371602********0021', date '1947-05-01', 'FEMALE',
                                'ALONE', 'DIBAO', 'test') returning id
                        """)
                .param("region", village)
                .param("name", name)
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into eldercare.assessments (elder_id, region_code, agency_id, first_assessor_id,
                            second_assessor_id, reason, assessed_on, item_scores, self_care, mobility, mental, perception,
                            raw_total, coma, dementia, psychiatric, risk_events, preliminary_level, final_level,
                            next_due_on, recorded_by)
                        select :elder, :region, a1.agency_id, a1.id, a2.id, 'FIRST', current_date, cast('{}' as jsonb),
                               10, 5, 10, 5, 30, false, false, false, 0, 2, 2, current_date + 365, 'test'
                        from eldercare.assessors a1 join eldercare.assessors a2 on a2.agency_id = a1.agency_id and a2.id > a1.id
                        order by a1.id limit 1
                        """).param("elder", id).param("region", village).update();
        return id;
    }

    /** A provider with a contract valid today, serving {@code township}. */
    long aProvider(String township) {
        String code =
                UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
        long id = jdbc.sql("""
                        insert into eldercare.providers (name, credit_code, contact_name, contact_phone, county_code)
                        values (:name, :code, '测试', '0543-3210000', '371602000000') returning id
                        """)
                .param("name", "床位终止测试服务商" + code.substring(0, 6))
                .param("code", code)
                .query(Long.class)
                .single();
        jdbc.sql("insert into eldercare.provider_areas (provider_id, township_code) values (:id, :t)")
                .param("id", id)
                .param("t", township + "000")
                .update();
        jdbc.sql(
                        "insert into eldercare.provider_contracts (provider_id, number, valid_from, valid_to) values (:id, :n, :f, :t)")
                .param("id", id)
                .param("n", "HT-BED-" + code.substring(0, 6))
                .param("f", LocalDate.now().minusMonths(1))
                .param("t", LocalDate.now().plusMonths(11))
                .update();
        return id;
    }

    /** The elder's newest bed. */
    long bedOf(long elder) {
        return jdbc.sql("select id from eldercare.beds where elder_id = :e order by id desc limit 1")
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

    String statusOf(long bed) {
        return jdbc.sql("select status from eldercare.beds where id = :id")
                .param("id", bed)
                .query(String.class)
                .single();
    }

    long photoCount(long bed) {
        return jdbc.sql("select count(*) from attachment.files where owner = 'eldercare-bed-works' and owner_id = :b")
                .param("b", String.valueOf(bed))
                .query(Long.class)
                .single();
    }

    String aPhotoOf(long bed) {
        return jdbc.sql("""
                        select cast(id as varchar) from attachment.files
                        where owner = 'eldercare-bed-works' and owner_id = :b order by uploaded_at, id limit 1
                        """).param("b", String.valueOf(bed)).query(String.class).single();
    }

    long auditCount(long bed, String action) {
        return jdbc.sql("""
                        select count(*) from audit.audit_entries
                        where target_type = 'eldercare.bed' and target_id = :id and action = :action
                        """)
                .param("id", String.valueOf(bed))
                .param("action", action)
                .query(Long.class)
                .single();
    }

    long established(String staff, long elder, long provider) throws Exception {
        mvc.perform(post(BEDS)
                        .with(logins.as(staff))
                        .with(csrf())
                        .param("elderId", String.valueOf(elder))
                        .param("providerId", String.valueOf(provider)))
                .andExpect(status().is3xxRedirection());
        long bed = bedOf(elder);
        assertThat(statusOf(bed)).isEqualTo("DRAFT");
        return bed;
    }

    long planned(String staff, long elder, long provider) throws Exception {
        long bed = established(staff, elder, provider);
        mvc.perform(post(BEDS + "/" + bed + "/plan")
                        .with(logins.as(staff))
                        .with(csrf())
                        .param("quantity." + item("扶手安装"), "2"))
                .andExpect(flash().attributeExists("flashSuccess"));
        return bed;
    }

    long worksOrdered(String staff, long elder, long provider) throws Exception {
        long bed = planned(staff, elder, provider);
        mvc.perform(post(BEDS + "/" + bed + "/works").with(logins.as(staff)).with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(statusOf(bed)).isEqualTo("WORKS_ORDERED");
        return bed;
    }

    void uploaded(String staff, long bed) throws Exception {
        mvc.perform(multipart(BEDS + "/" + bed + "/photos")
                        .file(photo("竣工照片.jpg", jpeg()))
                        .with(logins.as(staff))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
    }

    long active(String staff, long elder, long provider) throws Exception {
        long bed = worksOrdered(staff, elder, provider);
        uploaded(staff, bed);
        mvc.perform(post(BEDS + "/" + bed + "/accept").with(logins.as(staff)).with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(statusOf(bed)).isEqualTo("ACTIVE");
        return bed;
    }

    long item(String name) {
        return jdbc.sql("select id from eldercare.modification_items where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }
}
