package org.minzheng.policy.selfcheck;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 试一试: a rule tried on sample households or typed facts, with the local standards of a region. */
@IntegrationTest
class RuleTrialTests {

    static final String TRIAL = "/console/policy/rule-trial";
    static final String DIBAO =
            "household.income_per_capita < local.dibao && household.assets_per_capita <= local.asset_limit";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Test
    void theRuralElderQualifiesUnderTheRuralStandard() throws Exception {
        mvc.perform(get(TRIAL)
                        .param("rule", DIBAO)
                        .param("sample", "RURAL_ELDER_ALONE")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"trial-form\""),
                                containsString("符合"),
                                containsString("家庭人均月收入（元）低于当地低保标准"),
                                containsString("820"))));
    }

    @Test
    void htmxGetsTheAnswerAlone() throws Exception {
        mvc.perform(get(TRIAL)
                        .param("rule", DIBAO)
                        .param("sample", "URBAN_FAMILY_OF_THREE")
                        .header("HX-Request", "true")
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"trial-outcome\""),
                                containsString("符合"),
                                not(containsString("<html")),
                                containsString("id=\"trial-details\""))));
    }

    @Test
    void typedFactsReplaceTheSampleAndUnknownStaysUnknown() throws Exception {
        mvc.perform(get(TRIAL)
                        .param("rule", DIBAO)
                        .param("custom", "true")
                        .param("person.hukou", "urban")
                        .param("household.income_per_capita", "900")
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("还不能判断"), containsString("家庭人均财产（元）"), containsString("按填写的家庭情况"))));
    }

    @Test
    void unreadableFactsAreNamedAndNothingIsJudged() throws Exception {
        mvc.perform(get(TRIAL)
                        .param("rule", DIBAO)
                        .param("custom", "true")
                        .param("household.income_per_capita", "很多")
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("请填写金额"),
                                not(containsString("id=\"trial-outcome\"><p class=\"verdict\"")))));
    }

    @Test
    void aWrongRuleIsShownWithItsPosition() throws Exception {
        mvc.perform(get(TRIAL)
                        .param("rule", "person.age >= 60 &&\n person.agee < 1")
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 行第 8 列")));
        mvc.perform(get(TRIAL).param("rule", "<script>alert(1)</script>").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    }

    @Test
    void onlySignedInStaffTryRules() throws Exception {
        mvc.perform(get(TRIAL).param("rule", DIBAO)).andExpect(redirectedUrl("/login"));
    }
}
