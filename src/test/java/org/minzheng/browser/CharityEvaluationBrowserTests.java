package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 滨城区's county approver evaluates a running project for last quarter (a score above its maximum first),
 * uploads the charity organisation's audit report as a PDF, and nominates for a "three tens" cycle that the city
 * bureau opened, one person without consent to be named; the city administrator then closes nominations, scores,
 * chooses the winners and publishes the results.
 */
@IntegrationTest
class CharityEvaluationBrowserTests extends BrowserScenario {

    final String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
    final String organisation = "浏览器评估测试慈善会" + suffix;
    final String project = "浏览器评估测试项目" + suffix;
    final String firm = "浏览器测试会计师事务所" + suffix;
    final String cycle = "浏览器测试“三个十”评选" + suffix;
    long organisationId;
    long projectId;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aRunningProjectOfBincheng() {
        organisationId = jdbc.queryForObject(
                "insert into charity.organisations (name) values (?) returning id", Long.class, organisation);
        projectId = jdbc.queryForObject(
                """
                insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                    region_code, starts_on, ends_on, status, created_by)
                values (?, '为困境儿童提供课后陪伴', 30000000, 40, ?, '371602000000', ?, ?, 'RUNNING', 'bincheng')
                returning id
                """,
                Long.class,
                project,
                organisationId,
                LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1));
    }

    @AfterEach
    void removeWhatTheScenarioMade() {
        jdbc.update(
                "delete from charity.nominations where cycle_id in (select id from charity.award_cycles where name = ?)",
                cycle);
        jdbc.update("delete from charity.award_cycles where name = ?", cycle);
        jdbc.update("delete from charity.evaluations where project_id = ?", projectId);
        List<String> files = jdbc.queryForList(
                "select attachment_id from charity.audit_reports where organisation_id = ?",
                String.class,
                organisationId);
        jdbc.update("delete from charity.audit_reports where organisation_id = ?", organisationId);
        files.forEach(file -> jdbc.update("delete from attachment.files where id::text = ?", file));
        jdbc.update("delete from charity.projects where id = ?", projectId);
        jdbc.update("delete from charity.organisations where id = ?", organisationId);
    }

    @Test
    void evaluatesAProjectUploadsAnAuditReportAndPublishesTheThreeTens() throws Exception {
        signInWithSecondFactor("admin", DEMO_PASSWORD);
        clickMenu("“三个十”评选");
        clickAndWait(browser.findElement(By.id("new-cycle")));
        browser.findElement(By.id("name")).sendKeys(cycle);
        retype(By.id("firstYear"), "2027");
        browser.executeScript(
                "document.getElementById('nominationsClose').value = arguments[0];",
                LocalDate.now().plusDays(20).toString());
        clickAndWait(browser.findElement(By.cssSelector("#cycle-form button[type=submit]")));
        assertThat(heading()).isEqualTo(cycle);
        String cyclePage = path();
        // the administrator's session stays open on the server for the second half
        browser.manage().deleteAllCookies();

        login("bincheng", DEMO_PASSWORD);
        clickMenu("季度评估");
        assertThat(browser.findElements(By.id("overdue-" + projectId))).isNotEmpty();
        clickAndWait(browser.findElement(By.id("new-evaluation")));
        new Select(browser.findElement(By.id("projectId"))).selectByValue(String.valueOf(projectId));
        browser.findElement(By.id("evaluator")).sendKeys("滨州市社会组织评估中心");
        browser.findElement(By.id("managementScore")).sendKeys("18");
        browser.findElement(By.id("outcomeScore")).sendKeys("35");
        browser.findElement(By.id("fundsScore")).sendKeys("22");
        browser.findElement(By.id("satisfactionScore")).sendKeys("13");
        browser.findElement(By.id("disclosureScore")).sendKeys("9");
        browser.findElement(By.id("findings")).sendKeys("课后陪伴按计划开展，家长反馈良好；建议每月公开资金使用明细。");
        // the browser would stop the number above its max itself; the server must refuse it too
        browser.executeScript("document.getElementById('evaluation-form').noValidate = true;");
        clickAndWait(browser.findElement(By.cssSelector("#evaluation-form button[type=submit]")));
        assertThat(fieldError("服务成效")).contains("0至30");
        screenshot("charity-evaluation-form");
        retype(By.id("outcomeScore"), "27");
        clickAndWait(browser.findElement(By.cssSelector("#evaluation-form button[type=submit]")));
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("89 / 100");
        assertThat(browser.findElement(By.id("grade")).getText()).isEqualTo("良好");
        clickAndWait(browser.findElement(By.linkText(project)));
        assertThat(browser.findElements(By.cssSelector("#trend rect"))).hasSize(1);
        assertThat(browser.findElements(By.id("overdue-" + projectId))).isEmpty();
        screenshot("charity-evaluations");

        clickMenu("第三方审计报告");
        clickAndWait(browser.findElement(By.id("new-audit-report")));
        choose(By.id("organisationId"), organisation);
        retype(By.id("year"), String.valueOf(LocalDate.now().getYear() - 1));
        browser.findElement(By.id("auditFirm")).sendKeys(firm);
        choose(By.id("opinion"), "标准无保留意见");
        browser.findElement(By.id("summary")).sendKeys("年度财务报表在所有重大方面公允反映了财务状况。");
        Path pdf = Files.createTempFile("audit-report", ".pdf");
        Files.write(pdf, minimalPdf());
        browser.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.cssSelector("#audit-report-form button[type=submit]")));
        Files.deleteIfExists(pdf);
        assertThat(pageText()).contains(firm).contains("审计报告已上传");
        screenshot("charity-audit-reports");

        clickMenu("“三个十”评选");
        assertThat(browser.findElements(By.id("new-cycle"))).isEmpty();
        clickAndWait(browser.findElement(By.linkText(cycle)));
        assertThat(browser.findElement(By.id("organiser-note")).getText()).contains("市民政局");
        assertThat(browser.findElements(By.id("review-form"))).isEmpty();
        nominate("ENTERPRISE", "滨州测试爱心企业" + suffix, "连续三年资助困境儿童课后陪伴", false);
        nominate("PERSON", "测试楷模" + suffix, "二十年照料孤寡老人", true);
        clickAndWait(browser.findElement(By.id("nominate-PROJECT")));
        new Select(browser.findElement(By.id("projectId"))).selectByValue(String.valueOf(projectId));
        browser.findElement(By.id("deeds")).sendKeys("课后陪伴覆盖四十户困境儿童家庭");
        clickAndWait(browser.findElement(By.cssSelector("#nomination-form button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("tr[id^=nomination-]"))).hasSize(3);
        screenshot("charity-award-nominations");
        signOut();

        signInWithSecondFactor("admin", DEMO_PASSWORD);
        open(cyclePage);
        assertThat(heading()).isEqualTo(cycle);
        clickAndConfirm(browser.findElement(By.cssSelector("#review-form button[type=submit]")));
        assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo("评审中");
        int score = 95;
        List<String> rows = browser.findElements(By.cssSelector("tr[id^=nomination-]")).stream()
                .map(row -> row.getDomAttribute("id"))
                .toList();
        for (String id : rows) {
            WebElement input = browser.findElement(By.cssSelector("#" + id + " input[name=score]"));
            input.clear();
            input.sendKeys(String.valueOf(score--));
            clickAndWait(browser.findElement(By.cssSelector("#" + id + " .inline-review button")));
            clickAndWait(browser.findElement(By.cssSelector("#" + id + " .select-form button")));
        }
        assertThat(browser.findElements(By.cssSelector("tr.winner"))).hasSize(3);
        clickAndConfirm(browser.findElement(By.cssSelector("#publish-form button[type=submit]")));
        assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo("已公布");
        assertThat(browser.findElements(By.cssSelector("input[name=score]"))).isEmpty();
        screenshot("charity-awards");

        clickAndWait(browser.findElement(By.id("results")));
        assertThat(pageText())
                .contains("（本人未同意公开姓名）")
                .doesNotContain("测试楷模" + suffix)
                .contains(project);
        screenshot("charity-award-results");
    }

    private void nominate(String category, String nominee, String deeds, boolean withoutConsent) {
        clickAndWait(browser.findElement(By.id("nominate-" + category)));
        browser.findElement(By.id("nominee")).sendKeys(nominee);
        browser.findElement(By.id("deeds")).sendKeys(deeds);
        if (!withoutConsent && !browser.findElements(By.id("publishConsent")).isEmpty()) {
            browser.findElement(By.id("publishConsent")).click();
        }
        clickAndWait(browser.findElement(By.cssSelector("#nomination-form button[type=submit]")));
        assertThat(pageText()).contains(nominee);
    }

    /** A one-page PDF; the attachment store recognises it by its signature. */
    private static byte[] minimalPdf() {
        String body = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
