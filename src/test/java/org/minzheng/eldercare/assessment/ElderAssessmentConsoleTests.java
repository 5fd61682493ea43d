package org.minzheng.eldercare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Elder profiles and capability assessments through the console: scope, permissions, scoring, bad input. */
@IntegrationTest
@Transactional
class ElderAssessmentConsoleTests {

    static final String ELDERS = "/console/eldercare/elders";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    /** A valid ID number of someone born in 1948 in 滨城区, not in the registry. */
    static String anElderlyIdNumber() {
        String first17 =
                "371602" + "1948" + "0" + (1 + ThreadLocalRandom.current().nextInt(9)) + "1"
                        + ThreadLocalRandom.current().nextInt(1, 10)
                        + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    String aVillageOf(String townshipPrefix) {
        return jdbc.sql(
                        "select code from region.regions where level = 'VILLAGE' and code like :p || '%' order by code limit 1")
                .param("p", townshipPrefix)
                .query(String.class)
                .single();
    }

    /** The new-profile form filled in correctly, but for the {@code changes} (name, value, name, value …). */
    MockHttpServletRequestBuilder newElder(String idNumber, String village, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("idNumber", idNumber);
        fields.put("name", "测试老人");
        fields.put("villageCode", village);
        fields.put("address", "彭李街道测试路1号");
        fields.put("livingSituation", "EMPTY_NEST");
        fields.put("economicCategory", "NONE");
        fields.put("contactName", "测试家属");
        fields.put("contactRelation", "儿子");
        fields.put("contactPhone", "13812345678");
        fields.put("consentAssessment", "true");
        fields.put("consentedOn", LocalDate.now().minusDays(1).toString());
        return form(post(ELDERS), fields, changes);
    }

    static MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, Map<String, String> fields, String... changes) {
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        request.with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long registerAnElderAsPengli() throws Exception {
        String idNumber = anElderlyIdNumber();
        mvc.perform(newElder(idNumber, aVillageOf("371602005")).with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from eldercare.elders where masked_id_number = :m order by id desc limit 1")
                .param("m", IdNumber.parse(idNumber).maskedForStaff())
                .query(Long.class)
                .single();
    }

    long assessorOf(int agencyOrder, int position) {
        return jdbc.sql("""
                        select s.id from eldercare.assessors s
                        where s.agency_id = (select id from eldercare.assessment_agencies order by id offset :a limit 1)
                        order by s.id offset :p limit 1
                        """)
                .param("a", agencyOrder)
                .param("p", position)
                .query(Long.class)
                .single();
    }

    long firstAgency() {
        return jdbc.sql("select id from eldercare.assessment_agencies order by id limit 1")
                .query(Long.class)
                .single();
    }

    /** A full form: every item at its maximum but bathing 2 and stairs 1 (total 86), no adjustment. */
    MockHttpServletRequestBuilder assessment(long elderId, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reason", "FIRST");
        fields.put("assessedOn", LocalDate.now().toString());
        fields.put("agencyId", String.valueOf(firstAgency()));
        fields.put("firstAssessorId", String.valueOf(assessorOf(0, 0)));
        fields.put("secondAssessorId", String.valueOf(assessorOf(0, 1)));
        fields.put("riskEvents", "0");
        for (CapabilityItem item : CapabilityItem.values()) {
            int score =
                    switch (item) {
                        case BATHING -> 2;
                        case STAIRS -> 1;
                        default -> item.max();
                    };
            fields.put("scores[" + item.name() + "]", String.valueOf(score));
        }
        return form(post(ELDERS + "/" + elderId + "/assessments"), fields, changes);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from eldercare." + table)
                .query(Long.class)
                .single();
    }

    long audited(String action) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }

    @Test
    void townshipReviewerRegistersAnElderWithContactAndConsentAndSeesThePhoneMasked() throws Exception {
        long audits = audited("eldercare.elder.create");
        long id = registerAnElderAsPengli();

        mvc.perform(get(ELDERS + "/" + id).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试家属")))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))))
                .andExpect(content().string(containsString("空巢")));
        assertThat(jdbc.sql(
                                "select count(*) from eldercare.elder_consents where elder_id = :id and purpose = 'ASSESSMENT'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(audited("eldercare.elder.create")).isEqualTo(audits + 1);
        mvc.perform(get(ELDERS).param("q", "测试老人").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/console/eldercare/elders/" + id)));
    }

    @Test
    void aRegistryMemberIsLinkedAndTakesTheRegistersNameVillageAndCategory() throws Exception {
        var member = jdbc.sql("""
                        select p.id, p.name, p.id_number_cipher, h.id as household_id, h.region_code from registry.persons p
                        join registry.households h on h.id = p.household_id
                        where h.region_code like '371602005%' and p.birth_date < date '1960-01-01'
                        order by p.id limit 1
                        """)
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getBytes("id_number_cipher"),
                    rs.getLong("household_id"),
                    rs.getString("region_code")
                })
                .single();
        String idNumber = cipher.decrypt((byte[]) member[2], "registry.persons.id_number");

        mvc.perform(newElder(idNumber, "").with(logins.as("pengli"))).andExpect(status().is3xxRedirection());

        var stored = jdbc.sql(
                        "select name, person_id, household_id, region_code from eldercare.elders where person_id = :p")
                .param("p", member[0])
                .query((rs, n) -> new Object[] {
                    rs.getString("name"),
                    rs.getLong("person_id"),
                    rs.getLong("household_id"),
                    rs.getString("region_code")
                })
                .single();
        assertThat(stored).containsExactly(member[1], member[0], member[3], member[4]);
    }

    @Test
    void recordsAnAssessmentScoresItAndShowsHistoryAndReport() throws Exception {
        long elder = registerAnElderAsPengli();
        long audits = audited("eldercare.assessment.record");

        mvc.perform(assessment(elder).with(logins.as("pengli"))).andExpect(status().is3xxRedirection());

        var row = jdbc.sql("select id, raw_total, self_care, mobility, preliminary_level, final_level, next_due_on,"
                        + " item_scores ->> 'BATHING' as bathing from eldercare.assessments where elder_id = :e")
                .param("e", elder)
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    rs.getInt("raw_total"),
                    rs.getInt("self_care"),
                    rs.getInt("mobility"),
                    rs.getInt("preliminary_level"),
                    rs.getInt("final_level"),
                    rs.getObject("next_due_on", LocalDate.class),
                    rs.getString("bathing")
                })
                .single();
        assertThat(row)
                .containsExactly(row[0], 86, 30, 13, 1, 1, LocalDate.now().plusYears(1), "2");
        assertThat(audited("eldercare.assessment.record")).isEqualTo(audits + 1);

        mvc.perform(get(ELDERS + "/" + elder + "/assessments").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("能力轻度受损")))
                .andExpect(content().string(containsString("/console/eldercare/assessments/" + row[0] + "/report")));
        mvc.perform(get("/console/eldercare/assessments/" + row[0] + "/report").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("86 / 90")))
                .andExpect(content().string(containsString("洗澡")))
                .andExpect(content().string(containsString("评估员甲（演示）")));
    }

    @Test
    void dementiaAndRiskEventsRaiseTheStoredFinalLevelAndTheSevereLevelIsDueInSixMonths() throws Exception {
        long elder = registerAnElderAsPengli();

        mvc.perform(assessment(elder, "dementia", "true", "riskEvents", "2").with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection());

        var row = jdbc.sql("select preliminary_level, adjustments, final_level, next_due_on from eldercare.assessments"
                        + " where elder_id = :e")
                .param("e", elder)
                .query((rs, n) ->
                        new Object[] {rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class)})
                .single();
        assertThat(row)
                .containsExactly(1, "DEMENTIA,RISK_EVENTS", 3, LocalDate.now().plusMonths(6));
    }

    @Test
    void badAssessmentsAreRefusedWithAMessageAndNothingIsStored() throws Exception {
        long elder = registerAnElderAsPengli();
        long before = count("assessments");
        long audits = audited("eldercare.assessment.record");

        mvc.perform(assessment(elder, "scores[MEMORY]", "").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("还有 1 项没有评分")));
        mvc.perform(assessment(elder, "scores[STAIRS]", "4").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("得分须在 0 到 3 分之间")));
        mvc.perform(assessment(elder, "assessedOn", LocalDate.now().plusDays(3).toString())
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(assessment(elder, "secondAssessorId", String.valueOf(assessorOf(0, 0)))
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两名评估员不能是同一人")));
        mvc.perform(assessment(elder, "scores[EATING]", "<script>").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("has-error")));

        assertThat(count("assessments")).isEqualTo(before);
        assertThat(audited("eldercare.assessment.record")).isEqualTo(audits);
    }

    @Test
    void badProfilesAreRefusedAndNothingIsStored() throws Exception {
        long before = count("elders");
        String village = aVillageOf("371602005");

        mvc.perform(newElder("", village).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(newElder(anElderlyIdNumber(), village, "name", "<script>alert(1)</script>")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(newElder(anElderlyIdNumber(), village, "consentAssessment", "false")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有本人或监护人的评估同意")));
        mvc.perform(newElder("371602201001011230", village).with(logins.as("pengli")))
                .andExpect(status().isOk());
        mvc.perform(newElder(anElderlyIdNumber(), village, "contactPhone", "12").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写正确的手机号或固定电话")));
        mvc.perform(newElder(anElderlyIdNumber(), aVillageOf("371602012")).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本辖区的村（社区）")));

        assertThat(count("elders")).isEqualTo(before);
    }

    @Test
    void theSameIdNumberCannotHaveTwoProfiles() throws Exception {
        String idNumber = anElderlyIdNumber();
        String village = aVillageOf("371602005");
        mvc.perform(newElder(idNumber, village).with(logins.as("pengli"))).andExpect(status().is3xxRedirection());
        long before = count("elders");

        mvc.perform(newElder(idNumber, village).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("这位老年人已经建立过档案")));

        assertThat(count("elders")).isEqualTo(before);
    }

    @Test
    void anotherRegionsElderIsNotFoundNorListed() throws Exception {
        long elder = registerAnElderAsPengli();
        mvc.perform(assessment(elder).with(logins.as("pengli"))).andExpect(status().is3xxRedirection());
        long assessment = jdbc.sql("select id from eldercare.assessments where elder_id = :e")
                .param("e", elder)
                .query(Long.class)
                .single();

        mvc.perform(get(ELDERS + "/" + elder).with(logins.as("zhanhua"))).andExpect(status().isNotFound());
        mvc.perform(get(ELDERS + "/" + elder).with(logins.as("lize"))).andExpect(status().isNotFound());
        mvc.perform(get(ELDERS + "/" + elder + "/assessments").with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/eldercare/assessments/" + assessment + "/report")
                        .with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(assessment(elder).with(logins.as("lize"))).andExpect(status().isNotFound());
        MvcResult list = mvc.perform(get(ELDERS).with(logins.as("zhanhua")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(list.getResponse().getContentAsString()).doesNotContain("/console/eldercare/elders/" + elder + "\"");
        mvc.perform(get(ELDERS + "/" + elder).with(logins.as("bincheng"))).andExpect(status().isOk());
    }

    @Test
    void rolesWithoutTheEldercarePermissionsAreForbidden() throws Exception {
        long elder = registerAnElderAsPengli();

        mvc.perform(get(ELDERS).with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(ELDERS + "/new").with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(newElder(anElderlyIdNumber(), "371602012201").with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
        mvc.perform(assessment(elder).with(logins.as("auditor"))).andExpect(status().isForbidden());
    }
}
