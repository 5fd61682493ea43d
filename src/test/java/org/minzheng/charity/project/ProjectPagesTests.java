package org.minzheng.charity.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.Households;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Charity projects, their status and beneficiaries against the real database; every test rolls back. */
@IntegrationTest
@Transactional
class ProjectPagesTests {

    static final String PROJECTS = "/console/charity/projects";
    static final RegionCode PENGLI_COMMUNITY = RegionCode.of("371602005001");
    /** Valid per GB 32100: the check character of the first 17 characters. */
    static final String CREDIT_CODE =
            "91371600MA3C000000".substring(0, 17) + org.minzheng.shared.CreditCode.checkChar("91371600MA3C00000");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Households households;

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    Map<String, String> valid(String name, String... needs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("goal", "为低保家庭在校学生提供学习用品和交通补助");
        form.put("budgetYuan", "120000.50");
        form.put("targetBeneficiaries", "40");
        form.put("organisation", "滨州测试慈善会" + unique);
        form.put("creditCode", "");
        form.put("contact", "王老师 0543-1234567");
        form.put("startsOn", "2031-03-01");
        form.put("endsOn", "2031-12-31");
        form.put("needs", String.join(",", needs.length == 0 ? new String[] {"SCHOOL_CHILDREN"} : needs));
        return form;
    }

    MockHttpServletRequestBuilder submit(String url, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        form.forEach((k, v) -> {
            if (k.equals("needs")) {
                for (String need : v.split(",")) {
                    if (!need.isBlank()) {
                        request.param(k, need);
                    }
                }
            } else {
                request.param(k, v);
            }
        });
        return request;
    }

    long create(String user, String name, String... needs) throws Exception {
        mvc.perform(submit(PROJECTS, valid(name, needs)).with(logins.as(user))).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from charity.projects where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    long household(RegionCode village) {
        String first17 = String.format(
                "371625%04d%02d%02d%03d",
                1950 + ThreadLocalRandom.current().nextInt(50),
                1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28),
                ThreadLocalRandom.current().nextInt(1000));
        String id = first17 + IdNumber.checkChar(first17);
        return households
                .register(new NewHousehold(
                        village,
                        "慈善项目测试路1号",
                        HukouType.RURAL,
                        Set.of(HouseholdCategory.DIBAO),
                        List.of(new NewPerson(
                                "项目测试户主", IdNumber.parse(id), "02", null, null, null, WorkAbility.FULL, true)),
                        false))
                .value();
    }

    MockHttpServletRequestBuilder add(long project, long household, String need, String reason) {
        return post(PROJECTS + "/" + project + "/beneficiaries")
                .with(csrf())
                .param("householdId", String.valueOf(household))
                .param("category", need)
                .param("reason", reason);
    }

    void advance(long project, String to) throws Exception {
        mvc.perform(post(PROJECTS + "/" + project + "/status")
                        .with(csrf())
                        .param("to", to)
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashSuccess"));
    }

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            statement = statement.param(i + 1, params[i]);
        }
        return statement.query(Long.class).single();
    }

    @Test
    void countyStaffRegisterAProjectOfTheirCountyAndItIsAudited() throws Exception {
        Map<String, String> form = valid("助学项目" + unique, "SCHOOL_CHILDREN", "CHILDREN_IN_DIFFICULTY");
        form.put("creditCode", CREDIT_CODE.toLowerCase());
        mvc.perform(submit(PROJECTS, form).with(logins.as("bincheng"))).andExpect(status().is3xxRedirection());

        var row = jdbc.sql("""
                        select p.region_code, p.budget_fen, p.status, p.created_by, o.credit_code,
                               (select count(*) from charity.project_needs n where n.project_id = p.id) as needs
                        from charity.projects p join charity.organisations o on o.id = p.organisation_id
                        where p.name = :n
                        """).param("n", "助学项目" + unique).query().singleRow();
        assertThat(row)
                .containsEntry("region_code", "371602000000")
                .containsEntry("budget_fen", 12_000_050L)
                .containsEntry("status", "PROPOSED")
                .containsEntry("created_by", "bincheng")
                .containsEntry("credit_code", CREDIT_CODE)
                .containsEntry("needs", 2L);
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.project.create'"
                                + " and detail like ?",
                        "助学项目" + unique + "%"))
                .isEqualTo(1);

        mvc.perform(get(PROJECTS).param("q", unique).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("助学项目" + unique)))
                .andExpect(content().string(containsString("120000.50")));
        mvc.perform(get(PROJECTS + "/export").param("q", unique).with(logins.as("auditor")))
                .andExpect(status().isOk());
    }

    @Test
    void badInputIsRefusedWithAChineseMessageAndNothingIsStored() throws Exception {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("请填写项目名称", with("name", " "));
        cases.put("项目名称最多 100 字", with("name", "项".repeat(101)));
        cases.put("请填写项目目标", with("goal", ""));
        cases.put("请填写大于 0 的预算金额", with("budgetYuan", "十万"));
        cases.put("请填写大于 0 的预算金额", with("budgetYuan", "0"));
        cases.put("统一社会信用代码不正确", with("creditCode", "91371600MA3C000001X"));
        cases.put("结束日期不能早于开始日期", with("endsOn", "2031-01-01"));
        cases.put("请至少选择一项急难愁盼清单中的需求", with("needs", ""));
        cases.put("请按 年-月-日 填写开始日期", with("startsOn", "明天"));
        cases.put("目标受益户数", with("targetBeneficiaries", "0"));
        for (var c : cases.entrySet()) {
            mvc.perform(submit(PROJECTS, c.getValue()).with(logins.as("bincheng")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c.getKey())));
        }
        mvc.perform(submit(PROJECTS, with("goal", "<script>alert(1)</script>")).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(submit(PROJECTS, with("needs", "NO_SUCH_NEED")).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请至少选择一项")));

        assertThat(count("select count(*) from charity.projects where name like ?", "%" + unique + "%"))
                .isZero();
        assertThat(count("select count(*) from charity.organisations where name like ?", "%" + unique))
                .isZero();
    }

    Map<String, String> with(String field, String value) {
        Map<String, String> form = valid("坏输入" + unique);
        form.put(field, value);
        return form;
    }

    @Test
    void aHouseholdInAnotherOpenProjectForTheSameNeedNeedsAReason() throws Exception {
        long first = create("bincheng", "甲" + unique);
        long second = create("bincheng", "乙" + unique);
        long household = household(PENGLI_COMMUNITY);

        mvc.perform(add(first, household, "SCHOOL_CHILDREN", "").with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(add(second, household, "SCHOOL_CHILDREN", " ").with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("重复受益须填写理由")))
                .andExpect(flash().attribute("flashError", containsString("甲" + unique)));
        assertThat(count("select count(*) from charity.beneficiaries where project_id = ?", second))
                .isZero();

        mvc.perform(add(second, household, "SCHOOL_CHILDREN", "甲项目只资助学费，本项目资助交通")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(jdbc.sql("select reason from charity.beneficiaries where project_id = :p")
                        .param("p", second)
                        .query(String.class)
                        .single())
                .isEqualTo("甲项目只资助学费，本项目资助交通");
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.project.beneficiary.add'"
                                + " and target_id = ?",
                        String.valueOf(second)))
                .isEqualTo(1);

        mvc.perform(add(second, household, "SCHOOL_CHILDREN", "再来").with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("已是本项目的受益家庭")));

        mvc.perform(get(PROJECTS + "/" + second).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("项*")))
                .andExpect(content().string(not(containsString("项目测试户主"))));
    }

    @Test
    void aDifferentNeedOrAClosedProjectDoesNotCountTwice() throws Exception {
        long schooling = create("bincheng", "助学" + unique, "SCHOOL_CHILDREN");
        long illness = create("bincheng", "大病" + unique, "SERIOUS_ILLNESS");
        long later = create("bincheng", "续助学" + unique, "SCHOOL_CHILDREN");
        long household = household(PENGLI_COMMUNITY);

        mvc.perform(add(schooling, household, "SCHOOL_CHILDREN", "").with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(add(illness, household, "SERIOUS_ILLNESS", "").with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(add(illness, household(PENGLI_COMMUNITY), "SCHOOL_CHILDREN", "")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("请选择本项目回应的需求")));

        advance(schooling, "FUNDRAISING");
        advance(schooling, "RUNNING");
        advance(schooling, "CLOSED");
        mvc.perform(add(later, household, "SCHOOL_CHILDREN", "").with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(jdbc.sql("select reason from charity.beneficiaries where project_id = :p")
                        .param("p", later)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void statusMovesForwardOneStepAndAClosedProjectIsFrozen() throws Exception {
        long project = create("bincheng", "状态" + unique);
        long household = household(PENGLI_COMMUNITY);
        mvc.perform(add(project, household, "SCHOOL_CHILDREN", "").with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));

        mvc.perform(post(PROJECTS + "/" + project + "/status")
                        .with(csrf())
                        .param("to", "RUNNING")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("逐步变更")));
        advance(project, "FUNDRAISING");
        advance(project, "RUNNING");
        advance(project, "CLOSED");
        assertThat(jdbc.sql("select status from charity.projects where id = :p")
                        .param("p", project)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.project.status'"
                                + " and target_id = ?",
                        String.valueOf(project)))
                .isEqualTo(3);

        long beneficiary = jdbc.sql("select id from charity.beneficiaries where project_id = :p")
                .param("p", project)
                .query(Long.class)
                .single();
        mvc.perform(post(PROJECTS + "/" + project + "/beneficiaries/" + beneficiary + "/remove")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("已结项")));
        mvc.perform(add(project, household(PENGLI_COMMUNITY), "SCHOOL_CHILDREN", "")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("已结项")));
        mvc.perform(get(PROJECTS + "/" + project + "/edit").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from charity.beneficiaries where project_id = ?", project))
                .isEqualTo(1);
    }

    @Test
    void beneficiariesAreRemovedBeforeClosingAndAudited() throws Exception {
        long project = create("bincheng", "移除" + unique);
        mvc.perform(add(project, household(PENGLI_COMMUNITY), "SCHOOL_CHILDREN", "")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        long beneficiary = jdbc.sql("select id from charity.beneficiaries where project_id = :p")
                .param("p", project)
                .query(Long.class)
                .single();
        mvc.perform(post(PROJECTS + "/" + project + "/beneficiaries/" + beneficiary + "/remove")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(count("select count(*) from charity.beneficiaries where project_id = ?", project))
                .isZero();
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.project.beneficiary.remove'"
                                + " and target_id = ?",
                        String.valueOf(project)))
                .isEqualTo(1);
    }

    @Test
    void otherCountiesSeeNothingAndHouseholdsOutsideTheScopeCannotBeAdded() throws Exception {
        long project = create("bincheng", "范围" + unique);
        long theirs = create("zhanhua", "沾化" + unique);
        long bincheng = household(PENGLI_COMMUNITY);

        mvc.perform(get(PROJECTS + "/" + project).with(logins.as("zhanhua"))).andExpect(status().isNotFound());
        mvc.perform(get(PROJECTS).param("q", unique).with(logins.as("zhanhua")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("范围" + unique))));
        mvc.perform(add(project, bincheng, "SCHOOL_CHILDREN", "").with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(add(theirs, bincheng, "SCHOOL_CHILDREN", "").with(logins.as("zhanhua")))
                .andExpect(flash().attribute("flashError", containsString("没有找到")));
        assertThat(count("select count(*) from charity.beneficiaries where household_id = ?", bincheng))
                .isZero();
        mvc.perform(get(PROJECTS + "/" + theirs).with(logins.as("bincheng"))).andExpect(status().isNotFound());

        mvc.perform(get(PROJECTS).param("q", unique).with(logins.as("admin")))
                .andExpect(content().string(containsString("范围" + unique)));
        mvc.perform(get(PROJECTS + "/" + project).with(logins.as("pengli"))).andExpect(status().isOk());
    }

    @Test
    void rolesWithoutTheRightPermissionAreRefused() throws Exception {
        long project = create("bincheng", "角色" + unique);
        mvc.perform(get(PROJECTS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(PROJECTS + "/new").with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(submit(PROJECTS, valid("越权" + unique)).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(post(PROJECTS + "/" + project + "/status")
                        .with(csrf())
                        .param("to", "FUNDRAISING")
                        .with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from charity.projects where name = ?", "越权" + unique))
                .isZero();
        assertThat(jdbc.sql("select status from charity.projects where id = :p")
                        .param("p", project)
                        .query(String.class)
                        .single())
                .isEqualTo("PROPOSED");
    }

    @Test
    void editingKeepsTheRegionAndANeedWithHouseholdsCannotBeDropped() throws Exception {
        long project = create("bincheng", "编辑" + unique, "SCHOOL_CHILDREN", "SERIOUS_ILLNESS");
        mvc.perform(add(project, household(PENGLI_COMMUNITY), "SCHOOL_CHILDREN", "")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));

        Map<String, String> dropped = valid("编辑" + unique, "SERIOUS_ILLNESS");
        mvc.perform(submit(PROJECTS + "/" + project, dropped).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有受益家庭的需求不能取消")));

        Map<String, String> changed = valid("编辑后" + unique, "SCHOOL_CHILDREN");
        changed.put("budgetYuan", "80000");
        mvc.perform(submit(PROJECTS + "/" + project, changed).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("""
                        select name, budget_fen, region_code,
                               (select count(*) from charity.project_needs n where n.project_id = p.id) as needs
                        from charity.projects p where id = :p
                        """).param("p", project).query().singleRow();
        assertThat(row)
                .containsEntry("name", "编辑后" + unique)
                .containsEntry("budget_fen", 8_000_000L)
                .containsEntry("region_code", "371602000000")
                .containsEntry("needs", 1L);
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.project.update'"
                                + " and target_id = ?",
                        String.valueOf(project)))
                .isEqualTo(1);
        mvc.perform(get(PROJECTS + "/" + project + "/edit").with(logins.as("admin")))
                .andExpect(status().isOk());
        mvc.perform(get(PROJECTS + "/" + project + "/edit").with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
    }
}
