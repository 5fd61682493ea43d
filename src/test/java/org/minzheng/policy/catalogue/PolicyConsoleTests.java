package org.minzheng.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.policy.PolicyCategory;
import org.minzheng.policy.TargetGroup;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue list: search, filters, sort, pages, Excel, the printed compilation, and who sees what. */
@IntegrationTest
@Transactional
class PolicyConsoleTests {

    static final String BASE = "/console/policy/policies";
    static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PolicyRepository repository;

    PolicyFixtures fixtures;
    String word;
    String elderly;
    String medical;
    String retired;

    /** Three policies sharing a word: one about the elderly, one medical by the health commission, one retired. */
    @BeforeEach
    void threePolicies() {
        fixtures = new PolicyFixtures(repository, jdbc);
        word = PolicyFixtures.uniqueWord();
        elderly = PolicyFixtures.uniqueCode();
        fixtures.aPolicy(elderly, "civil-affairs", PolicyFixtures.content("B" + word + "养老"));
        medical = PolicyFixtures.uniqueCode();
        var base = PolicyFixtures.content("A" + word);
        fixtures.aPolicy(
                medical,
                "health",
                new PolicyContent(
                        base.name(),
                        PolicyCategory.MEDICAL,
                        TargetGroup.PERSON,
                        "患慢性病的居民。",
                        base.standard(),
                        base.howToApply(),
                        base.whereToApply(),
                        "12320",
                        base.legalBasis(),
                        base.effectiveFrom(),
                        null,
                        null));
        retired = PolicyFixtures.uniqueCode();
        long retiredId = fixtures.aPolicy(retired, "civil-affairs", PolicyFixtures.content("C" + word));
        repository.retire(retiredId, LocalDate.now(), "测试停用", "test");
    }

    @Test
    void theListShowsTheDemoCatalogueInPagesOfTwenty() throws Exception {
        Document page = list("?sort=code&dir=asc", "admin");

        assertThat(page.select("#policies tbody tr")).hasSize(20);
        assertThat(total(page)).isGreaterThanOrEqualTo(59);
        assertThat(page.select(".pager a").eachText()).contains("2", "下一页");
        assertThat(page.select("#new-policy")).hasSize(1);
        Element dibao = page.selectFirst("#policies tr[data-code=CZ-01]");
        assertThat(dibao).isNotNull();
        assertThat(dibao.text()).contains("惠民惠农财政补贴资金“一卡通”", "财政局", "其他", "现行有效", "部门认定", "演示");
    }

    @Test
    void searchFindsCodeNameConditionsAndDepartment() throws Exception {
        assertThat(codes(list("?q=" + word, "admin"))).containsExactlyInAnyOrder(elderly, medical, retired);
        assertThat(codes(list("?q=" + elderly.toLowerCase(), "admin"))).containsExactly(elderly);
        assertThat(codes(list("?q=" + "患慢性病的居民", "admin"))).contains(medical).doesNotContain(elderly);
        assertThat(codes(list("?q=" + "卫生健康", "admin")))
                .contains(medical, "WJ-01")
                .doesNotContain("MZ-01");
        assertThat(list("?q=" + PolicyFixtures.uniqueWord(), "admin")
                        .select(".empty")
                        .text())
                .startsWith("没有符合条件的政策");
    }

    @Test
    void filtersNarrowByDepartmentCategoryTargetGroupAndStatus() throws Exception {
        String q = "?q=" + word;
        assertThat(codes(list(q + "&department=health", "admin"))).containsExactly(medical);
        assertThat(codes(list(q + "&category=ELDERLY", "admin"))).containsExactlyInAnyOrder(elderly, retired);
        assertThat(codes(list(q + "&target=PERSON", "admin"))).containsExactly(medical);
        assertThat(codes(list(q + "&status=in-force", "admin"))).containsExactlyInAnyOrder(elderly, medical);
        assertThat(codes(list(q + "&status=retired", "admin"))).containsExactly(retired);
        assertThat(codes(list(q + "&status=not-in-force", "admin"))).isEmpty();
        Document retiredRow = list(q + "&status=retired", "admin");
        assertThat(retiredRow.select("#policies tbody td .badge.bad").text()).isEqualTo("已停用");
        assertThat(codes(list("?department=civil-affairs&status=in-force", "admin")))
                .contains("MZ-01", "MZ-20")
                .doesNotContain("RS-01", retired);
    }

    @Test
    void sortsByNameDepartmentAndUpdateTime() throws Exception {
        String q = "?q=" + word;
        assertThat(codes(list(q + "&sort=name&dir=asc", "admin"))).containsExactly(medical, elderly, retired);
        assertThat(codes(list(q + "&sort=name&dir=desc", "admin"))).containsExactly(retired, elderly, medical);
        assertThat(codes(list(q + "&sort=department&dir=desc", "admin")).get(0)).isEqualTo(medical);
        // one test transaction gives every row the same now(): spread the edits over the morning
        stampChange(elderly, "08:00");
        stampChange(medical, "09:00");
        stampChange(retired, "10:00");
        assertThat(codes(list(q + "&sort=updated&dir=desc", "admin"))).containsExactly(retired, medical, elderly);
        assertThat(codes(list(q + "&sort=dropTable&dir=sideways", "admin"))).hasSize(3);
    }

    private void stampChange(String code, String time) {
        jdbc.update(
                "update policy.policy_versions set changed_at = date '2026-11-30' + cast(? as time)"
                        + " where policy_id = (select id from policy.policies where code = ?)",
                time,
                code);
    }

    @Test
    void everyRoleSeesTheSameCityWideCatalogue() throws Exception {
        int forAdmin = total(list("", "admin"));
        for (String user : new String[] {"pengli", "lize", "zhanhua", "cunwei", "auditor"}) {
            Document page = list("", user);
            assertThat(total(page)).as(user).isEqualTo(forAdmin);
            assertThat(page.select("#new-policy")).as(user).isEmpty();
        }
        assertThat(codes(list("?q=" + word, "cunwei"))).containsExactlyInAnyOrder(elderly, medical, retired);
    }

    @Test
    void theMenuOffersTheCatalogueUnderPolicyServices() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/console").with(logins.as("cunwei")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        Element section = home.selectFirst("nav.sidebar section:has(a[href='" + BASE + "'])");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("政策服务");
        assertThat(section.selectFirst("a[href='" + BASE + "']").text()).isEqualTo("政策目录");
    }

    @Test
    void visitorsWhoAreNotSignedInAreSentToTheSignIn() throws Exception {
        mvc.perform(get(BASE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(BASE + "/compilation")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theExportHoldsEveryFieldOfTheFilteredPolicies() throws Exception {
        byte[] xlsx = mvc.perform(
                        get(BASE + "/export?q=" + word + "&status=in-force").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).values())
                .containsExactly(
                        "编码", "政策名称", "责任部门", "类别", "救助对象", "申请条件", "救助标准", "办理流程", "受理地点", "咨询电话", "政策依据", "生效日期",
                        "截止日期", "资格规则", "状态", "停用日期", "停用原因", "版本", "修改人", "修改时间", "演示数据");
        Map<Integer, String> first = rows.get(1);
        assertThat(first)
                .containsEntry(0, elderly)
                .containsEntry(1, "B" + word + "养老")
                .containsEntry(2, "民政局")
                .containsEntry(3, "养老")
                .containsEntry(4, "老年人")
                .containsEntry(5, "年满60周岁的老年人。")
                .containsEntry(9, "0543-3186123")
                .containsEntry(11, "2020-01-01")
                .containsEntry(13, "person.age >= 60")
                .containsEntry(14, "现行有效")
                .containsEntry(17, "1")
                .containsEntry(18, "test");
        assertThat(rows.get(2))
                .containsEntry(0, medical)
                .containsEntry(2, "卫生健康委员会")
                .containsEntry(9, "12320");
    }

    @Test
    void theCompilationGroupsThePoliciesInForceByDepartment() throws Exception {
        String html = mvc.perform(get(BASE + "/compilation").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("class=\"sidebar\""))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("h1").text()).isEqualTo("社会救助政策汇编");
        List<String> chapters = page.select("section.compilation-chapter > h2").eachText();
        assertThat(chapters).hasSize(17);
        assertThat(chapters.get(0)).isEqualTo("1. 民政局");
        assertThat(chapters.get(1)).isEqualTo("2. 人力资源和社会保障局");
        assertThat(chapters.get(16)).isEqualTo("17. 红十字会");
        Element civilAffairs = page.getElementById("civil-affairs");
        assertThat(civilAffairs.select("article[data-code]").eachAttr("data-code"))
                .contains("MZ-01", "MZ-21", elderly)
                .doesNotContain(retired, medical, "RS-01");
        assertThat(page.getElementById("health").select("article[data-code]").eachAttr("data-code"))
                .contains("WJ-01", medical);
        Element dibao = page.selectFirst("article[data-code=MZ-01]");
        assertThat(dibao.select("dt").eachText())
                .containsExactly("救助对象", "申请条件", "救助标准", "办理流程", "受理地点", "咨询电话", "政策依据");
        assertThat(dibao.text()).contains("城乡最低生活保障", "家庭", "12345", "最低生活保障审核确认办法");
        assertThat(page.select(".print-toolbar [data-print]")).hasSize(1);
    }

    @Test
    void everyPageReadsInEnglishWithoutAnUntranslatedKey() throws Exception {
        long id = fixtures.idOf(elderly);
        for (String path : List.of(
                BASE,
                BASE + "/" + id,
                BASE + "/" + id + "/versions/1",
                BASE + "/new",
                BASE + "/" + id + "/edit",
                BASE + "/compilation")) {
            String html = mvc.perform(get(path).param("lang", "en").with(logins.as("admin")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(path).doesNotContain("??");
        }
        assertThat(list("?lang=en&department=red-cross", "admin")
                        .select("#policies tbody td")
                        .eachText())
                .contains("Red Cross Society", "Emergencies and disasters", "In force");
    }

    private Document list(String query, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(BASE + query).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<String> codes(Document page) {
        return page.select("#policies tbody tr").eachAttr("data-code");
    }

    private static int total(Document page) {
        Matcher matcher = TOTAL.matcher(page.select(".pager-total").text());
        assertThat(matcher.find()).as("pager total").isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
