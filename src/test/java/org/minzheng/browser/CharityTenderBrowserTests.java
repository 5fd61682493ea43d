package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.shared.CreditCode;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 滨城区's county approver buys a service for a running project by tender: registers an agency, publishes a tender
 * whose bidding period is over, records two bids with the panel's scores, awards the recommended one, adds and
 * accepts a deliverable, and pays it — first more than the project fund holds, which is refused, then what it holds.
 */
@IntegrationTest
class CharityTenderBrowserTests extends BrowserScenario {

    final String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    final LocalDate today = LocalDate.now();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundLedger ledger;

    String project;
    String rival;

    @BeforeEach
    void aRunningProjectWithFiftyThousandYuan() {
        project = "浏览器招标项目" + unique;
        rival = "浏览器对手机构" + unique;
        long organisation = jdbc.sql("insert into charity.organisations (name) values (:n) returning id")
                .param("n", "浏览器招标组织" + unique)
                .query(Long.class)
                .single();
        long projectId = jdbc.sql("""
                        insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                            region_code, starts_on, ends_on, status, created_by)
                        values (:n, '为独居老人提供上门照护', 50000000, 20, :o, '371602000000', :s, :e, 'RUNNING', 'test')
                        returning id
                        """)
                .param("n", project)
                .param("o", organisation)
                .param("s", today.minusMonths(3))
                .param("e", today.plusMonths(9))
                .query(Long.class)
                .single();
        long fund = ledger.projectFund(projectId);
        long donor =
                jdbc.sql("""
                        insert into charity.donors (kind, name, region_code, created_by)
                        values ('INDIVIDUAL', :n, '371602000000', 'test') returning id
                        """).param("n", "浏览器捐赠人" + unique).query(Long.class).single();
        long donation = jdbc.sql("""
                        insert into charity.donations (donor_id, amount_fen, channel, brand, directed, project_id,
                            fund_id, received_on, receipt_number, region_code, recorded_by)
                        values (:d, 5000000, 'BANK_TRANSFER', 'OTHER', true, :p, :f, current_date, :no,
                                '371602000000', 'test')
                        returning id
                        """)
                .param("d", donor)
                .param("p", projectId)
                .param("f", fund)
                .param("no", "LL-" + unique)
                .query(Long.class)
                .single();
        ledger.receiveDonation(fund, donation, 5_000_000L, "test");
        jdbc.sql("""
                        insert into charity.providers (name, credit_code, kind, contact_name, contact_phone, region_code,
                            created_by)
                        values (:n, :c, 'ELDER_CARE', '丁一', '0543-3189999', '371602000000', 'test')
                        """).param("n", rival).param("c", creditCode("8")).update();
    }

    String creditCode(String tail) {
        String body = "52371602B" + unique + "0" + tail;
        return body + CreditCode.checkChar(body);
    }

    void setDate(String id, LocalDate date) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    @Test
    void awardsTheRecommendedBidAndPaysAnAcceptedDeliverableWithinTheFund() {
        String agency = "浏览器乐龄社工中心" + unique;
        login("bincheng", DEMO_PASSWORD);
        clickMenu("服务机构");
        clickAndWait(browser.findElement(By.id("new-provider")));
        browser.findElement(By.id("name")).sendKeys(agency);
        browser.findElement(By.id("creditCode")).sendKeys(creditCode("1"));
        choose(By.id("kind"), "社会工作服务机构");
        browser.findElement(By.id("contactName")).sendKeys("孟晓婷");
        browser.findElement(By.id("contactPhone")).sendKeys("0543-3181234");
        browser.findElement(By.id("address")).sendKeys("滨城区黄河五路 88 号");
        clickAndWait(browser.findElement(By.cssSelector("#provider-form button[type=submit]")));
        assertThat(heading()).isEqualTo(agency);

        clickMenu("服务招标");
        clickAndWait(browser.findElement(By.id("new-tender")));
        choose(
                By.id("projectId"),
                browser.findElements(By.cssSelector("#projectId option")).stream()
                        .map(o -> o.getText().strip())
                        .filter(text -> text.startsWith(project))
                        .findFirst()
                        .orElseThrow());
        browser.findElement(By.id("title")).sendKeys("独居老人上门照护服务" + unique);
        browser.findElement(By.id("ceilingYuan")).sendKeys("200000");
        setDate("opensOn", today.minusDays(20));
        setDate("closesOn", today.minusDays(1));
        browser.findElement(By.id("scope")).sendKeys("为 20 户独居老人每周上门照护两次，每季度接受第三方评估。");
        clickAndWait(browser.findElement(By.cssSelector("#tender-form button[type=submit]")));
        assertThat(heading()).isEqualTo("独居老人上门照护服务" + unique);

        recordBid(agency, "150000", "专职社工 4 名，每周入户两次");
        recordBid(rival, "180000", "护理员 6 名，每日电话问候");
        score(agency, "92");
        score(rival, "85");
        assertThat(browser.findElement(By.cssSelector("#bids .recommended"))
                        .findElement(By.xpath("./ancestor::tr"))
                        .getText())
                .contains(agency);
        screenshot("charity-tender");

        clickAndConfirm(browser.findElement(By.id("award")));
        assertThat(heading()).startsWith("服务合同 HT371602-" + today.getYear() + "-");
        assertThat(browser.findElement(By.id("contract-remaining")).getText()).isEqualTo("150000.00");

        browser.findElement(By.id("description")).sendKeys("第一季度上门照护服务及台账");
        setDate("dueOn", today.plusMonths(1));
        browser.findElement(By.id("deliverable-amount")).sendKeys("60000");
        clickAndWait(browser.findElement(By.cssSelector("#deliverable-form button[type=submit]")));
        clickAndWait(browser.findElement(By.cssSelector("#deliverables .accept-form button")));
        assertThat(browser.findElement(By.id("deliverables")).getText()).contains("bincheng 验收");

        choose(By.id("deliverableId"), "第一季度上门照护服务及台账（未付 ¥60000.00）");
        browser.findElement(By.id("payment-amount")).sendKeys("60000");
        browser.findElement(By.id("voucherNumber")).sendKeys("PZ-" + unique + "-1");
        clickAndConfirm(browser.findElement(By.id("pay")));
        assertThat(pageText()).contains("资金余额不足：当前结余 ¥50000.00，本次需要 ¥60000.00");
        assertThat(browser.findElements(By.cssSelector("#payments tbody tr"))).isEmpty();

        choose(By.id("deliverableId"), "第一季度上门照护服务及台账（未付 ¥60000.00）");
        retype(By.id("payment-amount"), "50000");
        clickAndConfirm(browser.findElement(By.id("pay")));
        assertThat(browser.findElements(By.cssSelector("#payments tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.id("fund-balance")).getText()).isEqualTo("0.00");
        assertThat(browser.findElement(By.id("fund-spent")).getText()).isEqualTo("50000.00");
        assertThat(browser.findElement(By.id("contract-paid")).getText()).isEqualTo("50000.00");
        screenshot("charity-contract");

        clickMenu("服务机构");
        retype(By.id("q"), unique);
        clickAndWait(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("#providers tbody tr"))).hasSize(2);
        screenshot("charity-providers");
    }

    void recordBid(String provider, String yuan, String proposal) {
        choose(By.id("providerId"), provider);
        browser.findElement(By.id("amountYuan")).sendKeys(yuan);
        setDate("submittedOn", today.minusDays(10));
        browser.findElement(By.id("proposal")).sendKeys(proposal);
        clickAndWait(browser.findElement(By.cssSelector("#bid-form button[type=submit]")));
        assertThat(pageText()).contains("已登记 " + provider + " 的投标");
    }

    void score(String provider, String score) {
        var row = browser.findElement(By.xpath("//table[@id='bids']//tr[td/a[normalize-space()='" + provider + "']]"));
        var input = row.findElement(By.cssSelector("input[name=score]"));
        input.clear();
        input.sendKeys(score);
        clickAndWait(row.findElement(By.cssSelector(".score-form button")));
    }
}
