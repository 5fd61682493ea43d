package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.CreditCode;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Binzhou's path end to end, as 滨城区's county approver walks it: a need of 里则街道 goes on the needs list, a
 * project answers it and helps a registry household, an enterprise gives to the project, an agency wins the tender
 * and is paid for its first deliverable — and then anyone, on a phone and without an account, reads on the public
 * charity page what the project received, spent and holds, who gave (with consent) and who serves, but not who is
 * helped.
 */
@IntegrationTest
class CharityEndToEndBrowserTests extends BrowserScenario {

    final String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    final LocalDate today = LocalDate.now();
    final String project = "应急帮扶" + unique;
    final String enterprise = "滨州浏览器爱心实业" + unique;
    final String agency = "浏览器应急社工站" + unique;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDesktop() {
        putDownThePhone();
    }

    @Test
    void aNeedBecomesAProjectThatIsFundedPaidAndDisclosed() {
        String household = jdbc.sql("""
                        select number from registry.households where region_code like '371602012%' order by id limit 1
                        """).query(String.class).single();
        long householdId = jdbc.sql("select id from registry.households where number = :n")
                .param("n", household)
                .query(Long.class)
                .single();
        login("bincheng", DEMO_PASSWORD);

        // 1. the need
        clickMenu("急难愁盼清单");
        choose(By.id("township"), "里则街道");
        choose(By.id("category"), "突发困难临时帮扶");
        retype(By.id("form-year"), String.valueOf(today.getYear()));
        retype(By.id("people"), "12");
        retype(By.id("neededYuan"), "240000");
        retype(By.id("coveredYuan"), "60000");
        browser.findElement(By.id("note")).sendKeys("火灾和交通事故后陷入困境的家庭" + unique);
        clickAndWait(browser.findElement(By.cssSelector("#need-form button[type=submit]")));
        assertThat(browser.findElement(By.id("need-entries")).getText()).contains("里则街道", "180000");

        // 2. the project answering it, with a household of the registry
        clickMenu("慈善项目");
        clickAndWait(browser.findElement(By.id("new-project")));
        browser.findElement(By.id("name")).sendKeys(project);
        browser.findElement(By.id("goal")).sendKeys("为突发困难家庭提供临时生活帮扶和心理疏导");
        browser.findElement(By.id("budgetYuan")).sendKeys("200000");
        browser.findElement(By.id("targetBeneficiaries")).sendKeys("12");
        browser.findElement(By.id("organisation")).sendKeys("滨城区慈善总会" + unique);
        browser.executeScript(
                "document.getElementById('startsOn').value = arguments[0];"
                        + "document.getElementById('endsOn').value = arguments[1];",
                today.minusMonths(1).toString(),
                today.plusMonths(6).toString());
        browser.findElement(By.cssSelector("input[name=needs][value=TEMPORARY_HARDSHIP]"))
                .click();
        clickAndWait(browser.findElement(By.cssSelector("#project-form button[type=submit]")));
        assertThat(heading()).isEqualTo(project);
        String projectPage = browser.getCurrentUrl();
        String projectId = projectPage.substring(projectPage.lastIndexOf('/') + 1);
        clickAndConfirm(browser.findElement(By.cssSelector("#status-form button[type=submit]")));
        clickAndConfirm(browser.findElement(By.cssSelector("#status-form button[type=submit]")));
        assertThat(browser.findElement(By.id("project-status")).getText()).isEqualTo("实施中");
        browser.findElement(By.id("householdId")).sendKeys(String.valueOf(householdId));
        clickAndWait(browser.findElement(By.cssSelector("#beneficiary-form button[type=submit]")));
        assertThat(browser.findElement(By.id("beneficiaries")).getText()).contains(household);

        // 3. the gift, directed to the project
        clickMenu("捐赠人");
        clickAndWait(browser.findElement(By.id("new-donor")));
        browser.findElement(By.id("name")).sendKeys(enterprise);
        String first17 = "91371602MA7E" + unique.substring(0, 5);
        browser.findElement(By.id("creditCode")).sendKeys(first17 + CreditCode.checkChar(first17));
        browser.findElement(By.id("namedConsent")).click();
        clickAndWait(browser.findElement(By.cssSelector("#donor-form button[type=submit]")));
        clickAndWait(browser.findElement(By.id("record-donation")));
        browser.findElement(By.id("amountYuan")).sendKeys("80000");
        choose(By.id("brand"), "慈心一日捐");
        choose(By.id("projectId"), "定向：" + project + "（实施中）");
        clickAndWait(browser.findElement(By.cssSelector("#donation-form button[type=submit]")));
        assertThat(browser.findElement(By.id("receipt-number")).getText()).matches("CS371602-\\d{4}-\\d{6}");

        // 4. the service, bought by tender and paid from the project's fund
        clickMenu("服务机构");
        clickAndWait(browser.findElement(By.id("new-provider")));
        browser.findElement(By.id("name")).sendKeys(agency);
        String providerCode = "52371602C" + unique + "00";
        browser.findElement(By.id("creditCode")).sendKeys(providerCode + CreditCode.checkChar(providerCode));
        choose(By.id("kind"), "社会工作服务机构");
        browser.findElement(By.id("contactName")).sendKeys("许站长");
        browser.findElement(By.id("contactPhone")).sendKeys("0543-3186666");
        clickAndWait(browser.findElement(By.cssSelector("#provider-form button[type=submit]")));
        clickMenu("服务招标");
        clickAndWait(browser.findElement(By.id("new-tender")));
        choose(
                By.id("projectId"),
                browser.findElements(By.cssSelector("#projectId option")).stream()
                        .map(o -> o.getText().strip())
                        .filter(text -> text.startsWith(project))
                        .findFirst()
                        .orElseThrow());
        browser.findElement(By.id("title")).sendKeys("突发困难家庭社工帮扶" + unique);
        browser.findElement(By.id("ceilingYuan")).sendKeys("120000");
        setDate("opensOn", today.minusDays(20));
        setDate("closesOn", today.minusDays(1));
        browser.findElement(By.id("scope")).sendKeys("入户评估困难家庭、链接资源、每月回访。");
        clickAndWait(browser.findElement(By.cssSelector("#tender-form button[type=submit]")));
        choose(By.id("providerId"), agency);
        browser.findElement(By.id("amountYuan")).sendKeys("100000");
        setDate("submittedOn", today.minusDays(10));
        browser.findElement(By.id("proposal")).sendKeys("两名社工驻点，24 小时响应");
        clickAndWait(browser.findElement(By.cssSelector("#bid-form button[type=submit]")));
        var bid = browser.findElement(By.xpath("//table[@id='bids']//tr[td/a[normalize-space()='" + agency + "']]"));
        bid.findElement(By.cssSelector("input[name=score]")).sendKeys("90");
        clickAndWait(bid.findElement(By.cssSelector(".score-form button")));
        clickAndConfirm(browser.findElement(By.id("award")));
        browser.findElement(By.id("description")).sendKeys("首月入户评估报告");
        setDate("dueOn", today.plusDays(10));
        browser.findElement(By.id("deliverable-amount")).sendKeys("30000");
        clickAndWait(browser.findElement(By.cssSelector("#deliverable-form button[type=submit]")));
        clickAndWait(browser.findElement(By.cssSelector("#deliverables .accept-form button")));
        choose(By.id("deliverableId"), "首月入户评估报告（未付 ¥30000.00）");
        browser.findElement(By.id("payment-amount")).sendKeys("30000");
        browser.findElement(By.id("voucherNumber")).sendKeys("PZ-E2E-" + unique);
        clickAndConfirm(browser.findElement(By.id("pay")));
        assertThat(browser.findElements(By.cssSelector("#payments tbody tr"))).hasSize(1);

        // the project's own page agrees: in = out + balance
        open("/console/charity/projects/" + projectId);
        assertThat(browser.findElement(By.id("fund-received")).getText()).isEqualTo("¥80000.00");
        assertThat(browser.findElement(By.id("fund-spent")).getText()).isEqualTo("¥30000.00");
        assertThat(browser.findElement(By.id("fund-balance")).getText()).isEqualTo("¥50000.00");
        screenshot("charity-project-money");
        clickAndWait(browser.findElement(By.id("fund-statement")));
        assertThat(texts(By.cssSelector("#fund-lines tbody tr td:nth-child(2)")))
                .containsExactly("捐赠收入", "服务费支付");
        screenshot("charity-project-fund");
        open("/console/charity/disclosure");
        assertThat(heading()).isEqualTo("慈善公开更新记录");
        screenshot("charity-disclosure-log");

        // 5. the public page, on a phone, without an account
        browser.manage().deleteAllCookies();
        pickUpThePhone();
        open("/charity");
        assertThat(heading()).isEqualTo("慈善项目和捐赠公开");
        fitsThePhone("charity-public");
        clickAndWait(browser.findElement(By.linkText(project)));
        assertThat(heading()).isEqualTo(project);
        assertThat(browser.findElement(By.id("received")).getText()).isEqualTo("¥80,000.00");
        assertThat(browser.findElement(By.id("spent")).getText()).isEqualTo("¥30,000.00");
        assertThat(browser.findElement(By.id("balance")).getText()).isEqualTo("¥50,000.00");
        assertThat(browser.findElement(By.id("beneficiaries")).getText()).contains("受益家庭 1 户", "里则街道");
        assertThat(browser.findElement(By.id("services")).getText()).contains(agency, "30,000.00");
        assertThat(browser.findElement(By.id("project-donors")).getText()).contains(enterprise, "80,000.00");
        assertThat(pageText()).doesNotContain(household);
        fitsThePhone("charity-public-project");
    }

    void setDate(String id, LocalDate date) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }
}
