package org.minzheng.portal.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicyRule;
import org.minzheng.policy.Question;
import org.minzheng.policy.SelfCheck;
import org.minzheng.portal.TestPolicies;
import org.minzheng.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** 政策自查 on the portal: the questions the rules need, and what a family learns from its answers. */
@IntegrationTest
@Transactional
class PortalSelfCheckTests {

    static final String VILLAGE = "/v/371602012201";
    static final String ELDERLY_ALLOWANCE = "门户自查高龄津贴";
    static final String INCOME_SUPPORT = "门户自查收入救助";
    static final String CHILD_ALLOWANCE = "门户自查儿童补贴";
    static final String CASE_BY_CASE = "门户自查临时帮扶";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SelfCheck selfCheck;

    @Autowired
    Policies policies;

    @Autowired
    MessageSource messages;

    LocalDate today;

    @BeforeEach
    void catalogueWithRulesAboutAgeHukouCategoriesAndIncome() {
        today = LocalDate.now(clock);
        var catalogue = new TestPolicies(jdbc, today);
        catalogue.inForce(
                "PT-SC-ELDER",
                ELDERLY_ALLOWANCE,
                "person.age >= 80 && person.hukou == 'rural' && 'dibao' in household.categories");
        catalogue.inForce("PT-SC-INCOME", INCOME_SUPPORT, "household.income_per_capita < 500.0 && person.age >= 60");
        catalogue.inForce("PT-SC-CHILD", CHILD_ALLOWANCE, "person.age < 18");
        catalogue.inForce("PT-SC-ASK", CASE_BY_CASE, null);
    }

    @Test
    void theFormAsksWhatTheRulesInForceReadUnderTwoHeadings() throws Exception {
        List<Question> questions = selfCheck.questions(today);

        Document page = open(get(VILLAGE + "/self-check").param("all", "1"));

        Element form = page.selectFirst("form#self-check-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo(VILLAGE + "/self-check/result");
        assertThat(form.select("input[name=_csrf]")).isEmpty();
        assertThat(page.select(".group-heading").eachText()).containsExactly("您家的情况", "您本人的情况");
        for (Question question : questions) {
            assertThat(form.select("[name=" + css(question.attribute()) + "]"))
                    .as(question.attribute())
                    .isNotEmpty();
        }
        assertThat(page.select(".group").get(0).select("input").eachAttr("name"))
                .allMatch(name -> name.startsWith("household."));
        assertThat(page.select(".group").get(1).select("input").eachAttr("name"))
                .allMatch(name -> name.startsWith("person."));
        assertThat(page.html()).doesNotContain("<script");
    }

    @Test
    void eachKindOfQuestionHasItsOwnInputAndNotKnowingIsTheDefault() throws Exception {
        Document page = open(get(VILLAGE + "/self-check").param("all", "1"));

        Element age = page.selectFirst("input[name=person.age]");
        assertThat(age.attr("type")).isEqualTo("number");
        assertThat(age.attr("inputmode")).isEqualTo("numeric");
        Element income = page.selectFirst("input[name=household.income_per_capita]");
        assertThat(income.attr("inputmode")).isEqualTo("decimal");
        assertThat(page.select("input[type=radio][name=person.hukou]").eachAttr("value"))
                .containsExactly("urban", "rural", "");
        assertThat(page.selectFirst("input[type=radio][name=person.hukou][checked]")
                        .val())
                .isEmpty();
        assertThat(page.select("input[type=checkbox][name=household.categories]")
                        .eachAttr("value"))
                .contains("dibao", "tekun", Question.NONE_OF_THEM)
                .endsWith(Question.NONE_OF_THEM);
        assertThat(page.select("input[type=checkbox][name=household.categories][checked]"))
                .isEmpty();
        for (Question question : selfCheck.questions(today)) {
            if (question.kind() == Question.AnswerKind.YES_NO) {
                String name = css(question.attribute());
                assertThat(page.select("input[type=radio][name=" + name + "]").eachAttr("value"))
                        .containsExactly("yes", "no", "");
                assertThat(page.selectFirst("input[type=radio][name=" + name + "][checked]")
                                .val())
                        .isEmpty();
            }
        }
    }

    @Test
    void anEightyFiveYearOldRuralDibaoRecipientSeesTheElderlyAllowanceAsLikely() throws Exception {
        Document page = open(get(VILLAGE + "/self-check/result")
                .param("person.age", "85")
                .param("person.hukou", "rural")
                .param("household.categories", "dibao"));

        assertThat(names(page, "#likely")).contains(ELDERLY_ALLOWANCE).doesNotContain(INCOME_SUPPORT, CHILD_ALLOWANCE);
        Element likely = finding(page, "#likely", ELDERLY_ALLOWANCE);
        assertThat(likely.select("a.button").attr("href")).startsWith(VILLAGE + "/policies/");

        Element open = finding(page, "#need-more", INCOME_SUPPORT);
        assertThat(open.select(".missing .attribute").eachText()).contains(shortLabel("household.income_per_capita"));
        assertThat(page.select("a#answer-more").attr("href"))
                .startsWith(VILLAGE + "/self-check?")
                .contains("person.age=85", "person.hukou=rural", "household.categories=dibao");

        assertThat(page.select("#unlikely details summary").text()).contains("暂不符合");
        assertThat(page.select("#unlikely details a").eachText()).contains(CHILD_ALLOWANCE);
        assertThat(page.select("#ask-department a").eachText()).contains(CASE_BY_CASE);
        assertThat(page.select("#guide-note").text()).contains("最终以部门审核为准");
        assertThat(page.html()).doesNotContain("<script");
    }

    @Test
    void everyPolicyTheResultCallsLikelyHasARuleInForce() throws Exception {
        List<String> withRules = policies.rulesInForce(today).stream()
                .map(rule -> rule.policy().name())
                .toList();
        var result = selfCheck.check(
                RegionCode.of("371602012201"),
                today,
                Map.of(
                        "person.age",
                        List.of("85"),
                        "person.hukou",
                        List.of("rural"),
                        "household.categories",
                        List.of("dibao")));

        Document page = open(get(VILLAGE + "/self-check/result")
                .param("person.age", "85")
                .param("person.hukou", "rural")
                .param("household.categories", "dibao"));

        assertThat(names(page, "#likely"))
                .isSubsetOf(withRules)
                .hasSize(result.likely().size());
        assertThat(page.select("#unlikely details li"))
                .hasSize(result.unlikely().size());
        assertThat(policies.rulesInForce(today).stream().map(PolicyRule::rule)).isNotEmpty();
    }

    @Test
    void theFirstPageAsksOnlyTheQuestionsMostRulesRead() throws Exception {
        Document page = open(get(VILLAGE + "/self-check"));

        Set<String> asked = questionNames(page);
        Set<String> key = selfCheck.keyQuestions(today, 8).stream()
                .map(Question::attribute)
                .collect(Collectors.toSet());
        assertThat(asked).isEqualTo(key).hasSizeLessThanOrEqualTo(8).contains("person.age");
        assertThat(page.selectFirst("a#show-all-questions").attr("href")).endsWith("all=1");
        assertThat(page.select("#question-count").text())
                .contains(Integer.toString(selfCheck.questions(today).size()));
    }

    @Test
    void answeringMoreAsksOnlyWhatTheOpenPoliciesStillNeed() throws Exception {
        Document result = open(get(VILLAGE + "/self-check/result").param("person.age", "70"));
        String more = result.selectFirst("a#answer-more").attr("href");
        assertThat(more).contains("person.age=70").endsWith("more=1");

        Document page = open(get(more));

        Set<String> needed = new HashSet<>(Set.of("person.age"));
        selfCheck
                .check(RegionCode.of("371602012201"), today, Map.of("person.age", List.of("70")))
                .needMoreFacts()
                .forEach(finding -> needed.addAll(finding.missing()));
        assertThat(questionNames(page)).isEqualTo(needed).contains("household.income_per_capita");
        assertThat(page.selectFirst("input[name=person.age]").val()).isEqualTo("70");
    }

    private static Set<String> questionNames(Document page) {
        return new HashSet<>(page.select("form#self-check-form input[name]").eachAttr("name"));
    }

    @Test
    void fillingInTheRestKeepsTheAnswersGivenSoFar() throws Exception {
        Document page = open(get(VILLAGE + "/self-check")
                .param("person.age", "85")
                .param("person.hukou", "rural")
                .param("household.categories", "dibao")
                .param("not.a.question", "x"));

        assertThat(page.selectFirst("input[name=person.age]").val()).isEqualTo("85");
        assertThat(page.selectFirst("input[name=person.hukou][checked]").val()).isEqualTo("rural");
        assertThat(page.select("input[name=household.categories][checked]").eachAttr("value"))
                .containsExactly("dibao");
        assertThat(page.select("[name=not.a.question]")).isEmpty();
    }

    @Test
    void answersThatCannotBeReadAreShownAtTheirFieldsAndNothingIsDecided() throws Exception {
        Map<String, String> problems = selfCheck
                .check(
                        RegionCode.of("371602012201"),
                        today,
                        Map.of("person.age", List.of("abc"), "household.income_per_capita", List.of("-5")))
                .problems();

        Document page = open(get(VILLAGE + "/self-check/result")
                .param("person.age", "abc")
                .param("household.income_per_capita", "-5"));

        assertThat(page.select("form#self-check-form")).hasSize(1);
        assertThat(page.select("#problems").text()).contains("2");
        assertThat(page.select("#likely, #need-more, #unlikely")).isEmpty();
        Element age = page.selectFirst("input[name=person.age]").parent();
        assertThat(age.hasClass("has-error")).isTrue();
        assertThat(age.select(".problem").text()).isEqualTo(message(problems.get("person.age")));
        Element income = page.selectFirst("input[name=household.income_per_capita]").parents().stream()
                .filter(parent -> parent.hasClass("question"))
                .findFirst()
                .orElseThrow();
        assertThat(income.select(".problem").text()).isEqualTo(message(problems.get("household.income_per_capita")));
        assertThat(page.selectFirst("input[name=household.income_per_capita]").val())
                .isEqualTo("-5");
    }

    private static List<String> names(Document page, String section) {
        return page.select(section + " .findings > li strong").eachText();
    }

    private static Element finding(Document page, String section, String name) {
        return page.select(section + " .findings > li").stream()
                .filter(item -> item.select("strong").text().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + section));
    }

    private String shortLabel(String attribute) {
        return message("attribute." + attribute + ".short");
    }

    private String label(String attribute) {
        return message("attribute." + attribute);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private Document open(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** Attribute paths have dots, which a CSS attribute selector must quote. */
    private static String css(String attribute) {
        return "\"" + attribute + "\"";
    }
}
