package org.minzheng.disclosure.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.disclosure.PaidListFixtures.JIJIA_VILLAGE;
import static org.minzheng.disclosure.PaidListFixtures.YANGLIUXUE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.IntegrationTest;
import org.minzheng.disclosure.PaidListFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 码上查 as a citizen reads it: the monthly lists of a village, township, county and the city. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureListTests {

    static final String MARCH = "2019-03";
    static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    static final List<String> CLEAR_NAMES = List.of("王秀英", "王英", "李建国", "欧阳明华", "张伟", "赵敏", "孙大海", "周芳");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PaidListFixtures fixtures;

    @BeforeAll
    void payTheSample() {
        fixtures = new PaidListFixtures(jdbc);
        fixtures.paySample();
    }

    @AfterAll
    void removeTheSample() {
        fixtures.removeAll();
    }

    @Test
    void aVillageListShowsMaskedNamesHouseholdSizesAmountsAndTotals() throws Exception {
        Document page = open("/gs/" + JIJIA_VILLAGE + "?programme=DIBAO&month=" + MARCH);

        assertThat(page.select("#area-name").text()).isEqualTo("纪家新村村委会");
        assertThat(page.select("#trail li").eachText()).containsExactly("滨州市", "滨城区", "杨柳雪镇", "纪家新村村委会");
        assertThat(page.select("#households").text()).isEqualTo("3");
        assertThat(page.select("#persons").text()).isEqualTo("6");
        assertThat(page.select("#amount").text()).isEqualTo("¥1,850.50");
        assertThat(page.select("#payments .masked-name").eachText()).containsExactly("王*英", "王*", "李*国");
        assertThat(page.select("#payments .size").eachText()).containsExactly("3 人", "2 人", "1 人");
        assertThat(page.select("#payments .money").eachText()).containsExactly("¥700.00", "¥650.50", "¥500.00");
        assertThat(page.select("#payments .village")).isEmpty();
        assertThat(page.select("#programmes a.current").text()).isEqualTo("低保");
        assertThat(page.select("#shown-month").text()).isEqualTo("2019年3月");
        assertThat(page.select("#back-to-village").attr("href")).isEqualTo("/v/" + JIJIA_VILLAGE);
        assertThat(page.select("#what-is-published").text()).contains("第二十四条", "身份证号");
    }

    @Test
    void aTownshipListNamesTheVillageOfEachHouseholdAndLeadsDownToTheVillages() throws Exception {
        Document page = open("/gs/" + YANGLIUXUE + "?programme=DIBAO&month=" + MARCH);

        assertThat(page.select("#households").text()).isEqualTo("5");
        assertThat(page.select("#persons").text()).isEqualTo("10");
        assertThat(page.select("#figures .hint").text()).contains("1 户");
        assertThat(page.select("#amount").text()).isEqualTo("¥3,350.50");
        assertThat(page.select("#payments .masked-name").eachText()).containsExactly("王*英", "王*", "李*国", "欧**华", "张*");
        assertThat(page.select("#payments .village").eachText())
                .containsOnly(
                        "纪家新村村委会",
                        page.select("#drill a[href^=/gs/" + PaidListFixtures.SECOND_VILLAGE + "] strong")
                                .text());
        assertThat(page.select("#payments .size").eachText()).contains("人数未登记");
        assertThat(page.select("#drill a[href=/gs/" + JIJIA_VILLAGE + "?programme=DIBAO&month=2019-03] .meta")
                        .text())
                .isEqualTo("3 户 · ¥1,850.50");
        assertThat(page.select("#drill li")).hasSize(30);
    }

    @Test
    void theCountyListMarksDemoHouseholdsAndSumsItsTownships() throws Exception {
        Document page = open("/gs/371602?programme=DIBAO&month=" + MARCH);

        assertThat(page.select("#households").text()).isEqualTo("6");
        assertThat(page.select("#amount").text()).isEqualTo("¥4,150.50");
        assertThat(page.select("#drill").hasAttr("open")).isTrue();
        assertThat(page.select("#drill a[href^=/gs/" + YANGLIUXUE + "?] .meta").text())
                .isEqualTo("5 户 · ¥3,350.50");
        assertThat(page.select("#drill a[href^=/gs/371602203?] .meta").text()).isEqualTo("1 户 · ¥800.00");
        assertThat(page.select("#drill a[href^=/gs/371602012?] .meta").text()).isEqualTo("本月没有发放");
        assertThat(page.select("#payments li:has(.badge.demo) .masked-name").eachText())
                .containsExactly("赵*");
        assertThat(page.select("#demo-note").text()).contains("演示数据");
    }

    @Test
    void theCityPageShowsTheCityTotalsAndTheCountiesButNoNames() throws Exception {
        Document page = open("/gs?programme=DIBAO&month=" + MARCH);

        assertThat(page.select("#area-name").text()).isEqualTo("滨州市");
        assertThat(page.select("#households").text()).isEqualTo("6");
        assertThat(page.select("#persons").text()).isEqualTo("12");
        assertThat(page.select("#amount").text()).isEqualTo("¥4,150.50");
        assertThat(page.select("#drill a").eachAttr("href"))
                .contains("/gs/371602?programme=DIBAO&month=2019-03", "/gs/371603?programme=DIBAO&month=2019-03");
        assertThat(page.select("#drill a[href^=/gs/371602?] .meta").text()).isEqualTo("6 户 · ¥4,150.50");
        assertThat(page.select("#payments")).isEmpty();
        assertThat(page.select("#trail")).isEmpty();
        assertThat(page.select("#stats-link").attr("href")).isEqualTo("/gs/3716/stats?programme=DIBAO&month=2019-03");
    }

    @Test
    void noPagePublishesIdentifiersOrClearNames() throws Exception {
        for (String path : List.of(
                "/gs/" + JIJIA_VILLAGE + "?month=" + MARCH,
                "/gs/" + YANGLIUXUE + "?month=" + MARCH,
                "/gs/371602?month=" + MARCH,
                "/gs/371602?month=2019-02",
                "/gs/371602?programme=TEKUN&month=" + MARCH,
                "/gs/371602?programme=TEMPORARY&month=2019-04",
                "/gs?month=" + MARCH,
                "/gs/" + YANGLIUXUE + "/stats?month=" + MARCH,
                "/gs/" + JIJIA_VILLAGE + "/stats?month=" + MARCH)) {
            String html = html(path, 200);
            Document page = Jsoup.parse(html);
            String text = page.text();

            assertThat(PHONE.matcher(html).find())
                    .as("a phone number on %s", path)
                    .isFalse();
            assertThat(ID_NUMBER.matcher(html).find())
                    .as("an ID number on %s", path)
                    .isFalse();
            assertThat(html)
                    .as(path)
                    .doesNotContain(PaidListFixtures.CASE_PREFIX)
                    .doesNotContain("**** ****");
            assertThat(CLEAR_NAMES).noneMatch(text::contains);
        }
    }

    @Test
    void searchMatchesTheMaskedFormOnly() throws Exception {
        String base = "/gs/" + YANGLIUXUE + "?programme=DIBAO&month=" + MARCH;

        assertThat(open(base + "&q=王").select("#payments .masked-name").eachText())
                .containsExactly("王*英", "王*");
        Document exact = open(base + "&q=王*英");
        assertThat(exact.select("#payments .masked-name").eachText()).containsExactly("王*英");
        assertThat(exact.select("#found").text()).isEqualTo("找到 1 户与“王*英”相符");
        assertThat(exact.select("#q").val()).isEqualTo("王*英");
        assertThat(open(base + "&q=王＊英").select("#payments .masked-name").eachText())
                .containsExactly("王*英");
        assertThat(open(base + "&q=欧").select("#payments .masked-name").eachText())
                .containsExactly("欧**华");

        Document clear = open(base + "&q=王秀英");
        assertThat(clear.select("#payments")).isEmpty();
        assertThat(clear.select("#no-payments").text()).contains("没有找到与“王秀英”相符的名字");
        assertThat(clear.select("#show-all").attr("href"))
                .isEqualTo("/gs/" + YANGLIUXUE + "?programme=DIBAO&month=2019-03");

        assertThat(open(base + "&q=%25").select("#payments")).isEmpty();
        assertThat(html(base + "&q=%3Cscript%3Ealert(1)%3C/script%3E", 200)).doesNotContain("<script");
    }

    @Test
    void opensOnTheLatestMonthWithMoneyPaidAndSwitchesMonths() throws Exception {
        Document page = open("/gs/" + YANGLIUXUE);

        assertThat(page.select("#shown-month").text()).isEqualTo("2019年3月");
        assertThat(page.select("#previous-month").attr("href"))
                .isEqualTo("/gs/" + YANGLIUXUE + "?programme=DIBAO&month=2019-02");
        assertThat(page.select("#next-month").attr("href"))
                .isEqualTo("/gs/" + YANGLIUXUE + "?programme=DIBAO&month=2019-04");
        assertThat(page.select("#month option").eachAttr("value")).containsExactly("2019-03", "2019-02");

        Document february = open(page.select("#previous-month").attr("href"));
        assertThat(february.select("#payments .masked-name").eachText()).containsExactly("王*英");
        assertThat(february.select("#amount").text()).isEqualTo("¥700.00");

        Document temporary = open("/gs/" + YANGLIUXUE + "?programme=TEMPORARY");
        assertThat(temporary.select("#shown-month").text()).isEqualTo("2019年4月");
        assertThat(temporary.select("#payments .masked-name").eachText()).containsExactly("周*");
        assertThat(temporary.select("#programmes a.current").text()).isEqualTo("临时救助");
    }

    @Test
    void aMonthWithoutPaymentsSaysSoAndSuggestsAnother() throws Exception {
        Document page = open("/gs/" + YANGLIUXUE + "?programme=DIBAO&month=2019-06");

        assertThat(page.select("#payments")).isEmpty();
        assertThat(page.select("#no-payments").text()).contains("2019年6月没有低保发放记录");
        assertThat(page.select("#households").text()).isEqualTo("0");
        assertThat(page.select("#amount").text()).isEqualTo("¥0.00");
        assertThat(page.select(".pager")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/gs/999999999999",
                "/gs/371602106999",
                "/gs/abc",
                "/gs/37",
                "/gs/3717",
                "/gs/37160210620",
                "/gs/" + JIJIA_VILLAGE + "/no-such-page",
                "/gs/"
            })
    void anAddressThatNamesNoAreaGetsTheFriendlyNotFoundPage(String path) throws Exception {
        Document page = Jsoup.parse(html(path, 404));

        assertThat(page.select("h1").text()).isEqualTo("没有找到这个地区的公示");
        assertThat(page.select("#to-city").attr("href")).isEqualTo("/gs");
        assertThat(page.select("a[href=tel:12345]")).isNotEmpty();
        assertThat(page.html()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "?month=2019-13",
                "?month=abc",
                "?month=+99999-01",
                "?month=2099-01",
                "?programme=FOO",
                "?programme=dibao",
                "?page=-1",
                "?page=abc",
                "?page=99999999999",
                "?q=%00%01",
                "?month=&programme=&page=&q="
            })
    void wrongParametersFallBackToTheDefaults(String query) throws Exception {
        Document page = Jsoup.parse(html("/gs/" + YANGLIUXUE + query, 200));

        assertThat(page.select("#programmes a.current").text()).isEqualTo("低保");
        assertThat(page.select("#shown-month").text()).isNotEmpty();
        assertThat(Jsoup.parse(html("/gs/" + YANGLIUXUE + "/stats" + query, 200))
                        .select("#shown-month")
                        .text())
                .isNotEmpty();
    }

    @Test
    void aPageBeyondTheLastIsEmptyButFine() throws Exception {
        Document page = open("/gs/" + YANGLIUXUE + "?programme=DIBAO&month=2019-03&page=7");

        assertThat(page.select("#payments")).isEmpty();
        assertThat(page.select("#households").text()).isEqualTo("5");
    }

    @Test
    void theStatisticsCountAndSumByProgrammeVillageAndMonthWithServerDrawnCharts() throws Exception {
        Document page = open("/gs/" + YANGLIUXUE + "/stats?month=" + MARCH);

        assertThat(page.select("#households").text()).isEqualTo("6");
        assertThat(page.select("#amount").text()).isEqualTo("¥4,450.50");
        assertThat(page.select("#programme-DIBAO td").eachText()).containsExactly("5", "10", "¥3,350.50");
        assertThat(page.select("#programme-TEKUN td").eachText()).containsExactly("1", "1", "¥1,100.00");
        assertThat(page.select("#programme-TEMPORARY td").eachText()).containsExactly("0", "0", "¥0.00");
        assertThat(page.select("#by-programme svg rect.bar")).hasSize(3);
        assertThat(page.select("#by-programme svg text.figure").eachText())
                .containsExactly("¥3,350.50", "¥1,100.00", "¥0.00");
        assertThat(page.select("#by-programme svg rect.bar").get(2).attr("width"))
                .isEqualTo("0");
        assertThat(Integer.parseInt(
                        page.select("#by-programme svg rect.bar").get(0).attr("width")))
                .isGreaterThan(Integer.parseInt(
                        page.select("#by-programme svg rect.bar").get(1).attr("width")));
        assertThat(page.select("#by-area h2").text()).isEqualTo("按村（社区）统计");
        assertThat(page.select("#by-area tr:has(a[href^=/gs/" + JIJIA_VILLAGE + "/stats]) td")
                        .eachText())
                .containsExactly("4", "¥2,950.50");
        assertThat(page.select("#by-area svg text.label").eachText())
                .containsExactly(
                        "纪家新村村委会", page.select("#by-area svg text.label").get(1).text());
        assertThat(page.select("#by-area svg text.figure").eachText()).containsExactly("¥2,950.50", "¥1,500.00");
        assertThat(page.select("#by-area tbody tr")).hasSize(2);
        assertThat(page.select("#unpaid-areas").text()).isEqualTo("其余 28 个村（社区）这个月没有发放。");
        assertThat(page.select("#chart-top")).isEmpty();
        assertThat(page.select("#by-month svg rect.column")).hasSize(12);
        assertThat(page.select("#by-month g.current text.tick").text()).isEqualTo("3");
        assertThat(page.select("#by-month tbody tr")).hasSize(12);
        assertThat(page.select("#by-month tbody tr:contains(2019年2月) td").eachText())
                .containsExactly("1", "¥700.00");
        assertThat(page.select("svg").eachAttr("role")).containsOnly("img");
        assertThat(page.select("#back-to-list").attr("href"))
                .isEqualTo("/gs/" + YANGLIUXUE + "?programme=DIBAO&month=2019-03");
    }

    @Test
    void aVillagesStatisticsHaveNoSubdivisions() throws Exception {
        Document page = open("/gs/" + JIJIA_VILLAGE + "/stats?month=" + MARCH);

        assertThat(page.select("#by-area")).isEmpty();
        assertThat(page.select("#programme-TEKUN td").eachText()).containsExactly("1", "1", "¥1,100.00");
    }

    @Test
    void needsNoSignInNoSessionAndNoJavaScript() throws Exception {
        for (String path :
                List.of("/gs", "/gs/" + YANGLIUXUE + "?q=王", "/gs/" + YANGLIUXUE + "/stats", "/gs/999999999999")) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            String html = result.getResponse().getContentAsString();

            assertThat(result.getResponse().getStatus()).as(path).isIn(200, 404);
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(html).doesNotContain("<script").doesNotContain("_csrf").doesNotContain("style=\"");
            assertThat(Jsoup.parse(html).select("form").eachAttr("method")).allMatch("get"::equals);
        }
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        Document page = open("/gs/" + JIJIA_VILLAGE + "?lang=en&month=" + MARCH);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Who receives assistance");
        assertThat(page.select("#shown-month").text()).isEqualTo("2019-03");
        assertThat(page.select("#payments .size").eachText()).containsExactly("3 persons", "2 persons", "1 person");
        assertThat(page.select("#programmes a.current").text()).isEqualTo("Dibao");
        assertThat(page.select("#language-switch").attr("href"))
                .isEqualTo("/gs/" + JIJIA_VILLAGE + "?month=2019-03&lang=zh-CN");

        Document stats = open("/gs/" + YANGLIUXUE + "/stats?lang=en&month=" + MARCH);
        assertThat(stats.select("#by-area h2").text()).isEqualTo("By village");
        assertThat(stats.select("#figures h2").text()).isEqualTo("2019-03: all programmes");
    }

    @Test
    void theLargeFontSwitchRemembersTheChoiceAndStaysOnTheLists() throws Exception {
        MvcResult result = mvc.perform(
                        get(URI.create("/gs/font?size=large&back=/gs/" + YANGLIUXUE + "%3Fmonth%3D2019-03")))
                .andExpect(status().isSeeOther())
                .andReturn();
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/gs/" + YANGLIUXUE + "?month=2019-03");
        assertThat(result.getResponse().getHeader("Set-Cookie")).contains("disclosure-font=large", "Path=/gs");

        assertThat(mvc.perform(get("/gs/font?size=large&back=https://example.com/"))
                        .andReturn()
                        .getResponse()
                        .getHeader("Location"))
                .isEqualTo("/gs");
        assertThat(mvc.perform(get("/gs/font?size=large&back=//example.com/gs"))
                        .andReturn()
                        .getResponse()
                        .getHeader("Location"))
                .isEqualTo("/gs");

        Document large = Jsoup.parse(mvc.perform(
                        get("/gs/" + YANGLIUXUE).cookie(new jakarta.servlet.http.Cookie("disclosure-font", "large")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(large.select("body").hasClass("large-font")).isTrue();
        assertThat(large.select("#font-switch").text()).isEqualTo("标准字体");
    }

    private Document open(String path) throws Exception {
        return Jsoup.parse(html(path, 200));
    }

    /** Addresses with %-escapes go as written; the others are encoded as a browser would. */
    private String html(String path, int status) throws Exception {
        return mvc.perform(path.contains("%") ? get(URI.create(path)) : get(path))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
