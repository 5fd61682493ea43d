package org.minzheng.notification.web;

import org.minzheng.notification.outbox.DevInbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * DEMO ONLY. The last messages the development gateway delivered, one-time codes included, so that
 * someone trying 码上办 in the demo can read the code a real phone would get. The page exists only
 * while demo data is on; production has neither this page nor the development gateway.
 */
@Controller
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DevInboxController {

    private final DevInbox inbox;

    DevInboxController(DevInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/dev/sms-inbox")
    String inbox(Model model) {
        model.addAttribute("messages", inbox.latest(20));
        return "notification/dev-inbox";
    }
}
