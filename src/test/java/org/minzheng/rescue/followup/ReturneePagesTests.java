package org.minzheng.rescue.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.rescue.followup.FollowUpFixtures.BINCHENG;
import static org.minzheng.rescue.followup.FollowUpFixtures.CITY;
import static org.minzheng.rescue.followup.FollowUpFixtures.FUGUO;
import static org.minzheng.rescue.followup.FollowUpFixtures.PENGLI;
import static org.minzheng.rescue.followup.FollowUpFixtures.RETURNEES;
import static org.minzheng.rescue.followup.FollowUpFixtures.idNumber;
import static org.minzheng.rescue.followup.FollowUpFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 返乡回访: registering, assessing, helping and visiting; refusals store nothing; each staff member sees their area. */
@IntegrationTest
class ReturneePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    BlindIndex blindIndex;

    FollowUpFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FollowUpFixtures(jdbc, cipher, blindIndex);
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> values) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        values.forEach(request::param);
        return request;
    }

    private static Map<String, String> manual(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("sex", "M");
        form.put("homeRegionCode", PENGLI);
        form.put("address", unique("彭李街道测试村"));
        form.put("returnedOn", LocalDate.now().minusDays(3).toString());
        form.put("returnedFrom", "济南市救助管理站");
        form.put("guardianName", "王秀兰");
        form.put("guardianPhone", "13912345678");
        return form;
    }

    private long returneesNamed(String name) {
        return fixtures.count("select count(*) from rescue.returnees where name = :v", name);
    }

    private long idOf(String name) {
        return fixtures.count("select max(id) from rescue.returnees where name = :v", name);
    }

    @Test
    void aReleasedCaseIsRegisteredWithItsIdNumberCarriedOverAndMasked() throws Exception {
        String name = unique("返乡登记");
        String id = idNumber(true);
        long caseId = fixtures.releasedCase(CITY, name, id, 1);
        String number = fixtures.column("cases", caseId, "number");
        mvc.perform(get(RETURNEES + "/new").with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));

        Map<String, String> values = manual(name);
        values.put("caseId", String.valueOf(caseId));
        values.put("returnedOn", LocalDate.now().toString());
        values.remove("guardianPhone");
        mvc.perform(form(RETURNEES, values).with(logins.as("jiuzhu"))).andExpect(status().is3xxRedirection());

        long returnee = idOf(name);
        byte[] stored = jdbc.sql("select id_number_cipher from rescue.returnees where id = :id")
                .param("id", returnee)
                .query(byte[].class)
                .single();
        assertThat(cipher.decrypt(stored, ReturneeService.ID_CONTEXT)).isEqualTo(id);
        assertThat(fixtures.column("returnees", returnee, "id_number_index")).isEqualTo(fixtures.index(id));
        assertThat(fixtures.column("returnees", returnee, "case_id")).isEqualTo(String.valueOf(caseId));
        assertThat(fixtures.column("returnees", returnee, "county_code")).isEqualTo(BINCHENG);
        mvc.perform(get(RETURNEES + "/" + returnee).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id.substring(0, 4))))
                .andExpect(content().string(not(containsString(id))));
        assertThat(fixtures.count(
                        "select count(*) from audit.audit_entries where action = 'rescue.followup.register'"
                                + " and target_id = :v",
                        String.valueOf(returnee)))
                .isEqualTo(1);

        mvc.perform(form(RETURNEES, values).with(logins.as("jiuzhu"))).andExpect(status().isNotFound());
        assertThat(returneesNamed(name)).isEqualTo(1);
    }

    @Test
    void aPersonSentBackByAnotherCityIsRegisteredByHandWithAMaskedPhone() throws Exception {
        String name = unique("外地送回");
        Map<String, String> values = manual(name);
        String id = idNumber(false);
        values.put("idNumber", id);
        mvc.perform(form(RETURNEES, values).with(logins.as("bincheng"))).andExpect(status().is3xxRedirection());
        long returnee = idOf(name);
        assertThat(fixtures.column("returnees", returnee, "id_number_index")).isEqualTo(fixtures.index(id));
        assertThat(fixtures.column("returnees", returnee, "guardian_phone_masked"))
                .isEqualTo("139****5678");
        mvc.perform(get(RETURNEES + "/" + returnee).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(not(containsString("13912345678"))))
                .andExpect(content().string(not(containsString(id))));

        Map<String, String> again = manual(unique("重复"));
        again.put("idNumber", id);
        mvc.perform(form(RETURNEES, again).with(logins.as("bincheng")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("正在回访中")));
        assertThat(returneesNamed(again.get("name"))).isZero();
    }

    @Test
    void badInputIsRefusedAndNothingStored() throws Exception {
        Map<String, Map.Entry<String, String>> cases = new LinkedHashMap<>();
        cases.put("idNumber", Map.entry("idNumber", "371602199001011230"));
        cases.put("phone", Map.entry("guardianPhone", "12345"));
        cases.put("future", Map.entry("returnedOn", LocalDate.now().plusDays(2).toString()));
        cases.put("script", Map.entry("address", "<script>alert(1)</script>"));
        cases.put("blank", Map.entry("returnedFrom", " "));
        cases.put("long", Map.entry("guardianName", "长".repeat(51)));
        cases.put("outside", Map.entry("homeRegionCode", "110101001000"));
        for (var c : cases.entrySet()) {
            String name = unique("坏输入-" + c.getKey());
            Map<String, String> values = manual(name);
            values.put(c.getValue().getKey(), c.getValue().getValue());
            mvc.perform(form(RETURNEES, values).with(logins.as("jiuzhu"))).andExpect(status().isUnprocessableEntity());
            assertThat(returneesNamed(name)).as(c.getKey()).isZero();
        }
        String scriptName = "<script>x</script>";
        long before = returneesNamed(scriptName);
        mvc.perform(form(RETURNEES, manual(scriptName)).with(logins.as("jiuzhu")))
                .andExpect(status().isUnprocessableEntity());
        assertThat(returneesNamed(scriptName)).isEqualTo(before);
    }

    @Test
    void aHighRiskReturneeWithoutAPlanIsFlaggedUntilAPlanIsMade() throws Exception {
        String name = unique("高风险");
        long id = fixtures.returnee(PENGLI, name, 10);
        mvc.perform(post(RETURNEES + "/" + id + "/assessments")
                        .with(csrf())
                        .with(logins.as("jiuzhu"))
                        .param("factors", "MENTAL_ILLNESS", "NO_FAMILY_SUPPORT", "NO_INCOME", "NO_HOUSING")
                        .param("assessedOn", LocalDate.now().toString())
                        .param("assessor", "市站社工")
                        .param("assessorOrg", "滨州市救助管理站"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select risk_level || ' ' || score from rescue.risk_assessments where returnee_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("HIGH 70");
        mvc.perform(get(RETURNEES).param("noPlan", "true").param("q", name).with(logins.as("bincheng")))
                .andExpect(content().string(containsString(name + "</a>")));
        mvc.perform(get(RETURNEES + "/" + id).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("id=\"high-without-plan\"")));

        planFor(id, LocalDate.now().minusDays(1)).andExpect(status().isUnprocessableEntity());
        planFor(id, LocalDate.now().plusMonths(3)).andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select count(*) from rescue.help_plans where returnee_id = :v", id))
                .isEqualTo(1);
        mvc.perform(get(RETURNEES).param("noPlan", "true").param("q", name).with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString(name + "</a>"))));

        long plan = fixtures.count("select id from rescue.help_plans where returnee_id = :v", id);
        closePlan(id, plan, "complete", " ");
        assertThat(fixtures.column("help_plans", plan, "status")).isEqualTo("ACTIVE");
        closePlan(id, plan, "complete", "已纳入低保，家属接回照看");
        assertThat(fixtures.column("help_plans", plan, "status")).isEqualTo("COMPLETED");
        closePlan(id, plan, "cancel", "再次取消");
        assertThat(fixtures.column("help_plans", plan, "status")).isEqualTo("COMPLETED");
        mvc.perform(get(RETURNEES).param("noPlan", "true").param("q", name).with(logins.as("bincheng")))
                .andExpect(content().string(containsString(name + "</a>")));
    }

    @Test
    void aVisitIsDueByTheRiskLevelAndOverdueWhenMissed() throws Exception {
        String name = unique("回访逾期");
        long id = fixtures.returnee(PENGLI, name, 40);
        mvc.perform(get(RETURNEES).param("overdue", "true").param("q", name).with(logins.as("pengli")))
                .andExpect(content().string(containsString(name + "</a>")));

        visit(id, "pengli", LocalDate.now().plusDays(1), "HOME", "STABLE", "在家")
                .andExpect(status().isUnprocessableEntity());
        assertThat(fixtures.count("select count(*) from rescue.follow_up_visits where returnee_id = :v", id))
                .isZero();

        mvc.perform(post(RETURNEES + "/" + id + "/assessments")
                        .with(csrf())
                        .with(logins.as("pengli"))
                        .param("factors", "FAMILY_CONFLICT")
                        .param("assessedOn", LocalDate.now().toString())
                        .param("assessor", "社工")
                        .param("assessorOrg", "市站"))
                .andExpect(status().is3xxRedirection());
        visit(id, "pengli", LocalDate.now(), "HOME", "STABLE", "在家，情绪稳定").andExpect(status().is3xxRedirection());
        mvc.perform(get(RETURNEES).param("overdue", "true").param("q", name).with(logins.as("pengli")))
                .andExpect(content().string(not(containsString(name + "</a>"))));
        mvc.perform(get(RETURNEES + "/" + id).with(logins.as("pengli")))
                .andExpect(content()
                        .string(containsString(LocalDate.now().plusDays(180).toString())));
    }

    @Test
    void aVisitFindingTheReturneeDeadClosesTheFollowUp() throws Exception {
        long id = fixtures.returnee(PENGLI, unique("死亡"), 5);
        visit(id, "bincheng", LocalDate.now(), "PHONE", "DIED", "家属告知已病故").andExpect(status().is3xxRedirection());
        assertThat(fixtures.column("returnees", id, "status")).isEqualTo("CLOSED");
        assertThat(fixtures.column("returnees", id, "closed_on"))
                .isEqualTo(LocalDate.now().toString());
        visit(id, "bincheng", LocalDate.now(), "PHONE", "STABLE", "再次").andExpect(status().isUnprocessableEntity());
        assertThat(fixtures.count("select count(*) from rescue.follow_up_visits where returnee_id = :v", id))
                .isEqualTo(1);
    }

    @Test
    void eachStaffMemberSeesTheReturneesOfTheirArea() throws Exception {
        String name = unique("滨城返乡");
        long id = fixtures.returnee(PENGLI, name, 5);
        String other = unique("沾化返乡");
        long zhanhuaId = fixtures.returnee(FUGUO, other, 5);
        mvc.perform(get(RETURNEES + "/" + id).with(logins.as("zhanhua"))).andExpect(status().isNotFound());
        mvc.perform(get(RETURNEES).param("q", name).with(logins.as("zhanhua")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name + "</a>"))));
        mvc.perform(get(RETURNEES).param("q", other).with(logins.as("zhanhua")))
                .andExpect(content().string(containsString(other + "</a>")));
        mvc.perform(get(RETURNEES + "/" + zhanhuaId).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(get(RETURNEES + "/" + id).with(logins.as("pengli"))).andExpect(status().isOk());
        mvc.perform(get(RETURNEES + "/" + id).with(logins.as("lize"))).andExpect(status().isNotFound());
        mvc.perform(get(RETURNEES).param("q", name).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString(name + "</a>")));
        visit(id, "zhanhua", LocalDate.now(), "PHONE", "STABLE", "x").andExpect(status().isNotFound());
    }

    @Test
    void theVillageAssistantIsTurnedAwayAndTheAuditorOnlyReads() throws Exception {
        long id = fixtures.returnee(PENGLI, unique("只读"), 5);
        mvc.perform(get(RETURNEES).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(RETURNEES + "/" + id).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/rescue/repeat-rate").with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
        mvc.perform(get(RETURNEES + "/" + id).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"visit-form\""))));
        mvc.perform(get(RETURNEES + "/export").with(logins.as("auditor"))).andExpect(status().isOk());
        String name = unique("审计员登记");
        mvc.perform(form(RETURNEES, manual(name)).with(logins.as("auditor"))).andExpect(status().isForbidden());
        visit(id, "auditor", LocalDate.now(), "PHONE", "STABLE", "x").andExpect(status().isForbidden());
        assertThat(returneesNamed(name)).isZero();
        assertThat(fixtures.count("select count(*) from rescue.follow_up_visits where returnee_id = :v", id))
                .isZero();
    }

    /** 完成 or 取消 a help plan as 滨城区; a refusal also answers with the returnee page, so only the rows tell. */
    private void closePlan(long returnee, long plan, String outcome, String text) throws Exception {
        mvc.perform(post(RETURNEES + "/" + returnee + "/plans/" + plan + "/" + outcome)
                        .with(csrf())
                        .with(logins.as("bincheng"))
                        .param("outcome", text))
                .andExpect(status().is3xxRedirection());
    }

    /** 滨城区 sets up a help plan for the returnee from today, to be reviewed on {@code reviewOn}. */
    private ResultActions planFor(long returnee, LocalDate reviewOn) throws Exception {
        return mvc.perform(post(RETURNEES + "/" + returnee + "/plans")
                .with(csrf())
                .with(logins.as("bincheng"))
                .param("countyCode", BINCHENG)
                .param("socialWorkers", "张社工")
                .param("socialWorkOrg", "暖阳社工")
                .param("measures", "DIBAO_CHECK", "PSYCHOLOGICAL")
                .param("goals", "稳定生活")
                .param("startsOn", LocalDate.now().toString())
                .param("reviewOn", reviewOn.toString()));
    }

    /** A follow-up visit by a grid worker of 彭李街道, recorded by {@code user}. */
    private ResultActions visit(long returnee, String user, LocalDate on, String way, String finding, String note)
            throws Exception {
        return mvc.perform(post(RETURNEES + "/" + returnee + "/visits")
                .with(csrf())
                .with(logins.as(user))
                .param("visitedOn", on.toString())
                .param("way", way)
                .param("visitor", "网格员")
                .param("visitorOrg", "彭李街道")
                .param("finding", finding)
                .param("note", note));
    }
}
