package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.IdNumber;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 里则街道's reviewer uploads a small collection file with one bad row, reads the preview, confirms,
 * follows the background job to its end and opens the imported household.
 */
@IntegrationTest
class RegistryImportBrowserTests extends BrowserScenario {

    static final String ADDRESS = "浏览器导入测试路1号";
    static final String FILE_NAME = "import-test-browser.csv";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheScenariosImport() {
        jdbc.update("delete from registry.households where address = ?", ADDRESS);
        jdbc.update(
                "delete from registry.import_rows where batch_id in "
                        + "(select id from registry.import_batches where file_name = ?)",
                FILE_NAME);
        jdbc.update(
                "delete from registry.import_households where batch_id in "
                        + "(select id from registry.import_batches where file_name = ?)",
                FILE_NAME);
        jdbc.update("delete from registry.import_batches where file_name = ?", FILE_NAME);
    }

    @Test
    void uploadsPreviewsConfirmsAndOpensTheImportedHousehold() throws Exception {
        String headId = idNumber();
        String badId = idNumber().substring(0, 17) + "0";
        if (IdNumber.isValid(badId)) {
            badId = badId.substring(0, 17) + "1";
        }
        String household = "H1,371602012201," + ADDRESS + ",农村,dibao,2500.00,";
        Path file = Files.createTempDirectory("registry-import-browser").resolve(FILE_NAME);
        Files.writeString(
                file,
                String.join(
                        "\r\n",
                        "户编号,村（社区）代码,家庭住址,户口性质,低收入类别,家庭财产（元）,姓名,身份证号,与户主关系,劳动能力,残疾类别,残疾等级,月收入（元）",
                        household + "浏览器导入户主," + headId + ",02,partial,,,420.00",
                        household + "浏览器导入配偶," + idNumber() + ",10,none,,,0",
                        "H2,371602012201," + ADDRESS + ",农村,,0,校验位有误," + badId + ",02,full,,,100"),
                StandardCharsets.UTF_8);

        login("lize", DEMO_PASSWORD);
        waitForHeading("您好");
        clickMenu("批量导入");
        assertThat(path()).isEqualTo("/console/registry/import");
        assertThat(heading()).isEqualTo("批量导入");
        screenshot("registry-import-form");

        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        clickAndWait(browser.findElement(By.cssSelector("#import-form button[type=submit]")));
        assertThat(path()).startsWith("/console/jobs/");
        WebElement result = jobResult();
        assertThat(pageText()).contains("校验完成：共3行，新增2人，变更0人，无变化0人，不通过1行");
        screenshot("registry-import-checked");

        clickAndWait(result);
        assertThat(heading()).isEqualTo("导入预览：" + FILE_NAME);
        assertThat(browser.findElement(By.id("count-added")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("count-rejected")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("line-4")).getText()).contains("不通过");
        screenshot("registry-import-preview");

        clickAndWait(browser.findElement(By.id("filter-REJECTED")));
        List<String> rejected = texts(By.cssSelector("#import-rows tbody tr"));
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0)).contains("校验位有误").contains("身份证号校验位不正确");

        String question = clickAndConfirm(browser.findElement(By.cssSelector("#commit-form button")));
        assertThat(question).contains("将新增2人");
        assertThat(path()).startsWith("/console/jobs/");
        result = jobResult();
        assertThat(pageText()).contains("导入完成：新增1户");
        screenshot("registry-import-committed");

        clickAndWait(result);
        assertThat(browser.findElement(By.id("batch-status")).getText()).isEqualTo("已导入");
        assertThat(browser.findElements(By.id("commit-form"))).isEmpty();
        screenshot("registry-import-report");
        clickAndWait(browser.findElement(By.cssSelector("#line-2 a.household-link")));

        assertThat(heading()).startsWith("浏览器导入户主户");
        assertThat(browser.findElement(By.id("assets")).getText()).isEqualTo("¥2,500.00");
        assertThat(browser.findElement(By.id("household-means")).getText()).contains("¥420.00");
        screenshot("registry-import-household");
    }

    /** Waits, as the owner does, until the job page shows its result link. */
    private WebElement jobResult() {
        return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100))
                .until(visibilityOfElementLocated(By.cssSelector("#job-progress a.button.primary")));
    }

    private static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371627%04d%02d%02d%03d",
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }
}
