package org.minzheng.payment.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.payment.payroll.PayrollFixtures.BINCHENG;
import static org.minzheng.payment.payroll.PayrollFixtures.COUNTY;
import static org.minzheng.payment.payroll.PayrollFixtures.LIZE_VILLAGE;
import static org.minzheng.payment.payroll.PayrollFixtures.PENGLI_COMMUNITY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.payment.account.BankAccounts;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The payroll and bank-account pages through HTTP: roles, regions, bad input, downloads. Uses 2022. */
@IntegrationTest
@Transactional
class PaymentPagesTests {

    static final String BASE = PayrollController.BASE;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    Payrolls payrolls;

    @Autowired
    Enrolments enrolments;

    @Autowired
    BankAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    PayrollFixtures fixtures;

    @BeforeEach
    void setUp() {
        logins.signIn("bincheng");
        fixtures = new PayrollFixtures(enrolments, accounts, jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCountyGeneratesAndSeesTotalsByTownship() throws Exception {
        fixtures.recipient("页面甲", LIZE_VILLAGE, 700_00, YearMonth.of(2022, 1), null);
        fixtures.recipient("页面乙", PENGLI_COMMUNITY, 650_00, YearMonth.of(2022, 1), null);

        String location = mvc.perform(post(BASE)
                        .param("county", BINCHENG.value())
                        .param("programme", "DIBAO")
                        .param("month", "2022-01")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashSuccess"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("里则街道")))
                .andExpect(content().string(containsString("彭李街道")))
                .andExpect(content().string(containsString("页面甲")))
                .andExpect(content().string(containsString("**** ****")));
        mvc.perform(get(location).with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("页面甲")))
                .andExpect(content().string(not(containsString("页面乙"))))
                .andExpect(content().string(not(containsString("approve-form"))));
        mvc.perform(get(location).with(logins.as("zhanhua"))).andExpect(status().isNotFound());
    }

    @Test
    void badGenerationRequestsAreRefusedWithAMessage() throws Exception {
        mvc.perform(post(BASE)
                        .param("county", BINCHENG.value())
                        .param("programme", "NOPE")
                        .param("month", "2022-13")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", "请选择区县、救助类别和月份。"));
        mvc.perform(post(BASE)
                        .param("county", BINCHENG.value())
                        .param("programme", "DIBAO")
                        .param("month", YearMonth.now().plusMonths(6).toString())
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", "只能生成到下个月的工资单。"));
        mvc.perform(post(BASE)
                        .param("county", "371603")
                        .param("programme", "DIBAO")
                        .param("month", "2022-02")
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
    }

    @Test
    void townshipsAndTheAuditorCannotTakePayrollSteps() throws Exception {
        fixtures.recipient("页面丙", LIZE_VILLAGE, 700_00, YearMonth.of(2022, 3), null);
        long id = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2022, 3), COUNTY)
                .payrollId();

        mvc.perform(post(BASE)
                        .param("county", BINCHENG.value())
                        .param("programme", "DIBAO")
                        .param("month", "2022-03")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/approve")
                        .param("version", "1")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/approve")
                        .param("version", "1")
                        .with(csrf())
                        .with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id + "/approve")
                        .param("version", "1")
                        .with(csrf())
                        .with(logins.as("zhanhua")))
                .andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/" + id).with(logins.as("auditor"))).andExpect(status().isOk());
        mvc.perform(get(BASE).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from payment.payrolls where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");
    }

    @Test
    void theBankFileIsForTheCountyOnlyAndItsDownloadIsAudited() throws Exception {
        long family = fixtures.recipient("页面丁", LIZE_VILLAGE, 700_00, YearMonth.of(2022, 4), null);
        long id = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2022, 4), COUNTY)
                .payrollId();
        payrolls.approve(id, payrolls.find(id, COUNTY).version(), COUNTY);
        long batch = payrolls.send(id, COUNTY).id();
        String file = BASE + "/" + id + "/batches/" + batch;

        mvc.perform(get(file + ".csv").with(logins.as("lize"))).andExpect(status().isForbidden());
        mvc.perform(get(file + ".csv").with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get(file + ".pdf").with(logins.as("bincheng"))).andExpect(status().isNotFound());
        String csv = mvc.perform(get(file + ".csv").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("流水号,账号,户名", "6228480" + String.format("%012d", family), "合计,");
        mvc.perform(get(file + ".xlsx").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void aReturnFileThatIsNotASpreadsheetIsRefusedAndChangesNothing() throws Exception {
        fixtures.recipient("页面戊", LIZE_VILLAGE, 700_00, YearMonth.of(2022, 5), null);
        long id = payrolls.generate(BINCHENG, Programme.DIBAO, YearMonth.of(2022, 5), COUNTY)
                .payrollId();
        payrolls.approve(id, payrolls.find(id, COUNTY).version(), COUNTY);
        payrolls.send(id, COUNTY);

        mvc.perform(multipart(BASE + "/" + id + "/returns")
                        .file(new MockMultipartFile(
                                "file",
                                "回盘.xlsx",
                                "application/octet-stream",
                                "not a workbook".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", "请上传不超过20MB的CSV或Excel（.xlsx）回盘文件。"));
        mvc.perform(multipart(BASE + "/" + id + "/returns")
                        .file(new MockMultipartFile("file", "回盘.exe", "application/octet-stream", new byte[] {1, 2}))
                        .with(csrf())
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", "请上传不超过20MB的CSV或Excel（.xlsx）回盘文件。"));
        assertThat(jdbc.sql("select count(*) from payment.payments where payroll_id = ? and status <> 'SENT'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void bankAccountsAreCheckedStoredEncryptedAndShownMasked() throws Exception {
        long family = fixtures.recipient("账户甲", LIZE_VILLAGE, 700_00, YearMonth.of(2022, 6), null);
        String page = "/console/payment/accounts/" + family;

        mvc.perform(post(page)
                        .param("version", "0")
                        .param("bankName", "<script>x</script>")
                        .param("holderName", "账户甲")
                        .param("accountNumber", "12345")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("账号应为12至25位数字")));
        mvc.perform(post(page)
                        .param("version", "0")
                        .param("bankName", "滨州农商银行")
                        .param("holderName", "账户甲")
                        .param("accountNumber", "6230 9100 0000 1234 567")
                        .param("smsOptOut", "true")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql(
                        "select bank_name, account_masked, sms_opt_out, version, encode(account_cipher, 'escape') as c"
                                + " from payment.accounts where recipient_id = ?")
                .param(family)
                .query()
                .singleRow();
        assertThat(row.get("bank_name")).isEqualTo("滨州农商银行");
        assertThat(row.get("account_masked")).isEqualTo("6230 **** **** 4567");
        assertThat(row.get("sms_opt_out")).isEqualTo(true);
        assertThat(row.get("c").toString()).doesNotContain("62309100000001234567");
        mvc.perform(post(page)
                        .param("version", "0")
                        .param("bankName", "别的银行")
                        .param("holderName", "账户甲")
                        .param("accountNumber", "623091000000999999")
                        .with(csrf())
                        .with(logins.as("lize")))
                .andExpect(content().string(containsString("该账户已被他人修改")));
        mvc.perform(get(page).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/payment/accounts?missing=true").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("账户甲"))));
    }
}
