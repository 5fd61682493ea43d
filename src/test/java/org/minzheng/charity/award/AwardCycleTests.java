package org.minzheng.charity.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "three tens" cycle from nominations to published results, its cap of ten and its scope: the city bureau
 * runs the cycle, counties nominate.
 */
@IntegrationTest
@Transactional
class AwardCycleTests {

    static final String AWARDS = "/console/charity/awards";
    static final String BINCHENG = "371602000000";
    static final String ZHANHUA = "371603000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    long cycle(String status, LocalDate close) {
        return jdbc.sql("""
                        insert into charity.award_cycles (name, first_year, last_year, nominations_close, status,
                            published_on, created_by)
                        values (:name, 2027, 2028, :close, :status, :published, 'test') returning id
                        """)
                .param("name", "测试评选" + status + unique)
                .param("close", close)
                .param("status", status)
                .param("published", status.equals("PUBLISHED") ? LocalDate.now() : null)
                .query(Long.class)
                .single();
    }

    long nomination(long cycle, String category, String nominee, Integer score, boolean winner, String region) {
        return jdbc.sql("""
                        insert into charity.nominations (cycle_id, category, nominee, deeds, score, winner,
                            region_code, nominated_by, project_id)
                        values (:c, :k, :n, '测试事迹', :s, :w, :r, 'test',
                            case when :k = 'PROJECT' then (select min(id) from charity.projects) end)
                        returning id
                        """)
                .param("c", cycle)
                .param("k", category)
                .param("n", nominee + unique)
                .param("s", score)
                .param("w", winner)
                .param("r", region)
                .query(Long.class)
                .single();
    }

    long nominations(long cycle) {
        return jdbc.sql("select count(*) from charity.nominations where cycle_id = :c")
                .param("c", cycle)
                .query(Long.class)
                .single();
    }

    int winners(long cycle, String category) {
        return jdbc.sql("select count(*) from charity.nominations where cycle_id = :c and category = :k and winner")
                .param("c", cycle)
                .param("k", category)
                .query(Integer.class)
                .single();
    }

    String statusOf(long cycle) {
        return jdbc.sql("select status from charity.award_cycles where id = :c")
                .param("c", cycle)
                .query(String.class)
                .single();
    }

    Integer scoreOf(long nomination) {
        return jdbc.sql("select score from charity.nominations where id = :id")
                .param("id", nomination)
                .query(Integer.class)
                .list()
                .get(0);
    }

    @Test
    void aCycleRunsFromNominationsThroughReviewToPublishedResults() throws Exception {
        String name = "滨州市“三个十”测试评选" + unique;
        String location = mvc.perform(post(AWARDS)
                        .param("name", name)
                        .param("firstYear", "2027")
                        .param("nominationsClose", LocalDate.now().plusDays(30).toString())
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long cycle = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select last_year from charity.award_cycles where id = :c")
                        .param("c", cycle)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2028);

        mvc.perform(post(AWARDS + "/" + cycle + "/nominations")
                        .param("category", "PERSON")
                        .param("nominee", "张爱心" + unique)
                        .param("deeds", "十年照料孤寡老人")
                        .param("publishConsent", "true")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations")
                        .param("category", "PERSON")
                        .param("nominee", "张爱心" + unique)
                        .param("deeds", "重复提名")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本类别已提名过同名候选")));
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations")
                        .param("category", "PROJECT")
                        .param("nominee", "")
                        .param("deeds", "项目成效显著")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("十大慈善项目须选择一个项目")));
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations")
                        .param("category", "ENTERPRISE")
                        .param("nominee", "测试企业" + unique)
                        .param("deeds", "<script>alert(1)</script>")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("has-error")));
        assertThat(nominations(cycle)).isEqualTo(1);
        long person = jdbc.sql("select id from charity.nominations where cycle_id = :c")
                .param("c", cycle)
                .query(Long.class)
                .single();

        mvc.perform(post(AWARDS + "/" + cycle + "/publish").with(csrf()).with(logins.as("admin")))
                .andExpect(flash().attribute("flashError", containsString("只有评审中的评选")));
        mvc.perform(post(AWARDS + "/" + cycle + "/review").with(csrf()).with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(cycle)).isEqualTo("REVIEWING");
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + person + "/winner")
                        .param("winner", "true")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(flash().attribute("flashError", containsString("请先录入评审分数")));
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + person + "/score")
                        .param("score", "101")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(flash().attribute("flashError", containsString("0至100")));
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + person + "/score")
                        .param("score", "93")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + person + "/winner")
                        .param("winner", "true")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(flash().attribute("flashSuccess", containsString("已确定入选")));
        mvc.perform(post(AWARDS + "/" + cycle + "/publish").with(csrf()).with(logins.as("admin")))
                .andExpect(flash().attribute("flashSuccess", containsString("已公布")));
        assertThat(statusOf(cycle)).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select published_on from charity.award_cycles where id = :c")
                        .param("c", cycle)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.now());
        assertThat(jdbc.sql("""
                                select count(*) from audit.audit_entries
                                where (target_type = 'charity-award-cycle' and target_id = :cycle)
                                   or (target_type = 'charity-nomination' and target_id = :person)
                                """)
                        .param("cycle", String.valueOf(cycle))
                        .param("person", String.valueOf(person))
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        mvc.perform(get(AWARDS + "/" + cycle + "/results").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("张爱心" + unique)));
    }

    @Test
    void nothingChangesOnceTheResultsArePublished() throws Exception {
        long cycle = cycle("PUBLISHED", LocalDate.now().plusDays(10));
        long winner = nomination(cycle, "ENTERPRISE", "已公布企业", 90, true, BINCHENG);
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + winner + "/winner")
                        .param("winner", "false")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(flash().attribute("flashError", containsString("已公布的结果不能再修改")));
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + winner + "/score")
                        .param("score", "10")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(flash().attribute("flashError", containsString("已公布的结果不能再修改")));
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations")
                        .param("category", "ENTERPRISE")
                        .param("nominee", "迟到企业" + unique)
                        .param("deeds", "事迹")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("提名已截止")));
        mvc.perform(post(AWARDS + "/" + cycle + "/publish").with(csrf()).with(logins.as("admin")))
                .andExpect(flash().attribute("flashError", containsString("只有评审中的评选")));
        assertThat(winners(cycle, "ENTERPRISE")).isEqualTo(1);
        assertThat(nominations(cycle)).isEqualTo(1);
        assertThat(jdbc.sql("select score from charity.nominations where id = :id")
                        .param("id", winner)
                        .query(Integer.class)
                        .single())
                .isEqualTo(90);
    }

    @Test
    void nominationsAfterTheClosingDayAreRefused() throws Exception {
        long cycle = cycle("NOMINATING", LocalDate.now().minusDays(1));
        mvc.perform(get(AWARDS + "/" + cycle + "/nominations/new").with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", containsString("提名已截止")));
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations")
                        .param("category", "PERSON")
                        .param("nominee", "迟到楷模" + unique)
                        .param("deeds", "事迹")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("提名已截止")));
        assertThat(nominations(cycle)).isZero();
    }

    @Test
    void theEleventhWinnerOfACategoryIsRefused() throws Exception {
        long cycle = cycle("REVIEWING", LocalDate.now().minusDays(5));
        long[] ids = new long[11];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = nomination(cycle, "PERSON", "楷模" + i, 80 + i, false, BINCHENG);
        }
        for (int i = 0; i < 10; i++) {
            mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + ids[i] + "/winner")
                            .param("winner", "true")
                            .with(csrf())
                            .with(logins.as("admin")))
                    .andExpect(flash().attribute("flashSuccess", containsString("已确定入选")));
        }
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + ids[10] + "/winner")
                        .param("winner", "true")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(flash().attribute("flashError", containsString("每类最多入选10个")));
        assertThat(winners(cycle, "PERSON")).isEqualTo(10);
        long enterprise = nomination(cycle, "ENTERPRISE", "另一类企业", 70, false, BINCHENG);
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + enterprise + "/winner")
                        .param("winner", "true")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(flash().attribute("flashSuccess", containsString("已确定入选")));
    }

    @Test
    void anotherCountysNominationIsNeitherShownNorChangeable() throws Exception {
        long cycle = cycle("REVIEWING", LocalDate.now().minusDays(5));
        long theirs = nomination(cycle, "PERSON", "沾化楷模", 85, false, ZHANHUA);
        long ours = nomination(cycle, "PERSON", "滨城楷模", 80, false, BINCHENG);
        mvc.perform(get(AWARDS + "/" + cycle).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("滨城楷模" + unique)))
                .andExpect(content().string(not(containsString("沾化楷模" + unique))));
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + theirs + "/score")
                        .param("score", "99")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + ours + "/score")
                        .param("score", "99")
                        .with(csrf())
                        .with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations/" + ours + "/winner")
                        .param("winner", "true")
                        .with(csrf())
                        .with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get(AWARDS + "/" + cycle).with(logins.as("zhanhua")))
                .andExpect(content().string(containsString("沾化楷模" + unique)))
                .andExpect(content().string(not(containsString("滨城楷模" + unique))));
        mvc.perform(get(AWARDS + "/" + cycle).with(logins.as("admin")))
                .andExpect(content().string(containsString("沾化楷模" + unique)))
                .andExpect(content().string(containsString("滨城楷模" + unique)));
        assertThat(winners(cycle, "PERSON")).isZero();
        assertThat(scoreOf(ours)).isEqualTo(80);
    }

    @Test
    void countyApproversNominateButOnlyTheCityBureauRunsTheCycle() throws Exception {
        long nominating = cycle("NOMINATING", LocalDate.now().plusDays(5));
        mvc.perform(get(AWARDS).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"new-cycle\""))));
        mvc.perform(get(AWARDS).with(logins.as("admin")))
                .andExpect(content().string(containsString("id=\"new-cycle\"")));
        mvc.perform(get(AWARDS + "/" + nominating).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nominate-PERSON\"")))
                .andExpect(content().string(containsString("由市民政局截止提名")))
                .andExpect(content().string(not(containsString("id=\"review-form\""))));
        mvc.perform(get(AWARDS + "/new").with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(post(AWARDS)
                        .param("name", "区县自建评选" + unique)
                        .param("firstYear", "2029")
                        .param("nominationsClose", LocalDate.now().plusDays(30).toString())
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from charity.award_cycles where name = :n")
                        .param("n", "区县自建评选" + unique)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post(AWARDS + "/" + nominating + "/review").with(csrf()).with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        assertThat(statusOf(nominating)).isEqualTo("NOMINATING");

        long reviewing = cycle("REVIEWING", LocalDate.now().minusDays(5));
        long ours = nomination(reviewing, "ENTERPRISE", "滨城爱心企业", null, false, BINCHENG);
        mvc.perform(get(AWARDS + "/" + reviewing).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("滨城爱心企业" + unique)))
                .andExpect(content().string(not(containsString("inline-review"))))
                .andExpect(content().string(not(containsString("select-form"))))
                .andExpect(content().string(not(containsString("id=\"publish-form\""))));
        mvc.perform(post(AWARDS + "/" + reviewing + "/nominations/" + ours + "/score")
                        .param("score", "88")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        mvc.perform(post(AWARDS + "/" + reviewing + "/nominations/" + ours + "/winner")
                        .param("winner", "true")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        mvc.perform(post(AWARDS + "/" + reviewing + "/publish").with(csrf()).with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        assertThat(scoreOf(ours)).isNull();
        assertThat(winners(reviewing, "ENTERPRISE")).isZero();
        assertThat(statusOf(reviewing)).isEqualTo("REVIEWING");

        mvc.perform(get(AWARDS + "/" + reviewing).with(logins.as("admin")))
                .andExpect(content().string(containsString("inline-review")))
                .andExpect(content().string(containsString("id=\"publish-form\"")));
        mvc.perform(post(AWARDS + "/" + reviewing + "/nominations/" + ours + "/score")
                        .param("score", "88")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(flash().attribute("flashSuccess", containsString("评审分数已保存")));
        mvc.perform(post(AWARDS + "/" + reviewing + "/nominations/" + ours + "/winner")
                        .param("winner", "true")
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(flash().attribute("flashSuccess", containsString("已确定入选")));
        assertThat(scoreOf(ours)).isEqualTo(88);
        assertThat(winners(reviewing, "ENTERPRISE")).isEqualTo(1);
        mvc.perform(get(AWARDS + "/" + reviewing).with(logins.as("bincheng")))
                .andExpect(content().string(containsString(">88<")))
                .andExpect(content().string(containsString("badge ok")));
    }

    @Test
    void townshipReviewersAndAuditorsOnlyLookAndVillageAssistantsAreRefused() throws Exception {
        long cycle = cycle("NOMINATING", LocalDate.now().plusDays(5));
        mvc.perform(get(AWARDS + "/" + cycle).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"nominate-PERSON\""))));
        mvc.perform(post(AWARDS + "/" + cycle + "/nominations")
                        .param("category", "PERSON")
                        .param("nominee", "乡镇提名" + unique)
                        .param("deeds", "事迹")
                        .with(csrf())
                        .with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(post(AWARDS)
                        .param("name", "审计员评选" + unique)
                        .param("firstYear", "2029")
                        .param("nominationsClose", LocalDate.now().plusDays(30).toString())
                        .with(csrf())
                        .with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(post(AWARDS + "/" + cycle + "/review").with(csrf()).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get(AWARDS + "/" + cycle).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"review-form\""))));
        mvc.perform(get(AWARDS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        assertThat(nominations(cycle)).isZero();
        assertThat(statusOf(cycle)).isEqualTo("NOMINATING");
    }

    @Test
    void aCycleNeedsAUniqueNameAndAClosingDayNotInThePast() throws Exception {
        long existing = cycle("NOMINATING", LocalDate.now().plusDays(5));
        String name = jdbc.sql("select name from charity.award_cycles where id = :c")
                .param("c", existing)
                .query(String.class)
                .single();
        mvc.perform(post(AWARDS)
                        .param("name", name)
                        .param("firstYear", "2027")
                        .param("nominationsClose", LocalDate.now().minusDays(1).toString())
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有同名评选")))
                .andExpect(content().string(containsString("提名截止日期不能早于今天")));
        mvc.perform(post(AWARDS)
                        .param("name", "<script>x</script>")
                        .param("firstYear", "")
                        .param("nominationsClose", LocalDate.now().plusDays(1).toString())
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能包含尖括号")));
        assertThat(jdbc.sql("select count(*) from charity.award_cycles where name in (:n)")
                        .param("n", java.util.List.of(name, "<script>x</script>"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
