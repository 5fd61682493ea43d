package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolment;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.assistance.recipient.ReviewCycle;
import org.minzheng.payment.account.BankAccountNumber;
import org.minzheng.payment.account.BankAccounts;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 滨城区's approver runs a month's 低保 payroll: generates it, reviews the townships' totals,
 * approves, makes the bank file, imports the bank's return with one failure, has the township put
 * the account right, and sends the failed payment again. Uses June 2021, which no other test does.
 */
@IntegrationTest
class PayrollBrowserTests extends BrowserScenario {

    static final YearMonth MONTH = YearMonth.of(2021, 6);

    @Autowired
    Enrolments enrolments;

    @Autowired
    BankAccounts accounts;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> recipients = new ArrayList<>();
    private Path returnFile;

    @AfterEach
    void cleanUp() throws Exception {
        jdbc.update("delete from payment.payments where payroll_id in"
                + " (select id from payment.payrolls where month = '2021-06-01')");
        jdbc.update("delete from payment.bank_batches where payroll_id in"
                + " (select id from payment.payrolls where month = '2021-06-01')");
        jdbc.update("delete from payment.payrolls where month = '2021-06-01'");
        for (long id : recipients) {
            jdbc.update("delete from payment.accounts where recipient_id = ?", id);
            jdbc.update(
                    "delete from registry.households where id = (select household_id from assistance.recipients where id = ?)",
                    id);
            jdbc.update("delete from assistance.recipients where id = ?", id);
        }
        if (returnFile != null) {
            Files.deleteIfExists(returnFile);
        }
    }

    @Test
    void theCountyRunsAMonthsPayrollThroughTheBank() throws Exception {
        long paid = recipient("发放浏览甲", "371602012201", 820_00);
        long failed = recipient("发放浏览乙", "371602005001", 760_00);

        login("bincheng", DEMO_PASSWORD);
        clickMenu("发放工资单");
        assertThat(heading()).isEqualTo("发放工资单");
        choose(By.id("gen-programme"), "最低生活保障");
        browser.executeScript("document.getElementById('gen-month').value = '2021-06'");
        clickAndWait(browser.findElement(By.cssSelector("#generate-form button")));
        assertThat(pageText()).contains("已生成，本次新增 2 笔发放");
        assertThat(texts(By.cssSelector("#totals tbody tr")))
                .anySatisfy(row -> assertThat(row).contains("里则街道", "¥820.00"))
                .anySatisfy(row -> assertThat(row).contains("彭李街道", "¥760.00"));
        assertThat(browser.findElement(By.id("overall")).getText()).contains("2", "¥1,580.00");
        screenshot("payroll-draft");

        clickAndConfirm(browser.findElement(By.cssSelector("#approve-form button")));
        assertThat(browser.findElement(By.id("payroll-status")).getText()).isEqualTo("已审核");
        clickAndWait(browser.findElement(By.cssSelector("#send-form button")));
        assertThat(pageText()).contains("已生成第 1 个代发文件：2 笔，合计 ¥1,580.00");
        assertThat(browser.findElement(By.id("batches")).getText()).contains("下载CSV", "下载Excel");

        returnFile = Files.createTempFile("回盘-", ".csv");
        Files.writeString(
                returnFile,
                "流水号,金额（元）,结果,失败原因,银行流水号\n"
                        + paymentOf(paid) + ",820.00,成功,,NB0001\n"
                        + paymentOf(failed) + ",760.00,失败,账户已销户,NB0002\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("return-file")).sendKeys(returnFile.toString());
        clickAndWait(browser.findElement(By.cssSelector("#return-form button")));
        assertThat(pageText()).contains("回盘已导入：发放成功 1 笔，失败 1 笔");
        assertThat(texts(By.cssSelector("#payments tbody tr")))
                .anySatisfy(row -> assertThat(row).contains("发放浏览乙", "发放失败", "账户已销户"))
                .anySatisfy(row -> assertThat(row).contains("发放浏览甲", "已发放"));
        screenshot("payroll-returned");
        String payrollPage = path();
        signOut();

        login("pengli", DEMO_PASSWORD);
        open("/console/payment/accounts/" + failed);
        browser.findElement(By.id("accountNumber")).sendKeys("6217 0000 1111 2222 333");
        clickAndWait(browser.findElement(By.cssSelector("#account-form button[type=submit]")));
        assertThat(pageText()).contains("发放浏览乙的发放账户已保存");
        screenshot("payment-accounts");
        signOut();

        login("bincheng", DEMO_PASSWORD);
        open(payrollPage);
        clickAndWait(browser.findElement(By.cssSelector("#reissue-form button")));
        assertThat(pageText()).contains("1 笔发放失败的已转为待报送");
        clickAndWait(browser.findElement(By.cssSelector("#send-form button")));
        assertThat(browser.findElement(By.id("batches")).getText()).contains("第 2 批", "（重新发放）");
        screenshot("payroll-reissued");
    }

    private long recipient(String name, String village, long fen) {
        logins.signIn("bincheng");
        try {
            CaseNumber number = new CaseNumber(
                    String.format("MZ20010601-%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
            String first17 = "371625" + "1950" + "0101"
                    + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
            enrolments.enrol(new Enrolment(
                    number,
                    RegionCode.of(village),
                    Programme.DIBAO,
                    HukouType.RURAL,
                    "测试路",
                    List.of(new Enrolment.Member(
                            name, IdNumber.parse(first17 + IdNumber.checkChar(first17)), "02", WorkAbility.NONE, true)),
                    new PhoneNumber("13905438801"),
                    fen,
                    MONTH,
                    ReviewCycle.YEARLY,
                    MONTH.minusMonths(1).atEndOfMonth(),
                    "bincheng",
                    false));
            long id = jdbc.queryForObject(
                    "select id from assistance.recipients where case_number = ?", Long.class, number.value());
            recipients.add(id);
            accounts.save(
                    id,
                    "中国农业银行滨州分行",
                    name,
                    new BankAccountNumber("622848" + String.format("%013d", id)),
                    false,
                    -1,
                    new DataScope(RegionCode.of("371602")));
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long paymentOf(long recipient) {
        return jdbc.queryForObject(
                "select id from payment.payments where recipient_id = ? and for_month = '2021-06-01'",
                Long.class,
                recipient);
    }
}
