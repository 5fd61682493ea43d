package org.minzheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.Notifications;
import org.minzheng.notification.OneTimeCodes;
import org.minzheng.notification.Sms;
import org.minzheng.notification.TestPhones;
import org.minzheng.notification.outbox.DevelopmentGateway;
import org.minzheng.notification.outbox.SmsDispatcher;
import org.minzheng.shared.PhoneNumber;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor checks whether an applicant got the text about their case: finds it under 系统管理,
 * narrows the list to failed messages, and sees one-time codes starred.
 */
@IntegrationTest
class SmsOutboxBrowserTests extends BrowserScenario {

    @Autowired
    Notifications notifications;

    @Autowired
    OneTimeCodes codes;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    DevelopmentGateway gateway;

    @Test
    void auditorFindsTheMessagesOfACaseAndFiltersTheFailedOnes() {
        PhoneNumber applicant = TestPhones.aMobile();
        String reference = TestPhones.aReference();
        notifications.send(new Sms(applicant, "您的低保申请已受理，乡镇将在 10 个工作日内入户调查。", "assistance.case.accepted", reference));
        codes.issue(TestPhones.aMobile(), "portal.case.phone");
        dispatcher.dispatchDue();
        String failedReference = TestPhones.aReference();
        notifications.send(new Sms(TestPhones.aMobile(), "您的救助金已发放，请注意查收。", "payment.paid", failedReference));
        gateway.switchDown(true);
        try {
            dispatcher.dispatchDue();
        } finally {
            gateway.switchDown(false);
        }

        login("auditor", DEMO_PASSWORD);
        waitForHeading("您好");
        clickMenu("短信记录");

        assertThat(path()).isEqualTo("/console/notification/messages");
        assertThat(heading()).isEqualTo("短信记录");
        assertThat(pageText())
                .contains(reference, applicant.masked(), "已发送", "验证码是 ******")
                .doesNotContain(applicant.value());

        choose(By.id("status"), "重试中");
        clickAndWait(browser.findElement(By.cssSelector("#message-filters button[type=submit]")));

        assertThat(texts(By.cssSelector("#messages tbody tr td:nth-child(2)")))
                .isNotEmpty()
                .allMatch("重试中"::equals);
        assertThat(pageText()).contains(failedReference).doesNotContain(reference);
        screenshot("notification-messages");
    }
}
