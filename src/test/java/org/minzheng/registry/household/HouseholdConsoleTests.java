package org.minzheng.registry.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.registry.household.HouseholdFixtures.LIZE_VILLAGE;
import static org.minzheng.registry.household.HouseholdFixtures.aCoupleIn;
import static org.minzheng.registry.household.HouseholdFixtures.freshIdNumber;
import static org.minzheng.registry.household.HouseholdFixtures.withWrongCheckDigit;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Households;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The household pages: data scope, permissions, search, export, the registration form and its bad input. */
@IntegrationTest
@Transactional
class HouseholdConsoleTests {

    static final String BASE = "/console/registry/households";
    static final DataScope CITY = new DataScope(RegionCode.of("371600000000"));

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    Households households;

    @Autowired
    JdbcClient jdbc;

    @Test
    void townshipReviewerListsOnlyHouseholdsOfTheOwnTownship() throws Exception {
        mvc.perform(get(BASE).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("371602012")))
                .andExpect(content().string(not(containsString(">371602005"))))
                .andExpect(content().string(containsString("演示")));
        mvc.perform(get(BASE).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">371602005")))
                .andExpect(content().string(not(containsString(">371602012"))));
    }

    @Test
    void anotherTownshipGetsNotFoundForAHouseholdByUrl() throws Exception {
        long lizeHousehold = demoHouseholdIn("371602012");

        mvc.perform(get(BASE + "/" + lizeHousehold).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + lizeHousehold).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("********")));
        mvc.perform(post(BASE + "/" + lizeHousehold + "/persons/1/reveal")
                        .with(csrf())
                        .with(logins.as("pengli")))
                .andExpect(status().isNotFound());
    }

    @Test
    void auditorMayLookButNotRegisterOrReveal() throws Exception {
        long household = demoHouseholdIn("371602012");
        mvc.perform(get(BASE).with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(get(BASE + "/new").with(logins.as("auditor"))).andExpect(status().isForbidden());
        long before = householdCount();
        mvc.perform(validForm(freshIdNumber()).with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + household + "/categories")
                        .param("version", "0")
                        .param("reason", "x")
                        .with(csrf())
                        .with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        assertThat(householdCount()).isEqualTo(before);
    }

    @Test
    void villageAssistantRegistersButMayNotRevealIdNumbers() throws Exception {
        long household = demoHouseholdIn("371602012");
        long person = firstPersonOf(household);

        mvc.perform(get(BASE + "/new").with(logins.as("cunwei"))).andExpect(status().isOk());
        mvc.perform(post(BASE + "/" + household + "/persons/" + person + "/reveal")
                        .with(csrf())
                        .with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
    }

    @Test
    void revealShowsTheFullNumberAndWritesAnAuditEntry() throws Exception {
        String headId = freshIdNumber();
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, headId, freshIdNumber()));
        long head = households.find(id, CITY).orElseThrow().head().id();

        mvc.perform(get(BASE + "/" + id.value()).with(logins.as("lize")))
                .andExpect(content().string(not(containsString(headId))));
        mvc.perform(post(BASE + "/" + id.value() + "/persons/" + head + "/reveal")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(headId)));

        assertThat(jdbc.sql(
                                "select actor_username from audit.audit_entries where action = 'pii.reveal.id-number' and target_id = :id")
                        .param("id", Long.toString(head))
                        .query(String.class)
                        .list())
                .containsExactly("lize");
    }

    @Test
    void searchesByHouseholdNumberExactIdNumberAndVillageName() throws Exception {
        String spouseId = freshIdNumber();
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), spouseId));
        String number = households.find(id, CITY).orElseThrow().number();

        mvc.perform(get(BASE).param("q", number).with(logins.as("lize")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("共 1 条")));
        mvc.perform(get(BASE).param("q", spouseId).with(logins.as("lize")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("共 1 条")));
        mvc.perform(get(BASE).param("q", spouseId).with(logins.as("pengli")))
                .andExpect(content().string(not(containsString(number))));
        mvc.perform(get(BASE).param("q", "里则街村").with(logins.as("lize")))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get(BASE).param("q", "测试户主").with(logins.as("lize")))
                .andExpect(content().string(containsString(number)));
    }

    @Test
    void findsHeadsByAnyPartOfTheirNameInOrderAndHouseholdsByPartOfTheNumber() throws Exception {
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        String number = households.find(id, CITY).orElseThrow().number();

        for (String part : List.of("试户", "户主", "主", number.substring(number.length() - 6))) {
            mvc.perform(get(BASE).param("q", part).with(logins.as("lize")))
                    .andExpect(content().string(containsString(number)));
        }
        // the characters of the head's name, but not in its order; the spouse is no head
        for (String other : List.of("户试", "主测", "测试配偶")) {
            mvc.perform(get(BASE).param("q", other).with(logins.as("lize")))
                    .andExpect(content().string(not(containsString(number))));
        }
    }

    @Test
    void aCountyChoosesATownshipBeforeItsVillages() throws Exception {
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        String number = households.find(id, CITY).orElseThrow().number();

        mvc.perform(get(BASE).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("id=\"township\"")))
                .andExpect(content().string(containsString("先选乡镇（街道）并查询，再选村居")))
                .andExpect(content().string(not(containsString("value=\"" + LIZE_VILLAGE.value() + "\""))));
        mvc.perform(get(BASE).param("township", "371602012000").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("value=\"" + LIZE_VILLAGE.value() + "\"")))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get(BASE).param("township", "371602005000").with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString(number))));
        // a village left over from another township is dropped, not combined into an empty list
        mvc.perform(get(BASE)
                        .param("township", "371602012000")
                        .param("village", "371602005001")
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString(number)));
        // a township-level reviewer has no township to choose; another township's code leaves the list its own
        mvc.perform(get(BASE).with(logins.as("lize")))
                .andExpect(content().string(not(containsString("id=\"township\""))))
                .andExpect(content().string(containsString("value=\"" + LIZE_VILLAGE.value() + "\"")));
        mvc.perform(get(BASE).param("township", "371602005000").with(logins.as("lize")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(not(containsString("township=371602005000"))))
                .andExpect(content().string(not(containsString(">371602005"))));
    }

    @Test
    void filtersByCategoryAndVillage() throws Exception {
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        String number = households.find(id, CITY).orElseThrow().number();

        mvc.perform(get(BASE)
                        .param("category", "dibao")
                        .param("village", LIZE_VILLAGE.value())
                        .with(logins.as("lize")))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get(BASE)
                        .param("category", "tekun")
                        .param("village", LIZE_VILLAGE.value())
                        .with(logins.as("lize")))
                .andExpect(content().string(not(containsString(number))));
        mvc.perform(get(BASE).param("village", "371602012202").with(logins.as("lize")))
                .andExpect(content().string(not(containsString(number))));
    }

    @Test
    void exportsTheFilteredListWithMaskedIdNumbers() throws Exception {
        String headId = freshIdNumber();
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, headId, freshIdNumber()));
        String number = households.find(id, CITY).orElseThrow().number();

        byte[] xlsx = mvc.perform(get(BASE + "/export").param("q", number).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).startsWith("户编号", "村（社区）", "户主", "身份证号");
        assertThat(rows.get(1))
                .containsEntry(0, number)
                .containsEntry(2, "测试户主")
                .containsEntry(3, headId.substring(0, 6) + "********" + headId.substring(14))
                .containsEntry(5, "低保");
    }

    @Test
    void theExportWithFullIdNumbersIsForThoseWhoMayRevealThemAndIsAudited() throws Exception {
        String headId = freshIdNumber();
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, headId, freshIdNumber()));
        String number = households.find(id, CITY).orElseThrow().number();

        mvc.perform(get(BASE + "/export")
                        .param("q", number)
                        .param("full", "true")
                        .with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE).with(logins.as("cunwei")))
                .andExpect(content().string(not(containsString("export-full"))));
        byte[] xlsx = mvc.perform(get(BASE + "/export")
                        .param("q", number)
                        .param("full", "true")
                        .with(logins.as("lize")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
        assertThat(rows.get(1)).containsEntry(0, number).containsEntry(3, headId);
        assertThat(jdbc.sql("select count(*) from audit.audit_entries where action = 'pii.reveal.id-number-export'"
                                + " and actor_username = 'lize'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void theHouseholdPageShowsItsHistoryFromTheAuditLog() throws Exception {
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        mvc.perform(categories(id, 0, "经复核转为特困供养").with(logins.as("lize"))).andExpect(status().is3xxRedirection());

        mvc.perform(get(BASE + "/" + id.value()).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("变更记录")))
                .andExpect(content().string(containsString("调整低收入类别")))
                .andExpect(content().string(containsString("经复核转为特困供养")))
                .andExpect(content().string(containsString("登记家庭")));
    }

    @Test
    void aChangeOfCategoryEndsOnePeriodAndStartsAnother() throws Exception {
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        mvc.perform(categories(id, 0, "转为特困").with(logins.as("lize"))).andExpect(status().is3xxRedirection());

        List<String> periods = jdbc.sql("select category || ' ' || (ended_on is null) from registry.category_periods"
                        + " where household_id = ? order by category")
                .param(id.value())
                .query(String.class)
                .list();
        assertThat(periods).containsExactly("dibao false", "tekun true");
        mvc.perform(get(BASE + "/" + id.value()).with(logins.as("lize")))
                .andExpect(content().string(containsString("类别记录")))
                .andExpect(content().string(containsString("至今")));
    }

    @Test
    void registersAValidHouseholdFromTheForm() throws Exception {
        String headId = freshIdNumber();
        long before = householdCount();

        mvc.perform(validForm(headId).with(logins.as("lize")))
                .andExpect(redirectedUrlPattern(BASE + "/*"))
                .andExpect(flash().attribute("flashSuccess", "家庭已登记。"));

        assertThat(householdCount()).isEqualTo(before + 1);
        HouseholdDetails stored = households
                .find(
                        households
                                .findByIdNumber(org.minzheng.shared.IdNumber.parse(headId), CITY)
                                .orElseThrow()
                                .id(),
                        CITY)
                .orElseThrow();
        assertThat(stored.members()).hasSize(2);
        assertThat(stored.address()).isEqualTo("里则街村幸福路8号");
    }

    @Test
    void refusesAnIdNumberWithAWrongCheckDigitAndStoresNothing() throws Exception {
        long before = householdCount();
        mvc.perform(validForm(withWrongCheckDigit(freshIdNumber())).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号码校验位不正确")));
        assertThat(householdCount()).isEqualTo(before);
    }

    @Test
    void refusesAnAlreadyRegisteredPersonAndStoresNothing() throws Exception {
        String headId = freshIdNumber();
        households.register(aCoupleIn(LIZE_VILLAGE, headId, freshIdNumber()));
        long before = householdCount();

        mvc.perform(validForm(freshIdNumber(), "members[0].idNumber", headId).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此人已登记在其他家庭中")));
        assertThat(householdCount()).isEqualTo(before);
    }

    @Test
    void refusesAMissingHeadScriptTagsAndAVillageOutsideTheScope() throws Exception {
        long before = householdCount();

        mvc.perform(validForm(freshIdNumber(), "head.name", "").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写姓名")));
        mvc.perform(validForm("").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写公民身份号码")));
        mvc.perform(validForm(freshIdNumber(), "address", "<script>alert(1)</script>")
                        .with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(validForm(freshIdNumber(), "head.name", "<b>x</b>").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        mvc.perform(validForm(freshIdNumber(), "villageCode", "371602005001").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本辖区内的村（社区）")));
        mvc.perform(validForm(freshIdNumber(), "address", "长".repeat(201)).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));

        assertThat(householdCount()).isEqualTo(before);
    }

    @Test
    void aStaleCategoryChangeIsRefusedWithAMessage() throws Exception {
        HouseholdId id = households.register(aCoupleIn(LIZE_VILLAGE, freshIdNumber(), freshIdNumber()));
        long version = households.find(id, CITY).orElseThrow().version();

        mvc.perform(categories(id, version, "tekun审批").with(logins.as("lize")))
                .andExpect(flash().attribute("flashSuccess", "家庭类别已更新。"));
        mvc.perform(categories(id, version, "基于旧页面").with(logins.as("lize")))
                .andExpect(flash().attribute("flashError", "该家庭刚被他人修改过，请查看最新内容后重新调整。"));
        mvc.perform(categories(id, version + 1, "").with(logins.as("lize")))
                .andExpect(flash().attribute("flashError", containsString("请填写调整原因")));

        assertThat(households.find(id, CITY).orElseThrow().categories())
                .extracting(Enum::name)
                .containsExactly("TEKUN");
    }

    private MockHttpServletRequestBuilder categories(HouseholdId id, long version, String reason) {
        return post(BASE + "/" + id.value() + "/categories")
                .param("version", Long.toString(version))
                .param("categories", "TEKUN")
                .param("reason", reason)
                .with(csrf());
    }

    private static MockHttpServletRequestBuilder validForm(String headId, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("villageCode", LIZE_VILLAGE.value());
        fields.put("address", "里则街村幸福路8号");
        fields.put("hukouType", "RURAL");
        fields.put("categories", "DIBAO");
        fields.put("head.name", "表单户主");
        fields.put("head.idNumber", headId);
        fields.put("head.workAbility", "PARTIAL");
        fields.put("members[0].name", "表单配偶");
        fields.put("members[0].idNumber", freshIdNumber());
        fields.put("members[0].relationship", "10");
        fields.put("members[0].workAbility", "FULL");
        fields.put("members[1].name", "");
        fields.put("members[1].idNumber", "");
        fields.put("members[1].relationship", "");
        fields.put("members[1].workAbility", "FULL");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(BASE).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long householdCount() {
        return jdbc.sql("select count(*) from registry.households")
                .query(Long.class)
                .single();
    }

    private long demoHouseholdIn(String township) {
        return jdbc.sql("select min(id) from registry.households where demo and region_code like :t || '%'")
                .param("t", township)
                .query(Long.class)
                .single();
    }

    private long firstPersonOf(long household) {
        return jdbc.sql("select min(id) from registry.persons where household_id = :h")
                .param("h", household)
                .query(Long.class)
                .single();
    }
}
