package org.minzheng.notification.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.Notifications;
import org.minzheng.notification.Sms;
import org.minzheng.notification.TestPhones;
import org.minzheng.notification.outbox.SmsDispatcher;
import org.minzheng.shared.PhoneNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The demo's stand-in handsets: whoever tries 码上办 in the demo reads the code here, without signing in. */
@IntegrationTest
@Transactional
class DevInboxTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    SmsDispatcher dispatcher;

    @Test
    void aDeliveredMessageShowsWithItsTextAndAMaskedPhone() throws Exception {
        PhoneNumber phone = TestPhones.aMobile();
        String reference = TestPhones.aReference();
        notifications.send(new Sms(phone, "演示收件箱测试 " + reference, "test.dev-inbox", reference));
        dispatcher.dispatchDue();

        mvc.perform(get("/dev/sms-inbox"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("演示收件箱测试 " + reference),
                                containsString(phone.masked()),
                                not(containsString(phone.value())))));
    }
}
