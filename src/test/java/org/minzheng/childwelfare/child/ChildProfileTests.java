package org.minzheng.childwelfare.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.Households;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** 儿童档案 on the real database: admission, bad input, the registry link, room, flags, discharge and scope. */
@IntegrationTest
@Transactional
class ChildProfileTests {

    static final String CHILDREN = "/console/childwelfare/children";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    BlindIndex index;

    @Autowired
    Households households;

    ChildFixtures fixtures;
    long home;
    long roomA;
    long roomB;

    @BeforeEach
    void aTestHome() {
        fixtures = new ChildFixtures(jdbc, cipher, index);
        home = fixtures.institution(ChildFixtures.CITY);
        roomA = fixtures.room(home, "测试宿舍甲");
        roomB = fixtures.room(home, "测试宿舍乙");
    }

    static LocalDate today() {
        return ChildService.today();
    }

    MockHttpServletRequestBuilder admit(Map<String, String> overrides) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "idNumber", ChildFixtures.anIdNumber("371603", 2018),
                "name", "入院测试儿童",
                "guardianship", "ORPHAN",
                "disabilityType", "PHYSICAL",
                "disabilityGrade", "2",
                "rehabAssistanceRegistered", "true",
                "institutionId", String.valueOf(home),
                "roomId", String.valueOf(roomA),
                "admittedOn", today().minusDays(10).toString()));
        fields.putAll(overrides);
        MockHttpServletRequestBuilder request = post(CHILDREN).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long childrenOfHome() {
        return jdbc.sql("select count(*) from childwelfare.children where institution_id = :i")
                .param("i", home)
                .query(Long.class)
                .single();
    }

    long audits(String action, long child) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = :a and target_id = :id")
                .param("a", action)
                .param("id", String.valueOf(child))
                .query(Long.class)
                .single();
    }

    long childOfHome() {
        return jdbc.sql("select id from childwelfare.children where institution_id = :i")
                .param("i", home)
                .query(Long.class)
                .single();
    }

    @Test
    void welfareHomeStaffAdmitsAChildWithSexAndBirthDateFromTheIdNumberEncryptedAndAudited() throws Exception {
        String idNumber = ChildFixtures.anIdNumber("371603", 2019);
        mvc.perform(admit(Map.of("idNumber", idNumber, "name", "入院测试甲")).with(logins.as("fuliyuan")))
                .andExpect(status().is3xxRedirection());

        long child = childOfHome();
        IdNumber parsed = IdNumber.parse(idNumber);
        var row = jdbc.sql("select * from childwelfare.children where id = :id")
                .param("id", child)
                .query()
                .singleRow();
        assertThat(row.get("name")).isEqualTo("入院测试甲");
        assertThat(row.get("sex")).isEqualTo(parsed.sex().name());
        assertThat(row.get("birth_date").toString())
                .isEqualTo(parsed.birthDate().toString());
        assertThat(row.get("region_code")).isEqualTo(ChildFixtures.CITY);
        assertThat(row.get("room_id")).isEqualTo(roomA);
        assertThat(((Number) row.get("disability_grade")).intValue()).isEqualTo(2);
        assertThat(row.get("rehab_assistance_registered")).isEqualTo(true);
        assertThat(row.get("medical_insurance_enrolled")).isEqualTo(false);
        assertThat(row.get("household_id")).isNull();
        byte[] stored = (byte[]) row.get("id_number_cipher");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(idNumber);
        assertThat(cipher.decrypt(stored, ChildRepository.ID_NUMBER)).isEqualTo(idNumber);
        assertThat(audits("childwelfare.child.admit", child)).isEqualTo(1);

        mvc.perform(get(CHILDREN).param("q", idNumber).with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("入院测试甲")))
                .andExpect(content().string(containsString("<td class=\"mono\">" + parsed.maskedForStaff())));
        mvc.perform(get(CHILDREN + "/" + child).with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试宿舍甲")))
                .andExpect(content().string(containsString("肢体残疾（二级）")));
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingIsStored() throws Exception {
        String taken = ChildFixtures.anIdNumber("371603", 2017);
        mvc.perform(admit(Map.of("idNumber", taken)).with(logins.as("fuliyuan")))
                .andExpect(status().is3xxRedirection());
        long before = childrenOfHome();
        String bad = taken.substring(0, 17) + (taken.charAt(17) == '1' ? '2' : '1');
        String fresh = ChildFixtures.anIdNumber("371603", 2020);

        expectRefused(Map.of("idNumber", bad), "身份证号不正确");
        expectRefused(Map.of("idNumber", taken), "已经建立儿童档案");
        expectRefused(Map.of("idNumber", ChildFixtures.anIdNumber("371603", 1990)), "已年满18周岁");
        expectRefused(Map.of("idNumber", fresh, "name", " "), "此项必填");
        expectRefused(Map.of("idNumber", fresh, "name", "长".repeat(51)), "内容太长");
        expectRefused(Map.of("idNumber", fresh, "name", "<script>alert(1)</script>"), "不能包含尖括号");
        expectRefused(
                Map.of("idNumber", fresh, "admittedOn", today().plusDays(1).toString()), "入院日期不能晚于今天");
        expectRefused(Map.of("idNumber", fresh, "disabilityGrade", ""), "请选择残疾等级");
        expectRefused(Map.of("idNumber", fresh, "disabilityGrade", "5"), "一级到四级");
        expectRefused(Map.of("idNumber", fresh, "admittedOn", "2016-01-01"), "不能早于出生日期");

        assertThat(childrenOfHome()).isEqualTo(before);
        mvc.perform(admit(Map.of("idNumber", fresh, "name", "<script>alert(1)</script>"))
                        .with(logins.as("fuliyuan")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    private void expectRefused(Map<String, String> fields, String message) throws Exception {
        mvc.perform(admit(fields).with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void aChildRegisteredInTheRegistryIsLinkedAndKeepsTheRegistryName() throws Exception {
        String village = jdbc.sql("select code from region.regions where level = 'VILLAGE' and code like '371602005%'"
                        + " order by code limit 1")
                .query(String.class)
                .single();
        String head = ChildFixtures.anIdNumber("371602", 1985);
        String kid = ChildFixtures.anIdNumber("371602", 2016);
        households.register(new NewHousehold(
                RegionCode.of(village),
                "儿童档案关联测试路1号",
                HukouType.URBAN,
                Set.of(),
                List.of(
                        new NewPerson("关联测试户主", IdNumber.parse(head), "02", null, null, null, WorkAbility.NONE, true),
                        new NewPerson("关联测试儿童", IdNumber.parse(kid), "20", null, null, null, WorkAbility.NONE, false)),
                false));

        mvc.perform(admit(Map.of("idNumber", kid, "name", "别的名字")).with(logins.as("fuliyuan")))
                .andExpect(status().is3xxRedirection());

        var row = jdbc.sql("select name, household_id, person_id, region_code from childwelfare.children where"
                        + " institution_id = :i")
                .param("i", home)
                .query()
                .singleRow();
        assertThat(row.get("name")).isEqualTo("关联测试儿童");
        assertThat(row.get("household_id")).isNotNull();
        assertThat(row.get("person_id")).isNotNull();
        assertThat(row.get("region_code")).isEqualTo(ChildFixtures.CITY);
        mvc.perform(get(CHILDREN + "/" + childOfHome()).with(logins.as("fuliyuan")))
                .andExpect(content().string(containsString("低收入人口库")));
    }

    @Test
    void staffChangeTheRoomAndTheFlagsAudited() throws Exception {
        long child = fixtures.child(home, ChildFixtures.CITY, "调房测试", today().minusYears(1));
        long otherHome = fixtures.institution(ChildFixtures.CITY);
        long foreignRoom = fixtures.room(otherHome, "别院房间");

        mvc.perform(post(CHILDREN + "/" + child + "/room")
                        .with(csrf())
                        .param("roomId", String.valueOf(foreignRoom))
                        .with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本机构的房间")));
        mvc.perform(post(CHILDREN + "/" + child + "/room")
                        .with(csrf())
                        .param("roomId", String.valueOf(roomB))
                        .with(logins.as("fuliyuan")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(CHILDREN + "/" + child + "/flags")
                        .with(csrf())
                        .param("medicalInsuranceEnrolled", "true")
                        .with(logins.as("fuliyuan")))
                .andExpect(status().is3xxRedirection());

        var row = jdbc.sql("select room_id, rehab_assistance_registered, medical_insurance_enrolled"
                        + " from childwelfare.children where id = :id")
                .param("id", child)
                .query()
                .singleRow();
        assertThat(row.get("room_id")).isEqualTo(roomB);
        assertThat(row.get("rehab_assistance_registered")).isEqualTo(false);
        assertThat(row.get("medical_insurance_enrolled")).isEqualTo(true);
        assertThat(audits("childwelfare.child.room", child)).isEqualTo(1);
        assertThat(audits("childwelfare.child.flags", child)).isEqualTo(1);
    }

    @Test
    void dischargeNeedsADateNotBeforeAdmissionAndAReason() throws Exception {
        LocalDate admitted = today().minusMonths(6);
        long child = fixtures.child(home, ChildFixtures.CITY, "离院测试", admitted);

        mvc.perform(discharge(child, admitted.minusDays(1).toString(), "被收养"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("离院日期不能早于入院日期")));
        mvc.perform(discharge(child, today().plusDays(1).toString(), "被收养"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("离院日期不能晚于今天")));
        mvc.perform(discharge(child, today().toString(), " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")));
        mvc.perform(discharge(child, today().toString(), "<b>被收养</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能包含尖括号")));
        assertThat(audits("childwelfare.child.discharge", child)).isZero();
        assertThat(jdbc.sql("select discharged_on is null from childwelfare.children where id = :id")
                        .param("id", child)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        mvc.perform(discharge(child, today().toString(), "被收养")).andExpect(status().is3xxRedirection());
        mvc.perform(discharge(child, today().toString(), "再次离院"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已经离院")));

        var row = jdbc.sql("select discharged_on, discharge_reason from childwelfare.children where id = :id")
                .param("id", child)
                .query()
                .singleRow();
        assertThat(row.get("discharged_on").toString()).isEqualTo(today().toString());
        assertThat(row.get("discharge_reason")).isEqualTo("被收养");
        assertThat(audits("childwelfare.child.discharge", child)).isEqualTo(1);
        mvc.perform(get(CHILDREN)
                        .param("status", "DISCHARGED")
                        .param("q", "离院测试")
                        .with(logins.as("fuliyuan")))
                .andExpect(content().string(containsString("离院测试")));
        mvc.perform(get(CHILDREN).param("status", "IN_CARE").param("q", "离院测试").with(logins.as("fuliyuan")))
                .andExpect(content().string(not(containsString("离院测试</a>"))));
    }

    private MockHttpServletRequestBuilder discharge(long child, String on, String reason) {
        return post(CHILDREN + "/" + child + "/discharge")
                .with(csrf())
                .param("dischargedOn", on)
                .param("reason", reason)
                .with(logins.as("fuliyuan"));
    }

    @Test
    void listFiltersByGuardianshipDisabilityAndRoomAndExports() throws Exception {
        long inA = fixtures.child(home, ChildFixtures.CITY, "筛选测试甲", today().minusYears(1));
        fixtures.child(home, ChildFixtures.CITY, "筛选测试乙", today().minusYears(1));
        jdbc.sql("update childwelfare.children set room_id = :r where id = :id")
                .param("r", roomA)
                .param("id", inA)
                .update();

        mvc.perform(get(CHILDREN).param("room", String.valueOf(roomA)).with(logins.as("admin")))
                .andExpect(content().string(containsString("筛选测试甲")))
                .andExpect(content().string(not(containsString("筛选测试乙"))));
        mvc.perform(get(CHILDREN)
                        .param("q", "筛选测试")
                        .param("guardianship", "ABANDONED")
                        .with(logins.as("auditor")))
                .andExpect(content().string(not(containsString("筛选测试甲"))));
        mvc.perform(get(CHILDREN)
                        .param("q", "筛选测试")
                        .param("disability", "PHYSICAL")
                        .param("guardianship", "ORPHAN")
                        .with(logins.as("zhiliao")))
                .andExpect(content().string(containsString("筛选测试乙")));
        mvc.perform(get(CHILDREN + "/export").param("q", "筛选测试").with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void aChildOfAnotherRegionIsNotFoundAndStaffWithoutThePermissionAreForbidden() throws Exception {
        long binchengHome = fixtures.institution(ChildFixtures.BINCHENG);
        long child = fixtures.child(binchengHome, ChildFixtures.BINCHENG, "滨城区测试儿童", today().minusYears(1));
        String zhanhuaStaff = logins.createAccount("cw-zh", "371603", "WELFARE_HOME");

        mvc.perform(get(CHILDREN + "/" + child).with(logins.as(zhanhuaStaff))).andExpect(status().isNotFound());
        mvc.perform(get(CHILDREN + "/" + child + "/medical-notes").with(logins.as(zhanhuaStaff)))
                .andExpect(status().isNotFound());
        mvc.perform(discharge(child, today().toString(), "被收养").with(logins.as(zhanhuaStaff)))
                .andExpect(status().isNotFound());
        mvc.perform(get(CHILDREN).param("q", "滨城区测试儿童").with(logins.as(zhanhuaStaff)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("滨城区测试儿童</a>"))))
                .andExpect(content().string(containsString("没有找到儿童档案")));
        mvc.perform(get(CHILDREN + "/" + child).with(logins.as("fuliyuan"))).andExpect(status().isOk());

        for (String user : List.of("bincheng", "pengli")) {
            mvc.perform(get(CHILDREN).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get(CHILDREN + "/" + child).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(admit(Map.of()).with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get(CHILDREN + "/new").with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(admit(Map.of()).with(logins.as("zhiliao"))).andExpect(status().isForbidden());
        assertThat(childrenOfHome()).isZero();
    }
}
