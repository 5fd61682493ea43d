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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.CreditCode;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Assessment agencies and assessors in the console: changes, bad input, scope and permissions. */
@IntegrationTest
@Transactional
class AssessmentAgencyConsoleTests {

    static final String AGENCIES = "/console/eldercare/assessment-agencies";
    static final String CITY = "371600000000";
    static final String BINCHENG = "371602000000";
    static final String ZHANHUA = "371603000000";
    static final String CITY_CENTRE = "滨州市老年人能力评估中心（演示）";
    static final String BINCHENG_STATION = "滨城区康养评估服务站（演示）";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    /** A name no other row has, so tests sharing the database do not collide. */
    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    static String aCreditCode() {
        String first17 = "52371602MJ" + String.format("%07d", System.nanoTime() % 10_000_000L);
        return first17 + CreditCode.checkChar(first17);
    }

    MockHttpServletRequestBuilder newAgency(String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", unique("测试评估机构"));
        fields.put("creditCode", aCreditCode());
        fields.put("contactPhone", "0543 3210101");
        fields.put("regionCode", CITY);
        return form(post(AGENCIES), fields, changes);
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

    long agencyCount() {
        return jdbc.sql("select count(*) from eldercare.assessment_agencies")
                .query(Long.class)
                .single();
    }

    long assessorCount() {
        return jdbc.sql("select count(*) from eldercare.assessors")
                .query(Long.class)
                .single();
    }

    long agencyNamed(String name) {
        return jdbc.sql("select id from eldercare.assessment_agencies where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    long assessorWithCertificate(String certificate) {
        return jdbc.sql("select id from eldercare.assessors where certificate = :c")
                .param("c", certificate)
                .query(Long.class)
                .single();
    }

    long audits(String action, long agencyId) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :a and target_id = :id")
                .param("a", action)
                .param("id", Long.toString(agencyId))
                .query(Long.class)
                .single();
    }

    long createAsAdmin(String name) throws Exception {
        mvc.perform(newAgency("name", name).with(logins.as("admin"))).andExpect(status().is3xxRedirection());
        return agencyNamed(name);
    }

    String addAssessor(long agencyId, String name) throws Exception {
        String certificate = unique("PG-T-");
        mvc.perform(post(AGENCIES + "/" + agencyId + "/assessors")
                        .with(csrf())
                        .with(logins.as("admin"))
                        .param("name", name)
                        .param("certificate", certificate.toLowerCase())
                        .param("phone", "138 1234 5678"))
                .andExpect(status().is3xxRedirection());
        return certificate;
    }

    long anElder() {
        return jdbc.sql("select id from eldercare.elders order by id limit 1")
                .query(Long.class)
                .single();
    }

    String assessmentForm() throws Exception {
        return mvc.perform(get("/console/eldercare/elders/" + anElder() + "/assessments/new")
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A complete assessment, every item at its maximum. */
    MockHttpServletRequestBuilder assessment(long elderId, long agency, long first, long second) {
        var request = post("/console/eldercare/elders/" + elderId + "/assessments")
                .with(csrf())
                .with(logins.as("admin"))
                .param("reason", "ROUTINE")
                .param("assessedOn", LocalDate.now().toString())
                .param("agencyId", Long.toString(agency))
                .param("firstAssessorId", Long.toString(first))
                .param("secondAssessorId", Long.toString(second))
                .param("riskEvents", "0");
        for (CapabilityItem item : CapabilityItem.values()) {
            request.param("scores[" + item.name() + "]", Integer.toString(item.max()));
        }
        return request;
    }

    @Test
    void adminCreatesAnAgencyThatTheListShowsAndTheAuditRecords() throws Exception {
        String name = unique("滨州测试评估机构");
        String code = aCreditCode();

        mvc.perform(newAgency("name", name, "creditCode", code.toLowerCase()).with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());

        long id = agencyNamed(name);
        var stored = jdbc.sql("""
                        select credit_code, contact_phone, region_code, active
                        from eldercare.assessment_agencies where id = :id
                        """)
                .param("id", id)
                .query((rs, n) ->
                        rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4))
                .single();
        assertThat(stored).isEqualTo(code + "|0543-3210101|" + CITY + "|true");
        assertThat(audits("eldercare.agency.create", id)).isEqualTo(1);
        mvc.perform(get(AGENCIES).param("q", name).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("0 / 0")));
        mvc.perform(get(AGENCIES + "/" + id).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("这个机构还没有评估员")));
    }

    @Test
    void theListShowsAssessorCountsAndFindsByCreditCode() throws Exception {
        String name = unique("计数测试评估机构");
        String code = aCreditCode();
        mvc.perform(newAgency("name", name, "creditCode", code).with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());
        long id = agencyNamed(name);
        addAssessor(id, "计数评估员一");
        String second = addAssessor(id, "计数评估员二");
        mvc.perform(post(AGENCIES + "/" + id + "/assessors/" + assessorWithCertificate(second) + "/deactivate")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(AGENCIES).param("q", code).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("1 / 2")))
                .andExpect(content().string(not(containsString(CITY_CENTRE))));
    }

    @Test
    void countyApproverEditsAnAgencyOfTheCountyAndDeactivatesIt() throws Exception {
        String name = unique("滨城测试评估站");
        mvc.perform(newAgency("name", name, "regionCode", BINCHENG).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        long id = agencyNamed(name);
        String renamed = name + "（改）";

        mvc.perform(form(
                                post(AGENCIES + "/" + id),
                                new LinkedHashMap<>(),
                                "name",
                                renamed,
                                "creditCode",
                                "",
                                "contactPhone",
                                "13912345678",
                                "regionCode",
                                BINCHENG)
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());

        var stored = jdbc.sql("""
                        select name, coalesce(credit_code, '-'), contact_phone, active
                        from eldercare.assessment_agencies where id = :id
                        """)
                .param("id", id)
                .query((rs, n) ->
                        rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4))
                .single();
        assertThat(stored).isEqualTo(renamed + "|-|13912345678|false");
        assertThat(audits("eldercare.agency.update", id)).isEqualTo(1);
        mvc.perform(get(AGENCIES + "/" + id + "/edit").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(renamed)));
    }

    @Test
    void addedAssessorsAreOfferedOnTheFormUntilDeactivatedAndHistoryKeepsTheName() throws Exception {
        long agency = createAsAdmin(unique("表单测试评估机构"));
        String first = addAssessor(agency, "表单评估员子");
        String second = addAssessor(agency, "表单评估员丑");
        long firstId = assessorWithCertificate(first);
        long secondId = assessorWithCertificate(second);
        assertThat(jdbc.sql("select phone from eldercare.assessors where id = :id")
                        .param("id", firstId)
                        .query(String.class)
                        .single())
                .isEqualTo("13812345678");
        assertThat(audits("eldercare.agency.assessor-add", agency)).isEqualTo(2);
        assertThat(assessmentForm()).contains("表单评估员子", "表单评估员丑");
        long elder = anElder();
        mvc.perform(assessment(elder, agency, firstId, secondId)).andExpect(status().is3xxRedirection());
        long assessmentId = jdbc.sql("select max(id) from eldercare.assessments where agency_id = :a")
                .param("a", agency)
                .query(Long.class)
                .single();

        mvc.perform(post(AGENCIES + "/" + agency + "/assessors/" + secondId + "/deactivate")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());

        assertThat(audits("eldercare.agency.assessor-deactivate", agency)).isEqualTo(1);
        assertThat(assessmentForm()).contains("表单评估员子").doesNotContain("表单评估员丑");
        mvc.perform(get("/console/eldercare/assessments/" + assessmentId + "/report")
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("表单评估员子、表单评估员丑")));
        long before = jdbc.sql("select count(*) from eldercare.assessments")
                .query(Long.class)
                .single();
        mvc.perform(assessment(elder, agency, firstId, secondId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("评估员须属于所选评估机构")));
        assertThat(jdbc.sql("select count(*) from eldercare.assessments")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        mvc.perform(post(AGENCIES + "/" + agency + "/assessors/" + secondId + "/deactivate")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDeactivatedAgencyAndItsAssessorsLeaveTheAssessmentForm() throws Exception {
        String name = unique("停用测试评估机构");
        long agency = createAsAdmin(name);
        addAssessor(agency, "停用机构评估员");
        assertThat(assessmentForm()).contains(name, "停用机构评估员");

        mvc.perform(form(post(AGENCIES + "/" + agency), new LinkedHashMap<>(), "name", name, "regionCode", CITY)
                        .with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());

        assertThat(assessmentForm()).doesNotContain(name, "停用机构评估员").contains(CITY_CENTRE, "评估员甲（演示）", "评估员乙（演示）");
        mvc.perform(get(AGENCIES).param("status", "inactive").with(logins.as("admin")))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void badAgencyInputIsShownAgainAndNothingIsStored() throws Exception {
        long before = agencyCount();
        String[][] cases = {
            {"name", "", "此项必填"},
            {"name", "机".repeat(101), "内容过长"},
            {"name", "<script>alert(1)</script>", "不能包含尖括号"},
            {"name", CITY_CENTRE, "已有同名的评估机构"},
            {"creditCode", "91350100M000100Y44", "统一社会信用代码不正确"},
            {"contactPhone", "12345", "请填写正确的手机号或带区号的固定电话"},
            {"regionCode", "", "此项必填"},
        };
        for (String[] bad : cases) {
            mvc.perform(newAgency(bad[0], bad[1]).with(logins.as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("填写的内容有误")))
                    .andExpect(content().string(containsString(bad[2])));
        }
        assertThat(agencyCount()).isEqualTo(before);
    }

    @Test
    void duplicateCreditCodesAndRegionsOutsideTheCountyAreRefused() throws Exception {
        String code = aCreditCode();
        createAsAdminWithCode(code);
        long before = agencyCount();

        mvc.perform(newAgency("creditCode", code).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有评估机构使用这个统一社会信用代码")));
        mvc.perform(newAgency("regionCode", ZHANHUA).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本辖区内的服务区域")));
        mvc.perform(newAgency("regionCode", CITY).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本辖区内的服务区域")));

        assertThat(agencyCount()).isEqualTo(before);
    }

    private void createAsAdminWithCode(String code) throws Exception {
        mvc.perform(newAgency("creditCode", code).with(logins.as("admin"))).andExpect(status().is3xxRedirection());
    }

    @Test
    void badAssessorInputIsShownAgainAndNothingIsStored() throws Exception {
        long agency = agencyNamed(CITY_CENTRE);
        long before = assessorCount();
        String[][] cases = {
            {"", unique("PG-B-"), "", "此项必填"},
            {"评".repeat(51), unique("PG-B-"), "", "内容过长"},
            {"<script>x</script>", unique("PG-B-"), "", "不能包含尖括号"},
            {"重复证书评估员", "PG-DEMO-0001", "", "已有评估员使用这个证书编号"},
            {"证书格式评估员", "PG 0001", "", "证书编号只能包含字母、数字和短横线"},
            {"电话错误评估员", unique("PG-B-"), "1234", "请填写正确的手机号或带区号的固定电话"},
        };
        for (String[] bad : cases) {
            mvc.perform(post(AGENCIES + "/" + agency + "/assessors")
                            .with(csrf())
                            .with(logins.as("admin"))
                            .param("name", bad[0])
                            .param("certificate", bad[1])
                            .param("phone", bad[2]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("填写的内容有误")))
                    .andExpect(content().string(containsString(bad[3])));
        }
        assertThat(assessorCount()).isEqualTo(before);
    }

    @Test
    void townshipStaffHaveNoAccessAtAll() throws Exception {
        long before = agencyCount();
        mvc.perform(get(AGENCIES).with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(get(AGENCIES + "/new").with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(newAgency().with(logins.as("pengli"))).andExpect(status().isForbidden());
        assertThat(agencyCount()).isEqualTo(before);
    }

    @Test
    void auditorSeesAgenciesButCannotChangeThem() throws Exception {
        long agency = agencyNamed(CITY_CENTRE);
        long assessor = assessorWithCertificate("PG-DEMO-0001");
        long before = agencyCount();

        mvc.perform(get(AGENCIES).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CITY_CENTRE)))
                .andExpect(content().string(containsString(BINCHENG_STATION)))
                .andExpect(content().string(not(containsString("id=\"new-agency\""))));
        mvc.perform(get(AGENCIES + "/" + agency).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("评估员甲（演示）")))
                .andExpect(content().string(not(containsString("/deactivate"))));
        mvc.perform(get(AGENCIES + "/new").with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(newAgency().with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(post(AGENCIES + "/" + agency + "/assessors/" + assessor + "/deactivate")
                        .with(csrf())
                        .with(logins.as("auditor")))
                .andExpect(status().isForbidden());

        assertThat(agencyCount()).isEqualTo(before);
        assertThat(jdbc.sql("select active from eldercare.assessors where id = :id")
                        .param("id", assessor)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void countyStaffSeeOnlyTheAgenciesOfTheirCounty() throws Exception {
        long station = agencyNamed(BINCHENG_STATION);
        long stationAssessor = assessorWithCertificate("PG-DEMO-0003");

        mvc.perform(get(AGENCIES).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BINCHENG_STATION)))
                .andExpect(content().string(not(containsString(CITY_CENTRE))));
        mvc.perform(get(AGENCIES).with(logins.as("zhanhua")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(BINCHENG_STATION))));
        mvc.perform(get(AGENCIES + "/" + station).with(logins.as("zhanhua"))).andExpect(status().isNotFound());
        mvc.perform(get(AGENCIES + "/" + agencyNamed(CITY_CENTRE) + "/edit").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(post(AGENCIES + "/" + station + "/assessors/" + stationAssessor + "/deactivate")
                        .with(csrf())
                        .with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select active from eldercare.assessors where id = :id")
                        .param("id", stationAssessor)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theConsoleMenuLinksTheAgencyPages() throws Exception {
        mvc.perform(get(AGENCIES).with(logins.as("admin")))
                .andExpect(content().string(containsString("href=\"/console/eldercare/assessment-agencies\"")))
                .andExpect(content().string(containsString("评估机构")));
    }
}
