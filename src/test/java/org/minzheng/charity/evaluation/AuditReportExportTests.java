package org.minzheng.charity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The audit-report list as a spreadsheet: the list's filters and scope, headings and opinions localised. */
@IntegrationTest
@Transactional
class AuditReportExportTests {

    static final String EXPORT = "/console/charity/audit-reports/export";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    CharityEvaluationFixtures fixtures;
    long organisation;

    @BeforeEach
    void fixtures() {
        fixtures = new CharityEvaluationFixtures(jdbc);
        organisation = fixtures.organisation("导出审计慈善会");
    }

    long report(Long project, int year, String firm, String opinion, String region) {
        return jdbc.sql("""
                        insert into charity.audit_reports (organisation_id, project_id, year, audit_firm, opinion,
                            summary, attachment_id, region_code, uploaded_by)
                        values (:org, :project, :year, :firm, :opinion, '收支核算规范。', :file, :region, 'test')
                        returning id
                        """)
                .param("org", organisation)
                .param("project", project)
                .param("year", year)
                .param("firm", firm + fixtures.unique)
                .param("opinion", opinion)
                .param("file", UUID.randomUUID().toString())
                .param("region", region)
                .query(Long.class)
                .single();
    }

    List<Map<Integer, String>> rows(MockHttpServletRequestBuilder request) throws Exception {
        byte[] file = mvc.perform(request.param("organisation", String.valueOf(organisation)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return FastExcel.read(new ByteArrayInputStream(file))
                .sheet()
                .headRowNumber(0)
                .doReadSync();
    }

    static List<String> firms(List<Map<Integer, String>> rows) {
        return rows.stream().skip(1).map(row -> row.get(3)).toList();
    }

    @Test
    void exportHoldsTheReportWithLocalisedHeadingsAndOpinion() throws Exception {
        report(null, 2024, "滨城会计师事务所", "QUALIFIED", CharityEvaluationFixtures.BINCHENG);

        List<Map<Integer, String>> rows = rows(get(EXPORT).with(logins.as("bincheng")));

        assertThat(rows.get(0).values()).contains("慈善组织", "审计年度", "会计师事务所", "审计意见", "报告摘要");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).values())
                .contains("导出审计慈善会" + fixtures.unique, "整个组织", "2024", "滨城会计师事务所" + fixtures.unique, "保留意见", "收支核算规范。");
    }

    @Test
    void exportFollowsTheProjectYearAndOpinionFilters() throws Exception {
        long project = fixtures.project(
                "专项审计导出", CharityEvaluationFixtures.BINCHENG, "RUNNING", LocalDate.now(), organisation);
        report(project, 2024, "专项事务所", "UNQUALIFIED", CharityEvaluationFixtures.BINCHENG);
        report(null, 2023, "年度事务所", "ADVERSE", CharityEvaluationFixtures.BINCHENG);

        assertThat(firms(rows(
                        get(EXPORT).param("project", String.valueOf(project)).with(logins.as("admin")))))
                .containsExactly("专项事务所" + fixtures.unique);
        assertThat(firms(rows(get(EXPORT).param("year", "2023").with(logins.as("admin")))))
                .containsExactly("年度事务所" + fixtures.unique);
        assertThat(firms(rows(get(EXPORT).param("opinion", "UNQUALIFIED").with(logins.as("admin")))))
                .containsExactly("专项事务所" + fixtures.unique);
        assertThat(rows(get(EXPORT).param("project", String.valueOf(project)).with(logins.as("admin")))
                        .get(1)
                        .values())
                .contains("专项审计导出" + fixtures.unique, "标准无保留意见");
    }

    @Test
    void anotherCountysReportIsNotExported() throws Exception {
        report(null, 2024, "滨城所", "UNQUALIFIED", CharityEvaluationFixtures.BINCHENG);
        report(null, 2024, "沾化所", "UNQUALIFIED", CharityEvaluationFixtures.ZHANHUA);

        assertThat(firms(rows(get(EXPORT).with(logins.as("bincheng"))))).containsExactly("滨城所" + fixtures.unique);
        assertThat(firms(rows(get(EXPORT).with(logins.as("lize"))))).containsExactly("滨城所" + fixtures.unique);
        assertThat(firms(rows(get(EXPORT).with(logins.as("zhanhua"))))).containsExactly("沾化所" + fixtures.unique);
        assertThat(firms(rows(get(EXPORT).with(logins.as("auditor")))))
                .containsExactlyInAnyOrder("滨城所" + fixtures.unique, "沾化所" + fixtures.unique);
    }

    @Test
    void theListLinksToTheExportAndVillageAssistantsMayNotExport() throws Exception {
        mvc.perform(get("/console/charity/audit-reports").param("year", "2024").with(logins.as("auditor")))
                .andExpect(content().string(containsString("id=\"export-audit-reports\"")))
                .andExpect(content().string(containsString("/console/charity/audit-reports/export?")))
                .andExpect(content().string(containsString("year=2024")));
        mvc.perform(get(EXPORT).with(logins.as("cunwei"))).andExpect(status().isForbidden());
    }
}
