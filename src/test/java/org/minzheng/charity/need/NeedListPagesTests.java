package org.minzheng.charity.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Staff-entered needs, the list and its scope, against the real database. */
@IntegrationTest
@Transactional
class NeedListPagesTests {

    static final String NEEDS = "/console/charity/needs";
    static final String PENGLI = "371602005000";
    static final String LIZE = "371602012000";
    static final String FUCHENG = "371603001000";
    static final int YEAR = 2031;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    Map<String, String> valid(String township) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("township", township);
        form.put("category", "SERIOUS_ILLNESS");
        form.put("year", String.valueOf(YEAR));
        form.put("people", "12");
        form.put("neededYuan", "360000");
        form.put("coveredYuan", "210000");
        form.put("note", "两户尿毒症透析家庭");
        return form;
    }

    MockHttpServletRequestBuilder enter(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(NEEDS + "/entries").with(csrf());
        form.forEach(request::param);
        return request;
    }

    long entries() {
        return jdbc.sql("select count(*) from charity.need_entries where year = :y")
                .param("y", YEAR)
                .query(Long.class)
                .single();
    }

    @Test
    void townshipStaffEnterANeedAndTheGapIsWhatGovernmentLeaves() throws Exception {
        mvc.perform(enter(valid(PENGLI)).with(logins.as("pengli")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", NEEDS + "?year=" + YEAR));

        var row = jdbc.sql("""
                        select people, needed_fen, covered_fen, gap_fen, source, note, entered_by
                        from charity.need_entries where region_code = :t and year = :y
                        """).param("t", PENGLI).param("y", YEAR).query().singleRow();
        assertThat(row)
                .containsEntry("people", 12)
                .containsEntry("needed_fen", 36_000_000L)
                .containsEntry("covered_fen", 21_000_000L)
                .containsEntry("gap_fen", 15_000_000L)
                .containsEntry("source", "STAFF")
                .containsEntry("entered_by", "pengli");
        assertThat(jdbc.sql("select count(*) from audit.audit_entries where action = 'charity.need.enter'"
                                + " and region_code = :t")
                        .param("t", PENGLI)
                        .query(Long.class)
                        .single())
                .isPositive();

        mvc.perform(get(NEEDS).param("year", String.valueOf(YEAR)).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两户尿毒症透析家庭")))
                .andExpect(content().string(containsString("150000.00")));
    }

    @Test
    void enteringTheSameTownshipCategoryAndYearAgainReplacesTheFigures() throws Exception {
        mvc.perform(enter(valid(PENGLI)).with(logins.as("pengli"))).andExpect(status().is3xxRedirection());
        Map<String, String> again = valid(PENGLI);
        again.put("people", "15");
        mvc.perform(enter(again).with(logins.as("pengli"))).andExpect(status().is3xxRedirection());

        assertThat(entries()).isEqualTo(1);
        assertThat(jdbc.sql("select people from charity.need_entries where year = :y")
                        .param("y", YEAR)
                        .query(Integer.class)
                        .single())
                .isEqualTo(15);
    }

    @Test
    void badInputIsRefusedWithAChineseMessageAndNothingIsStored() throws Exception {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("请选择乡镇（街道）", with("township", ""));
        cases.put("请选择需要人工填报的类别", with("category", ""));
        cases.put("不能大于需求金额", with("coveredYuan", "400000"));
        cases.put("请填写金额（整数元，不能为负数）", with("neededYuan", "-5"));
        cases.put("请填写人数（0 或正整数）", with("people", ""));
        cases.put("请填写整数元金额，不带小数", with("neededYuan", "12.50"));
        cases.put("请填写人数", with("people", "abc"));
        cases.put("尖括号", with("note", "<script>alert(1)</script>"));
        cases.put("备注最多 200 字", with("note", "困".repeat(201)));
        cases.put("2000 至 2100", with("year", "1999"));
        for (var c : cases.entrySet()) {
            mvc.perform(enter(c.getValue()).with(logins.as("pengli")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c.getKey())));
        }
        // a category counted from the registry cannot be typed in
        mvc.perform(enter(with("category", "SCHOOL_CHILDREN")).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择需要人工填报的类别")));
        assertThat(entries()).isZero();
    }

    Map<String, String> with(String field, String value) {
        Map<String, String> form = valid(PENGLI);
        form.put(field, value);
        return form;
    }

    @Test
    void theGapIsNeverNegative() {
        jdbc.sql("""
                        insert into charity.need_entries
                            (region_code, category_code, year, source, people, needed_fen, covered_fen, entered_by)
                        values (:t, 'HOUSING_SAFETY', :y, 'STAFF', 3, 100000, 250000, 'test')
                        """).param("t", PENGLI).param("y", YEAR).update();
        assertThat(jdbc.sql("select gap_fen from charity.need_entries where year = :y")
                        .param("y", YEAR)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThatThrownBy(() -> jdbc.sql("update charity.need_entries set gap_fen = -1 where year = :y")
                        .param("y", YEAR)
                        .update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void staffSeeOnlyTheirOwnTownshipsAndOthersAreNotFound() throws Exception {
        insert(PENGLI, "CHILDREN_IN_DIFFICULTY", "彭李困境儿童测试");
        insert(LIZE, "CHILDREN_IN_DIFFICULTY", "里则困境儿童测试");
        insert(FUCHENG, "CHILDREN_IN_DIFFICULTY", "沾化困境儿童测试");
        String year = String.valueOf(YEAR);

        mvc.perform(get(NEEDS).param("year", year).with(logins.as("zhanhua")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("沾化困境儿童测试")))
                .andExpect(content().string(not(containsString("彭李困境儿童测试"))))
                .andExpect(content().string(not(containsString("里则困境儿童测试"))));
        mvc.perform(get(NEEDS).param("year", year).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("彭李困境儿童测试")))
                .andExpect(content().string(not(containsString("里则困境儿童测试"))))
                .andExpect(content().string(not(containsString("沾化困境儿童测试"))));
        mvc.perform(get(NEEDS).param("year", year).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("彭李困境儿童测试")))
                .andExpect(content().string(containsString("里则困境儿童测试")))
                .andExpect(content().string(not(containsString("沾化困境儿童测试"))));

        mvc.perform(get(NEEDS).param("township", PENGLI).with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get(NEEDS).param("township", LIZE).with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(get(NEEDS + "/export").param("township", LIZE).with(logins.as("pengli")))
                .andExpect(status().isNotFound());
        mvc.perform(enter(valid(LIZE)).with(logins.as("pengli"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from charity.need_entries where year = :y and source = 'STAFF'"
                                + " and category_code = 'SERIOUS_ILLNESS'")
                        .param("y", YEAR)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theCategoryDrillListsTownshipsLargestGapFirstAndExports() throws Exception {
        insert(PENGLI, "LEFT_BEHIND_ELDERLY", "彭李留守老人");
        jdbc.sql("""
                        insert into charity.need_entries
                            (region_code, category_code, year, source, people, needed_fen, covered_fen, note, entered_by)
                        values (:t, 'LEFT_BEHIND_ELDERLY', :y, 'STAFF', 9, 900000, 100000, '里则留守老人', 'test')
                        """).param("t", LIZE).param("y", YEAR).update();

        String page = mvc.perform(get(NEEDS)
                        .param("year", String.valueOf(YEAR))
                        .param("category", "LEFT_BEHIND_ELDERLY")
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("里则留守老人")).isPositive().isLessThan(page.indexOf("彭李留守老人"));

        mvc.perform(get(NEEDS + "/export").param("year", String.valueOf(YEAR)).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void aVillageAssistantHasNoAccessAndTheAuditorCannotChangeAnything() throws Exception {
        mvc.perform(get(NEEDS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(NEEDS + "/export").with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(enter(valid(PENGLI)).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(post(NEEDS + "/recount").with(csrf()).with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
        mvc.perform(get(NEEDS).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"need-form\""))));
        mvc.perform(enter(valid(PENGLI)).with(logins.as("auditor"))).andExpect(status().isForbidden());
        assertThat(entries()).isZero();
    }

    void insert(String township, String category, String note) {
        jdbc.sql("""
                        insert into charity.need_entries
                            (region_code, category_code, year, source, people, needed_fen, covered_fen, note, entered_by)
                        values (:t, :c, :y, 'STAFF', 4, 400000, 100000, :note, 'test')
                        """)
                .param("t", township)
                .param("c", category)
                .param("y", YEAR)
                .param("note", note)
                .update();
    }
}
