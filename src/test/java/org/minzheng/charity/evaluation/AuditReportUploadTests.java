package org.minzheng.charity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Third-party audit reports: the upload with its file checks, the download and the scope. */
@IntegrationTest
@Transactional
class AuditReportUploadTests {

    static final String REPORTS = "/console/charity/audit-reports";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    CharityEvaluationFixtures fixtures;
    long organisation;
    String firm;

    @BeforeEach
    void fixtures() {
        fixtures = new CharityEvaluationFixtures(jdbc);
        organisation = fixtures.organisation("审计测试慈善会");
        firm = "审计测试会计师事务所" + fixtures.unique;
    }

    static byte[] pdf() {
        return DemoPdf.withLines(List.of("Audit report used by a test"));
    }

    MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content) {
        return upload(fileName, content, LocalDate.now().getYear() - 1);
    }

    MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content, int year) {
        MockMultipartHttpServletRequestBuilder request = multipart(REPORTS);
        request.file(new MockMultipartFile("file", fileName, "application/pdf", content))
                .param("organisationId", String.valueOf(organisation))
                .param("year", String.valueOf(year))
                .param("auditFirm", firm)
                .param("opinion", "QUALIFIED")
                .param("summary", "应收款项核算不完整，其余方面公允反映。")
                .with(csrf());
        return request;
    }

    long reports() {
        return jdbc.sql("select count(*) from charity.audit_reports where audit_firm = :f")
                .param("f", firm)
                .query(Long.class)
                .single();
    }

    long unattachedFiles() {
        return jdbc.sql(
                        "select count(*) from attachment.files where owner = 'charity-audit-report' and owner_id is null")
                .query(Long.class)
                .single();
    }

    @Test
    void countyApproverUploadsAPdfWhichIsKeptBoundToTheReportAndServedInline() throws Exception {
        mvc.perform(upload("2025年度审计报告.pdf", pdf()).with(logins.as("bincheng"))).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from charity.audit_reports where audit_firm = :f")
                .param("f", firm)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select region_code from charity.audit_reports where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(CharityEvaluationFixtures.BINCHENG);
        assertThat(jdbc.sql("""
                        select count(*) from attachment.files f join charity.audit_reports r
                            on r.attachment_id = f.id::text
                        where r.id = :id and f.owner = 'charity-audit-report' and f.owner_id = :owner
                        """)
                        .param("id", id)
                        .param("owner", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(fixtures.audited("charity.audit-report.upload", String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(get(REPORTS).with(logins.as("pengli")))
                .andExpect(content().string(containsString("report-" + id)))
                .andExpect(content().string(containsString("保留意见")));
        byte[] served = mvc.perform(get(REPORTS + "/" + id + "/file").with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(served).isEqualTo(pdf());
    }

    @Test
    void aTextFileNamedPdfIsRefusedAndNothingIsStored() throws Exception {
        long before = unattachedFiles();
        mvc.perform(upload("审计报告.pdf", "<script>alert(1)</script> not a pdf".getBytes(StandardCharsets.UTF_8))
                        .with(logins.as("bincheng")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("文件内容与扩展名不符")));
        assertThat(reports()).isZero();
        assertThat(unattachedFiles()).isEqualTo(before);
    }

    @Test
    void anOversizedOrEmptyFileIsRefusedAndNothingIsStored() throws Exception {
        byte[] huge = Arrays.copyOf(pdf(), 6 * 1024 * 1024);
        mvc.perform(upload("很大的报告.pdf", huge).with(logins.as("bincheng")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("文件太大")));
        mvc.perform(upload("空报告.pdf", new byte[0]).with(logins.as("bincheng")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("文件是空的")));
        assertThat(reports()).isZero();
    }

    @Test
    void aFutureYearAMissingOpinionAndMarkupInTheFirmAreRefused() throws Exception {
        mvc.perform(upload("报告.pdf", pdf(), LocalDate.now().getYear() + 1).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("审计年度不能晚于今年")));
        MockMultipartHttpServletRequestBuilder noOpinion = multipart(REPORTS);
        noOpinion
                .file(new MockMultipartFile("file", "报告.pdf", "application/pdf", pdf()))
                .param("organisationId", String.valueOf(organisation))
                .param("year", "2024")
                .param("auditFirm", "<b>" + firm + "</b>")
                .param("opinion", "")
                .with(csrf());
        mvc.perform(noOpinion.with(logins.as("bincheng")))
                .andExpect(content().string(containsString("请选择审计意见")))
                .andExpect(content().string(containsString("has-error")));
        assertThat(reports()).isZero();
    }

    @Test
    void anotherCountysReportIsNeitherListedNorServed() throws Exception {
        long id = jdbc.sql("""
                        insert into charity.audit_reports (organisation_id, year, audit_firm, opinion, attachment_id,
                            region_code, uploaded_by)
                        values (:org, 2025, :firm, 'UNQUALIFIED', :file, :region, 'zhanhua')
                        returning id
                        """)
                .param("org", organisation)
                .param("firm", firm)
                .param("file", java.util.UUID.randomUUID().toString())
                .param("region", CharityEvaluationFixtures.ZHANHUA)
                .query(Long.class)
                .single();
        mvc.perform(get(REPORTS).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("report-" + id))));
        mvc.perform(get(REPORTS + "/" + id + "/file").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(REPORTS).with(logins.as("zhanhua")))
                .andExpect(content().string(containsString("report-" + id)));
    }

    @Test
    void onlyManagersUploadAndVillageAssistantsSeeNothing() throws Exception {
        mvc.perform(upload("报告.pdf", pdf()).with(logins.as("pengli"))).andExpect(status().isForbidden());
        mvc.perform(upload("报告.pdf", pdf()).with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(REPORTS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(REPORTS).with(logins.as("auditor"))).andExpect(status().isOk());
        assertThat(reports()).isZero();
    }
}
