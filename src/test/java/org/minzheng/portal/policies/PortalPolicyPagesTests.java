package org.minzheng.portal.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.policy.Policies;
import org.minzheng.portal.TestPolicies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** 码上通: the policies in force today, searched and read by a citizen. */
@IntegrationTest
@Transactional
class PortalPolicyPagesTests {

    static final String VILLAGE = "/v/371602012201";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Policies policies;

    TestPolicies catalogue;
    LocalDate today;

    @BeforeEach
    void catalogue() {
        today = LocalDate.now(clock);
        catalogue = new TestPolicies(jdbc, today);
    }

    @Test
    void listsThePoliciesInForceUnderTheirDepartments() throws Exception {
        catalogue.inForce("PT-LIST-A", "门户甲项津贴", null);
        catalogue.inForce("PT-LIST-B", "门户乙项补贴", null);
        catalogue.retired("PT-LIST-C", "门户丙项旧补贴");
        catalogue.announced("PT-LIST-D", "门户丁项新补贴");

        Document page = open(VILLAGE + "/policies", 200);

        Element department = department(page, TestPolicies.DEPARTMENT);
        assertThat(department.select(".policy-list strong").eachText()).containsExactly("门户甲项津贴", "门户乙项补贴");
        assertThat(page.text()).doesNotContain("门户丙项旧补贴", "门户丁项新补贴");
        assertThat(page.select(".policy-list > li"))
                .hasSize(policies.inForce(today, "").size());
        assertThat(page.select("#policy-count").text())
                .isEqualTo("共 " + policies.inForce(today, "").size() + " 项政策");
        assertThat(department.select(".policy-list .meta").first().text()).contains("演示内容");
    }

    @Test
    void searchFindsAPolicyByAWordOfItsName() throws Exception {
        long id = catalogue.inForce("PT-SEARCH", "门户戊项护理补贴", null);
        catalogue.inForce("PT-OTHER", "门户己项助学金", null);

        Document page = open(VILLAGE + "/policies?q=戊项护理", 200);

        assertThat(page.select("input#q").val()).isEqualTo("戊项护理");
        assertThat(page.select(".policy-list a").eachAttr("href")).containsExactly(VILLAGE + "/policies/" + id);
        assertThat(page.select("#policy-count").text()).isEqualTo("找到 1 项与“戊项护理”有关的政策");
        assertThat(page.select(".department h2").eachText()).containsExactly(TestPolicies.DEPARTMENT);
    }

    @Test
    void aSearchWithoutMatchesSaysSoAndOffersTheWholeList() throws Exception {
        Document page = open(VILLAGE + "/policies?q=没有这种政策xyz", 200);

        assertThat(page.select("#no-policies").text()).contains("没有找到与“没有这种政策xyz”有关的政策");
        assertThat(page.select("#no-policies a").attr("href")).isEqualTo(VILLAGE + "/policies");
        assertThat(page.select(".policy-list")).isEmpty();
    }

    @Test
    void aSearchForMarkupIsShownAsText() throws Exception {
        String html = mvc.perform(get(VILLAGE + "/policies").param("q", "<script>x</script>"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void aPolicyPageSaysWhatWhoHowAndWhereWithAButtonToCall() throws Exception {
        long id = catalogue.inForce("PT-SHOW", "门户庚项高龄补贴", "person.age >= 80");

        Document page = open(VILLAGE + "/policies/" + id, 200);

        assertThat(page.select("h1").text()).isEqualTo("门户庚项高龄补贴");
        assertThat(page.select(".policy-meta").text()).contains(TestPolicies.DEPARTMENT);
        assertThat(page.select("#demo-badge").text()).isEqualTo("演示内容");
        assertThat(page.select("a#call").attr("href")).isEqualTo("tel:05433210987");
        assertThat(page.select("a#call").text()).contains("0543-3210 987");
        assertThat(page.select(".facts").text())
                .contains(
                        "门户庚项高龄补贴的申请条件：年满八十周岁。",
                        "门户庚项高龄补贴的标准：每人每月100元。",
                        "本人或家属向村（社区）提出申请。",
                        "乡镇（街道）便民服务中心",
                        "《门户测试办法》第三条",
                        today.minusYears(1) + " 起执行");
        assertThat(page.select("a#self-check-link").attr("href")).isEqualTo(VILLAGE + "/self-check");
        assertThat(page.select(".back a").eachAttr("href")).contains(VILLAGE + "/policies");
        assertThat(page.html()).doesNotContain("<script");
    }

    @Test
    void aRetiredPolicyIsNotFound() throws Exception {
        long id = catalogue.retired("PT-GONE", "门户辛项旧政策");

        Document page = open(VILLAGE + "/policies/" + id, 404);

        assertThat(page.select("h1").text()).isEqualTo("没有找到这项政策");
        assertThat(page.select("a#back-to-list").attr("href")).isEqualTo(VILLAGE + "/policies");
        assertThat(page.text()).doesNotContain("门户辛项旧政策");
    }

    @Test
    void aPolicyNotYetInForceIsNotFound() throws Exception {
        long id = catalogue.announced("PT-SOON", "门户壬项新政策");

        open(VILLAGE + "/policies/" + id, 404);
    }

    @Test
    void unknownAndMalformedPolicyNumbersAreNotFound() throws Exception {
        open(VILLAGE + "/policies/987654321", 404);
        open(VILLAGE + "/policies/abc", 404);
        open(VILLAGE + "/policies/0", 404);
        open(VILLAGE + "/policies/99999999999999999999999", 404);
    }

    @Test
    void aPolicyOfAnUnknownVillageIsNotFound() throws Exception {
        long id = catalogue.inForce("PT-NOVILLAGE", "门户癸项补贴", null);

        Document page = open("/v/371602012000/policies/" + id, 404);

        assertThat(page.select("h1").text()).isEqualTo("没有找到这个村（社区）");
    }

    private static Element department(Document page, String name) {
        return page.select(".department").stream()
                .filter(group -> group.select("h2").text().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no department " + name));
    }

    private Document open(String path, int status) throws Exception {
        return Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
