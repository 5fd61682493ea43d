package org.minzheng.eldercare.elder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Keeping an elder profile up to date: contacts, living situation, economic category, consents and withdrawals. */
@IntegrationTest
@Transactional
class ElderProfileTests {

    static final String ELDERS = "/console/eldercare/elders/";
    static final String PENGLI = "371602005";
    static final String LIZE = "371602012";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    FamilyPhones familyPhones;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    long anElder(String name, String township, Long householdId) {
        String unique = UUID.randomUUID().toString();
        String village = jdbc.sql(
                        "select code from region.regions where level = 'VILLAGE' and code like :p || '%' order by code limit 1")
                .param("p", township)
                .query(String.class)
                .single();
        return jdbc.sql("""
                        insert into eldercare.elders (region_code, household_id, name, id_number_cipher, id_number_index,
                                                      masked_id_number, birth_date, sex, living_situation,
                                                      economic_category, created_by)
                        values (:region, :household, :name, :cipher, :index, '371602********0031', date '1945-03-01',
                                'MALE', 'WITH_FAMILY', 'NONE', 'test') returning id
                        """)
                .param("region", village)
                .param("household", householdId, java.sql.Types.BIGINT)
                .param("name", name)
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .query(Long.class)
                .single();
    }

    long anElder(String name, String township) {
        return anElder(name, township, null);
    }

    long consentOf(long elder, String purpose, LocalDate on) {
        return jdbc.sql("""
                        insert into eldercare.elder_consents (elder_id, purpose, consented_on, recorded_by)
                        values (:e, :p, :on, 'test') returning id
                        """)
                .param("e", elder)
                .param("p", purpose)
                .param("on", on)
                .query(Long.class)
                .single();
    }

    long contacts(long elder) {
        return jdbc.sql("select count(*) from eldercare.elder_contacts where elder_id = :e")
                .param("e", elder)
                .query(Long.class)
                .single();
    }

    long consents(long elder) {
        return jdbc.sql("select count(*) from eldercare.elder_consents where elder_id = :e")
                .param("e", elder)
                .query(Long.class)
                .single();
    }

    String column(long elder, String column) {
        return jdbc.sql("select " + column + " from eldercare.elders where id = :e")
                .param("e", elder)
                .query(String.class)
                .single();
    }

    long audits(long elder) {
        return jdbc.sql(
                        "select count(*) from audit.audit_entries where target_type = 'eldercare.elder' and target_id = :id")
                .param("id", String.valueOf(elder))
                .query(Long.class)
                .single();
    }

    long audits(long elder, String action) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :a and target_id = :id")
                .param("a", action)
                .param("id", String.valueOf(elder))
                .query(Long.class)
                .single();
    }

    MockHttpServletRequestBuilder addContact(long elder, String name, String relation, String phone) {
        return post(ELDERS + elder + "/contacts")
                .with(csrf())
                .param("name", name)
                .param("relation", relation)
                .param("phone", phone);
    }

    MockHttpServletRequestBuilder recordConsent(long elder, String purpose, String on) {
        return post(ELDERS + elder + "/consents")
                .with(csrf())
                .param("purpose", purpose)
                .param("consentedOn", on);
    }

    MockHttpServletRequestBuilder withdraw(long elder, long consent, String on) {
        return post(ELDERS + elder + "/consents/" + consent + "/withdraw")
                .with(csrf())
                .param("withdrawnOn", on);
    }

    @Test
    void managerAddsAFamilyContactStoredEncryptedAndAudited() throws Exception {
        long elder = anElder("档案测试甲", PENGLI);
        mvc.perform(addContact(elder, "档案家属", "女儿", "138 1234 5678").with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(ELDERS + elder));

        byte[] stored = jdbc.sql("select phone_cipher from eldercare.elder_contacts where elder_id = :e")
                .param("e", elder)
                .query((rs, n) -> rs.getBytes(1))
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("13812345678");
        assertThat(cipher.decrypt(stored, ElderRepository.CONTACT_PHONE)).isEqualTo("13812345678");
        assertThat(audits(elder, "eldercare.elder.contact-add")).isEqualTo(1);
        assertThat(familyPhones.firstMobile(elder)).contains(new PhoneNumber("13812345678"));
        mvc.perform(get(ELDERS + elder).with(logins.as("pengli")))
                .andExpect(content().string(containsString("档案家属")))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))));
    }

    @Test
    void badContactInputIsRefusedWithAMessageAndNothingStored() throws Exception {
        long elder = anElder("档案测试乙", PENGLI);
        mvc.perform(addContact(elder, "已有家属", "儿子", "0543-3212345").with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());
        long auditsBefore = audits(elder);

        mvc.perform(addContact(elder, " ", "儿子", "13812345678").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")));
        mvc.perform(addContact(elder, "长".repeat(51), "儿子", "13812345678").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("内容太长")));
        mvc.perform(addContact(elder, "<script>alert(1)</script>", "儿子", "13812345678")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能包含尖括号")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(addContact(elder, "新家属", "儿子", "12345").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("电话号码不正确")));
        mvc.perform(addContact(elder, "新家属", "儿子", "05433212345").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这个电话已经登记为联系人")));

        assertThat(contacts(elder)).isEqualTo(1);
        assertThat(audits(elder)).isEqualTo(auditsBefore);
    }

    @Test
    void removingAContactAsksFirstDeletesItAndIsAudited() throws Exception {
        long elder = anElder("档案测试丙", PENGLI);
        mvc.perform(addContact(elder, "座机家属", "侄子", "0543-3212345").with(logins.as("pengli")));
        mvc.perform(addContact(elder, "手机家属", "儿子", "13912345678").with(logins.as("pengli")));
        assertThat(familyPhones.firstMobile(elder)).contains(new PhoneNumber("13912345678"));
        long mobile = jdbc.sql("select id from eldercare.elder_contacts where elder_id = :e and name = '手机家属'")
                .param("e", elder)
                .query(Long.class)
                .single();
        mvc.perform(get(ELDERS + elder).with(logins.as("pengli")))
                .andExpect(content().string(containsString("data-confirm")))
                .andExpect(content().string(containsString("/contacts/" + mobile + "/remove")));

        mvc.perform(post(ELDERS + elder + "/contacts/" + mobile + "/remove")
                        .with(csrf())
                        .with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());

        assertThat(contacts(elder)).isEqualTo(1);
        assertThat(familyPhones.firstMobile(elder)).isEmpty();
        assertThat(audits(elder, "eldercare.elder.contact-remove")).isEqualTo(1);
    }

    @Test
    void aContactOfAnotherElderCannotBeRemovedThroughThisOne() throws Exception {
        long elder = anElder("档案测试丁", PENGLI);
        long other = anElder("档案测试戊", PENGLI);
        mvc.perform(addContact(other, "别家家属", "儿子", "13712345678").with(logins.as("pengli")));
        long contact = jdbc.sql("select id from eldercare.elder_contacts where elder_id = :e")
                .param("e", other)
                .query(Long.class)
                .single();
        mvc.perform(post(ELDERS + elder + "/contacts/" + contact + "/remove")
                        .with(csrf())
                        .with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        assertThat(contacts(other)).isEqualTo(1);
    }

    @Test
    void livingSituationChangesAndIsAudited() throws Exception {
        long elder = anElder("档案测试己", PENGLI);
        mvc.perform(post(ELDERS + elder + "/living")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("livingSituation", "EMPTY_NEST"))
                .andExpect(status().is3xxRedirection());
        assertThat(column(elder, "living_situation")).isEqualTo("EMPTY_NEST");
        assertThat(audits(elder, "eldercare.elder.living")).isEqualTo(1);

        mvc.perform(post(ELDERS + elder + "/living")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("livingSituation", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("格式不正确")));
        mvc.perform(post(ELDERS + elder + "/living")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("livingSituation", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")));
        assertThat(column(elder, "living_situation")).isEqualTo("EMPTY_NEST");
        assertThat(audits(elder, "eldercare.elder.living")).isEqualTo(1);
    }

    @Test
    void economicCategoryChangesOnlyWhenTheRegistryDoesNotRuleIt() throws Exception {
        long free = anElder("档案测试庚", PENGLI);
        mvc.perform(post(ELDERS + free + "/economic")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("economicCategory", "EDGE"))
                .andExpect(status().is3xxRedirection());
        assertThat(column(free, "economic_category")).isEqualTo("EDGE");
        assertThat(audits(free, "eldercare.elder.economic")).isEqualTo(1);

        long linked = anElder("档案测试辛", PENGLI, 999_999_001L);
        mvc.perform(get(ELDERS + linked).with(logins.as("pengli")))
                .andExpect(content().string(containsString("economic-linked")))
                .andExpect(content().string(containsString("不能在这里修改")))
                .andExpect(content().string(not(containsString("id=\"economic-form\""))));
        mvc.perform(post(ELDERS + linked + "/economic")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("economicCategory", "DIBAO"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("以库中类别为准")));
        assertThat(column(linked, "economic_category")).isEqualTo("NONE");
        assertThat(audits(linked)).isZero();
    }

    @Test
    void consentIsRecordedThenWithdrawnAndStaysInTheHistory() throws Exception {
        long elder = anElder("档案测试壬", PENGLI);
        mvc.perform(recordConsent(
                                elder, "PROVIDER_SHARING", today().minusDays(3).toString())
                        .with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());
        long consent = jdbc.sql("select id from eldercare.elder_consents where elder_id = :e")
                .param("e", elder)
                .query(Long.class)
                .single();
        assertThat(audits(elder, "eldercare.elder.consent")).isEqualTo(1);

        mvc.perform(withdraw(elder, consent, today().toString()).with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());

        assertThat(consents(elder)).isEqualTo(1);
        assertThat(jdbc.sql("select withdrawn_by from eldercare.elder_consents where id = :id")
                        .param("id", consent)
                        .query(String.class)
                        .single())
                .isEqualTo("pengli");
        assertThat(audits(elder, "eldercare.elder.consent-withdraw")).isEqualTo(1);
        mvc.perform(get(ELDERS + elder).with(logins.as("pengli")))
                .andExpect(content().string(containsString("consent-" + consent)))
                .andExpect(content().string(containsString(today() + " 已撤回")))
                .andExpect(content().string(not(containsString("/consents/" + consent + "/withdraw"))));

        mvc.perform(recordConsent(elder, "PROVIDER_SHARING", today().toString()).with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());
        assertThat(consents(elder)).isEqualTo(2);
    }

    @Test
    void badConsentInputIsRefusedWithAMessageAndNothingStored() throws Exception {
        long elder = anElder("档案测试癸", PENGLI);
        long given = consentOf(elder, "ASSESSMENT", today().minusDays(10));
        long auditsBefore = audits(elder);

        mvc.perform(recordConsent(elder, "PROVIDER_SHARING", today().plusDays(2).toString())
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("同意日期不能晚于今天")));
        mvc.perform(recordConsent(elder, "", today().toString()).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")));
        mvc.perform(recordConsent(elder, "PROVIDER_SHARING", "").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")));
        mvc.perform(recordConsent(elder, "<script>alert(1)</script>", today().toString())
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(recordConsent(elder, "ASSESSMENT", today().toString()).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这项同意已有有效记录")));

        mvc.perform(withdraw(elder, given, today().plusDays(2).toString()).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("撤回日期不能晚于今天")));
        mvc.perform(withdraw(elder, given, today().minusDays(11).toString()).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("撤回日期不能早于同意日期")));
        mvc.perform(withdraw(elder, given, "").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")));

        assertThat(consents(elder)).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from eldercare.elder_consents where elder_id = :e and withdrawn_on is not null")
                        .param("e", elder)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audits(elder)).isEqualTo(auditsBefore);

        mvc.perform(withdraw(elder, given, today().toString()).with(logins.as("pengli")));
        mvc.perform(withdraw(elder, given, today().toString()).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这项同意已经撤回")));
        assertThat(audits(elder, "eldercare.elder.consent-withdraw")).isEqualTo(1);
    }

    @Test
    void anotherRegionsElderIsNotFoundAndKeepsItsProfile() throws Exception {
        long elsewhere = anElder("外区档案子", LIZE);
        long consent = consentOf(elsewhere, "ASSESSMENT", today().minusDays(5));
        mvc.perform(addContact(elsewhere, "外区家属", "儿子", "13612345678").with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(post(ELDERS + elsewhere + "/living")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("livingSituation", "ALONE"))
                .andExpect(status().isNotFound());
        mvc.perform(post(ELDERS + elsewhere + "/economic")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("economicCategory", "DIBAO"))
                .andExpect(status().isNotFound());
        mvc.perform(recordConsent(elsewhere, "PROVIDER_SHARING", today().toString())
                        .with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(withdraw(elsewhere, consent, today().toString()).with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(post(ELDERS + elsewhere + "/contacts/1/remove").with(csrf()).with(logins.as("pengli")))
                .andExpect(status().isNotFound());

        assertThat(contacts(elsewhere)).isZero();
        assertThat(consents(elsewhere)).isEqualTo(1);
        assertThat(column(elsewhere, "living_situation")).isEqualTo("WITH_FAMILY");
        assertThat(column(elsewhere, "economic_category")).isEqualTo("NONE");
        assertThat(audits(elsewhere)).isZero();

        mvc.perform(addContact(elsewhere, "外区家属", "儿子", "13612345678").with(logins.as("lize")))
                .andExpect(status().is3xxRedirection());
        assertThat(contacts(elsewhere)).isEqualTo(1);
    }

    @Test
    void staffWithoutTheManagePermissionAreForbiddenAndSeeNoForms() throws Exception {
        long elder = anElder("权限档案丑", "371602012201");
        long consent = consentOf(elder, "ASSESSMENT", today().minusDays(5));
        mvc.perform(get(ELDERS + elder).with(logins.as("cunwei")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("contact-form"))))
                .andExpect(content().string(not(containsString("/withdraw"))));
        for (String user : new String[] {"cunwei", "auditor"}) {
            mvc.perform(addContact(elder, "无权家属", "儿子", "13512345678").with(logins.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post(ELDERS + elder + "/living")
                            .with(csrf())
                            .with(logins.as(user))
                            .param("livingSituation", "ALONE"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(ELDERS + elder + "/economic")
                            .with(csrf())
                            .with(logins.as(user))
                            .param("economicCategory", "DIBAO"))
                    .andExpect(status().isForbidden());
            mvc.perform(recordConsent(elder, "PROVIDER_SHARING", today().toString())
                            .with(logins.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(withdraw(elder, consent, today().toString()).with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(contacts(elder)).isZero();
        assertThat(consents(elder)).isEqualTo(1);
        assertThat(column(elder, "living_situation")).isEqualTo("WITH_FAMILY");
        assertThat(audits(elder)).isZero();
    }
}
