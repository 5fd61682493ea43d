package org.minzheng.payment.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * 部门待遇数据 in the console: the city uploads a department's file, valid rows go in, invalid rows are listed
 * with their reasons, and uploading the same file again changes nothing. Auditors read; others see nothing.
 */
@IntegrationTest
class BenefitImportTests {

    static final String BASE = "/console/payment/benefits";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffLogins logins;

    @Autowired
    BenefitRecords records;

    private final String prefix = BenefitFixtures.aPrefix();
    private final String person = BenefitFixtures.freshIdNumber();

    @AfterEach
    void forgetTheRecords() {
        jdbc.update("delete from payment.benefit_records where external_id like ?", prefix + "%");
    }

    @Test
    void validRowsGoInInvalidRowsAreListedAndTheSameFileAgainChangesNothing() throws Exception {
        byte[] file = csv(
                "记录编号,身份证号码,姓名,手机号码,待遇名称,月份,金额（元）,发放日期,备注",
                prefix + "1," + person + ",张测试,,困难残疾人生活补贴," + BenefitFixtures.lastMonth() + ",90.00,,",
                prefix + "2," + person + ",张测试,13800000000,重度残疾人护理补贴," + BenefitFixtures.lastMonth() + ",90,"
                        + BenefitFixtures.lastMonth().atDay(20) + ",",
                prefix + "3,371602195603120022,李测试,,困难残疾人生活补贴," + BenefitFixtures.lastMonth() + ",90,,",
                prefix + "4," + person + ",<script>x</script>,,护理补贴,"
                        + BenefitFixtures.lastMonth().toString().replace("-", "") + ",-1,,",
                prefix + "1," + person + ",张测试,,困难残疾人生活补贴," + BenefitFixtures.lastMonth() + ",90.00,,");

        Document first = upload("disabled-persons", "残联.csv", file);

        assertThat(first.select("#import-done").text()).contains("残联.csv", "新增 2 条", "更新 0 条");
        assertThat(first.select("#problems tbody tr")).hasSize(4);
        assertThat(first.select("#problems tbody tr td:first-child").eachText()).containsExactly("4", "5", "5", "6");
        assertThat(first.select("#problems").text())
                .contains("身份证号码：不是有效的身份证号码", "姓名：不能含尖括号", "金额：必须大于 0", "与前面一条记录的编号重复");
        assertThat(count()).isEqualTo(2);

        Document again = upload("disabled-persons", "残联.csv", file);

        assertThat(again.select("#import-done").text()).contains("新增 0 条", "更新 0 条", "未变化 2 条");
        assertThat(count()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit.audit_entries where action = 'payment.benefit.import' and target_id = 'disabled-persons'",
                        Long.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void anExcelFileIsReadLikeACsvAndAChangedAmountUpdatesTheRecord() throws Exception {
        upload(
                "human-resources",
                "a.csv",
                csv("编号,身份证,姓名,手机,待遇,月份,金额,日期,备注", prefix + "1," + person + ",王测试,,城乡居民基础养老金,2025-12,188,,"));
        var workbook = new ByteArrayOutputStream();
        FastExcel.write(workbook)
                .sheet("sheet1")
                .doWrite(List.of(
                        List.of("编号", "身份证", "姓名", "手机", "待遇", "月份", "金额", "日期", "备注"),
                        List.of(prefix + "1", person, "王测试", "", "城乡居民基础养老金", "2025-12", "203.5", "", "")));

        Document page = upload("human-resources", "b.xlsx", workbook.toByteArray());

        assertThat(page.select("#import-done").text()).contains("新增 0 条", "更新 1 条");
        assertThat(jdbc.queryForObject(
                        "select amount_fen from payment.benefit_records where external_id = ?",
                        Long.class,
                        prefix + "1"))
                .isEqualTo(20_350L);
    }

    @Test
    void aFileThatIsNoSpreadsheetOrNoDepartmentIsRefusedAndNothingIsStored() throws Exception {
        byte[] file = csv("h", prefix + "1," + person + ",张测试,,补贴,2025-12,90,,");

        Document noDepartment = upload("", "a.csv", file);
        Document wrongKind = upload("education", "a.txt", file);
        Document fakeWorkbook = upload("education", "a.xlsx", file);

        assertThat(noDepartment.select(".field-error").text()).contains("请选择报送部门");
        assertThat(wrongKind.select("#file-error").text()).contains(".csv 或 .xlsx");
        assertThat(fakeWorkbook.select("#file-error").text()).contains(".csv 或 .xlsx");
        assertThat(count()).isZero();
    }

    @Test
    void theListShowsMaskedPeopleFiltersByDepartmentAndMonthAndExports() throws Exception {
        upload(
                "education",
                "a.csv",
                csv(
                        "h",
                        prefix + "1," + person + ",赵测试,,学前教育资助,2025-11,500,,",
                        prefix + "2," + person + ",赵测试,,学前教育资助,2025-12,500,,"));

        Document list = page(get(BASE + "?department=education&month=2025-12&idNumber=" + person), "auditor");

        assertThat(list.select("#records tbody tr")).hasSize(1);
        String row = list.select("#records tbody tr").text();
        assertThat(row).contains("赵*试", "2025-12", "¥500.00", prefix + "2");
        assertThat(row).doesNotContain(person).contains(person.substring(0, 6) + "********" + person.substring(14));
        assertThat(list.select("#import-link")).as("auditors read only").isEmpty();
        MvcResult export = mvc.perform(get(BASE + "/export?department=education&idNumber=" + person)
                        .with(logins.as("admin")))
                .andReturn();
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
        assertThat(export.getResponse().getContentAsByteArray()).hasSizeGreaterThan(100);
    }

    @Test
    void recordsOfTheWholeCityAreHiddenFromStaffWithANarrowerScope() {
        assertThat(records.search("", null, "", new DataScope(RegionCode.of("371602005")), Pageable.ofSize(10))
                        .getTotalElements())
                .isZero();
        assertThat(records.search("", null, "", new DataScope(RegionCode.of("3716")), Pageable.ofSize(10))
                        .getTotalElements())
                .as("the demo records")
                .isPositive();
    }

    @Test
    void theAuditorMayNotImportNorIssueKeysAndOtherRolesSeeNothing() throws Exception {
        assertThat(status(get(BASE), "auditor")).isEqualTo(200);
        assertThat(status(get(BASE + "/import"), "auditor")).isEqualTo(403);
        assertThat(status(
                        multipart(BASE + "/import")
                                .file(new MockMultipartFile("file", "a.csv", "text/csv", csv("h")))
                                .param("department", "education")
                                .with(csrf()),
                        "auditor"))
                .isEqualTo(403);
        assertThat(status(post(BASE + "/departments/education/key").with(csrf()), "auditor"))
                .isEqualTo(403);
        for (String user : List.of("bincheng", "pengli", "cunwei")) {
            assertThat(status(get(BASE), user)).as(user).isEqualTo(403);
            assertThat(status(get(BASE + "/export"), user)).as(user).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject(
                        "select api_key_hash is not null from payment.departments where code = 'education'",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void anIssuedKeyIsShownOnceAndOpensTheApiInsteadOfTheOldOne() throws Exception {
        jdbc.update("""
                insert into payment.departments (code, name_zh, name_en, hotline, sort_order)
                values ('test-department', '测试部门', 'Test department', '12345', 999) on conflict do nothing""");
        try {
            MvcResult issued = mvc.perform(post(BASE + "/departments/test-department/key")
                            .with(csrf())
                            .with(logins.as("admin")))
                    .andReturn();
            String key = (String) issued.getFlashMap().get("issuedKey");
            assertThat(key).startsWith("test-department.");
            assertThat(jdbc.queryForObject(
                            "select api_key_hash from payment.departments where code = 'test-department'",
                            String.class))
                    .isNotEqualTo(key)
                    .hasSize(64);
            int answer = mvc.perform(get(PartnerApiSecurity.PATH + "/nothing").header("X-API-Key", key))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(answer).as("known key, unknown record").isEqualTo(404);
        } finally {
            jdbc.update("delete from payment.departments where code = 'test-department'");
        }
    }

    private Document upload(String department, String name, byte[] content) throws Exception {
        return page(
                multipart(BASE + "/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("department", department)
                        .with(csrf()),
                "admin");
    }

    private Document page(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
        MvcResult result = mvc.perform(request.with(logins.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private int status(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
        return mvc.perform(request.with(logins.as(user)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long count() {
        return jdbc.queryForObject(
                "select count(*) from payment.benefit_records where external_id like ?", Long.class, prefix + "%");
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
