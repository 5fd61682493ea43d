package org.minzheng.charity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.charity.award.AwardCategory;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** What the public charity page may read: never a person's name without consent, no findings, no staff. */
@IntegrationTest
@Transactional
class PublishedResultsTests {

    @Autowired
    PublishedResults results;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    /** The public page is read in Chinese unless the visitor chose English. */
    @BeforeEach
    void readInChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void forgetTheLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    long publishedCycle() {
        return jdbc.sql("""
                        insert into charity.award_cycles (name, first_year, last_year, nominations_close, status,
                            published_on, created_by)
                        values (:name, 2031, 2032, '2032-09-30', 'PUBLISHED', current_date, 'test') returning id
                        """).param("name", "公开测试评选" + unique).query(Long.class).single();
    }

    void winner(long cycle, String category, String nominee, boolean consent, boolean winner) {
        jdbc.sql("""
                        insert into charity.nominations (cycle_id, category, nominee, deeds, publish_consent, score,
                            winner, region_code, nominated_by)
                        values (:c, :k, :n, '事迹', :consent, 90, :w, '371600000000', 'test')
                        """)
                .param("c", cycle)
                .param("k", category)
                .param("n", nominee)
                .param("consent", consent)
                .param("w", winner)
                .update();
    }

    @Test
    void aPersonWithoutConsentIsNeverNamedInThePublishedWinners() throws Exception {
        long cycle = publishedCycle();
        String hidden = "隐名楷模" + unique;
        String named = "署名楷模" + unique;
        winner(cycle, "PERSON", hidden, false, true);
        winner(cycle, "PERSON", named, true, true);
        winner(cycle, "ENTERPRISE", "公开企业" + unique, false, true);
        winner(cycle, "ENTERPRISE", "落选企业" + unique, true, false);

        List<PublicAward> mine = results.publishedWinners().stream()
                .filter(a -> a.cycleName().equals("公开测试评选" + unique))
                .toList();
        assertThat(mine).hasSize(3);
        assertThat(mine)
                .extracting(PublicAward::displayName)
                .doesNotContain(hidden)
                .contains(named, "公开企业" + unique);
        assertThat(mine.toString()).doesNotContain(hidden).doesNotContain("落选企业");
        assertThat(mine)
                .filteredOn(a -> a.category() == AwardCategory.PERSON)
                .extracting(PublicAward::displayName)
                .contains("（本人未同意公开姓名）");
        assertThat(mine).allSatisfy(a -> assertThat(a.publishedOn()).isEqualTo(LocalDate.now()));

        mvc.perform(get("/console/charity/awards/" + cycle + "/results").with(logins.as("admin")))
                .andExpect(content().string(not(containsString(hidden))))
                .andExpect(content().string(containsString("（本人未同意公开姓名）")))
                .andExpect(content().string(containsString(named)));
    }

    @Test
    void aCycleNotYetPublishedShowsNoWinners() {
        long cycle = jdbc.sql("""
                        insert into charity.award_cycles (name, first_year, last_year, nominations_close, created_by)
                        values (:name, 2033, 2034, '2034-09-30', 'test') returning id
                        """)
                .param("name", "未公布测试评选" + unique)
                .query(Long.class)
                .single();
        winner(cycle, "ENTERPRISE", "尚未公布企业" + unique, true, true);
        assertThat(results.publishedWinners())
                .extracting(PublicAward::displayName)
                .doesNotContain("尚未公布企业" + unique);
    }

    @Test
    void latestEvaluationsAndAuditReportsCarryNoFindingsOrStaff() {
        var fixtures = new CharityEvaluationFixtures(jdbc);
        long project = fixtures.project("公开评估", CharityEvaluationFixtures.CITY, "RUNNING", LocalDate.of(2024, 1, 1));
        fixtures.evaluation(project, 2025, 1, 20, 30, 25, 15, 10);
        fixtures.evaluation(project, 2025, 2, 10, 10, 10, 10, 10);
        List<PublicEvaluation> evaluations = results.latestEvaluations(project);
        assertThat(evaluations).hasSize(2);
        assertThat(evaluations.get(0)).isEqualTo(new PublicEvaluation(2025, 2, "测试评估中心", 50, EvaluationGrade.FAIL));
        assertThat(evaluations.get(1).grade()).isEqualTo(EvaluationGrade.EXCELLENT);

        long organisation = fixtures.organisation("公开审计慈善会");
        String file = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into charity.audit_reports (organisation_id, year, audit_firm, opinion, attachment_id,
                            region_code, uploaded_by)
                        values (:org, 2099, '公开测试事务所', 'ADVERSE', :file, '371602000000', 'bincheng')
                        """).param("org", organisation).param("file", file).update();
        assertThat(results.auditReports(2099))
                .filteredOn(r -> r.attachmentId().equals(file))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.opinion()).isEqualTo(AuditOpinion.ADVERSE);
                    assertThat(r.organisation()).startsWith("公开审计慈善会");
                    assertThat(r.projectName()).isNull();
                });
    }
}
