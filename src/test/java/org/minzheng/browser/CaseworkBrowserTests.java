package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.AssistanceCases;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.NewCase;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The township's own steps on a case: paying 临时救助 first after a house fire and completing the file
 * afterwards, and an objection raised during a 低保 notice, looked into and dismissed.
 */
@IntegrationTest
class CaseworkBrowserTests extends BrowserScenario {

    static final RegionCode LIZE_VILLAGE = RegionCode.of("371602012201");

    @Autowired
    AssistanceCases cases;

    @Autowired
    JdbcTemplate jdbc;

    private final List<CaseNumber> made = new ArrayList<>();

    @AfterEach
    void removeTheCases() {
        for (CaseNumber number : made) {
            jdbc.update("delete from assistance.recipients where case_number = ?", number.value());
            jdbc.update("delete from assistance.cases where number = ?", number.value());
        }
    }

    @Test
    void theTownshipPaysTemporaryAssistanceFirstAndCompletesTheFileAfterwards() {
        CaseNumber number = aCase(Programme.TEMPORARY, "房屋失火，衣物口粮全部烧毁");
        login("lize", DEMO_PASSWORD);
        open("/console/assistance/cases/" + number.value());
        assertThat(browser.findElement(By.id("advance-form")).getText()).contains("先行救助");

        browser.findElement(By.id("advance-amount")).sendKeys("800");
        choose(By.id("advance-hukou"), "农村");
        browser.findElement(By.id("advance-note")).sendKeys("房屋失火，急需购买衣物口粮");
        assertThat(clickAndConfirm(browser.findElement(By.cssSelector("#advance-form button"))))
                .contains("先行发放");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已先行救助");
        assertThat(pageText()).contains("已先行救助，并短信告知申请人");
        assertThat(browser.findElement(By.id("case-approved")).getText()).contains("¥800.00");
        screenshot("case-advanced");

        clickAndWait(browser.findElement(By.id("open-visit")));
        choose(By.id("hukouType"), "农村");
        browser.findElement(By.id("investigators")).sendKeys("刘红 陈明");
        choose(By.id("members0.workAbility"), "有劳动能力");
        browser.findElement(By.id("proposed")).sendKeys("800");
        browser.findElement(By.id("neighbourhood")).sendKeys("邻居证实前晚失火，一家三口暂住亲戚家");
        clickAndWait(browser.findElement(By.id("visit-save")));
        assertThat(browser.findElement(By.id("means-test")).getText()).contains("拟救助 ¥800.00");
        screenshot("visit-temporary");
        clickAndConfirm(browser.findElement(By.id("visit-complete")));

        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已纳入保障");
        assertThat(texts(By.cssSelector("#steps strong"))).containsExactly("已提交申请", "先行救助", "纳入救助");
    }

    @Test
    void anObjectionDuringTheNoticeIsRecordedAndDismissedWithItsFinding() {
        CaseNumber number = aCase(Programme.DIBAO, "本人患病，无劳动能力");
        putOnNotice(number);
        login("lize", DEMO_PASSWORD);
        open("/console/assistance/cases/" + number.value());
        assertThat(browser.findElement(By.id("objections-panel")).getText()).contains("公示期间未收到异议");

        browser.findElement(By.id("objection-objector")).sendKeys("村民张某");
        browser.findElement(By.id("objection-content")).sendKeys("申请人家有一辆小轿车");
        clickAndWait(browser.findElement(By.cssSelector("#objection-form button")));
        assertThat(pageText()).contains("已登记异议");
        assertThat(browser.findElement(By.id("objections-panel")).getText()).contains("申请人家有一辆小轿车", "待处理");

        browser.findElement(By.cssSelector("#objections-panel input[name=resolution]"))
                .sendKeys("经核实车辆为亲戚所有，已过户证明");
        clickAndWait(browser.findElement(By.cssSelector("#objections-panel button[value=false]")));
        assertThat(pageText()).contains("已记录异议不成立的处理意见");
        assertThat(browser.findElement(By.id("objections-panel")).getText()).contains("异议不成立", "经核实车辆为亲戚所有");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("公示中");
        screenshot("case-objection-dismissed");
    }

    /** Takes the case to its notice the way the township does, through the pages. */
    private void putOnNotice(CaseNumber number) {
        login("lize", DEMO_PASSWORD);
        open("/console/assistance/cases/" + number.value());
        clickAndWait(browser.findElement(By.cssSelector("#accept-form button")));
        clickAndWait(browser.findElement(By.id("open-visit")));
        choose(By.id("hukouType"), "农村");
        browser.findElement(By.id("address")).sendKeys("里则街村2排8号");
        browser.findElement(By.id("investigators")).sendKeys("刘红 陈明");
        choose(By.id("members0.workAbility"), "无劳动能力");
        clickAndConfirm(browser.findElement(By.id("visit-complete")));
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已调查");
        browser.findElement(By.id("notice-opinion")).sendKeys("拟纳入低保");
        clickAndWait(browser.findElement(By.cssSelector("#notice-form button")));
        signOut();
    }

    private CaseNumber aCase(Programme programme, String reason) {
        String first17 = "371627" + "1958" + "0420"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        CaseNumber number = cases.submit(
                new NewCase(
                        LIZE_VILLAGE,
                        programme,
                        "浏览器办理人",
                        IdNumber.parse(first17 + IdNumber.checkChar(first17)),
                        new PhoneNumber("13905437799"),
                        1,
                        reason,
                        List.of(),
                        Channel.PHONE,
                        "lize"),
                "browser-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "-" + System.nanoTime());
        made.add(number);
        return number;
    }
}
