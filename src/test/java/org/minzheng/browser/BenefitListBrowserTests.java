package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.outbox.SmsDispatcher;
import org.minzheng.notification.outbox.SmsPhones;
import org.minzheng.shared.crypto.BlindIndex;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 码上清 on a cheap phone without JavaScript: the demo pensioner signs in with ID number, phone and the code
 * from the text message, reads the 幸福清单 by department, opens the months, and signs out.
 */
@IntegrationTest
class BenefitListBrowserTests extends PhoneScenario {

    static final String VILLAGE = "/v/371602012201";
    static final String ZHANG_ID = "371602195603120021";
    static final String ZHANG_PHONE = "13905430001";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    BlindIndex index;

    @Test
    void aPensionerSignsInOnAPhoneReadsTheBenefitListAndSignsOut() {
        open(VILLAGE + "/benefits");
        assertThat(heading()).isEqualTo("码上清 · 幸福清单");
        browser.findElement(By.id("idNumber")).sendKeys("371602195603120022");
        browser.findElement(By.id("phone")).sendKeys(ZHANG_PHONE);
        clickAndWait(browser.findElement(By.id("sign-in-next")));
        assertThat(browser.findElement(By.cssSelector(".has-error .problem")).getText())
                .contains("身份证号码不对");
        retype(By.id("idNumber"), ZHANG_ID);
        fitsThePhone("portal-benefits-sign-in");

        clickAndWait(browser.findElement(By.id("sign-in-next")));
        assertThat(heading()).isEqualTo("输入验证码");
        assertThat(browser.findElement(By.id("code-sent")).getText()).contains("139****0001", "如果");
        fitsThePhone("portal-benefits-code");

        browser.findElement(By.id("code")).sendKeys(codeSentTo(ZHANG_PHONE));
        clickAndWait(browser.findElement(By.id("code-submit")));
        assertThat(heading()).isEqualTo("我的幸福清单");
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("张*芝");
        assertThat(texts(By.cssSelector(".benefit > h2"))).containsExactly("滨州市医疗保障局", "滨州市人力资源和社会保障局");
        assertThat(browser.findElement(By.id("department-human-resources")).getText())
                .contains("城乡居民基础养老金", "6 个月，共 ¥1,128.00", "拨打 12333");
        fitsThePhone("portal-benefits-list");

        browser.findElement(By.cssSelector("#department-human-resources summary"))
                .click();
        assertThat(browser.findElement(By.cssSelector("#department-human-resources .months"))
                        .getText())
                .contains("¥188.00", "到账");
        fitsThePhone("portal-benefits-months");

        clickAndWait(browser.findElement(By.id("sign-out")));
        assertThat(browser.findElement(By.id("ended")).getText()).contains("已安全退出");
        open(VILLAGE + "/benefits/list");
        assertThat(heading()).isEqualTo("码上清 · 幸福清单");
    }

    private String codeSentTo(String phone) {
        dispatcher.dispatchDue();
        String text = jdbc.queryForObject(
                "select text from notification.dev_inbox where phone_index = ? and text like '%验证码%' order by id desc limit 1",
                String.class, index.of(phone, SmsPhones.DEV_INBOX));
        return text.replaceAll("\\D*(\\d{6})\\D.*", "$1");
    }
}
