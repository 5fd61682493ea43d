package org.minzheng.assistance.recipient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.minzheng.registry.PaymentStopRequested;
import org.minzheng.shared.web.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A warning that asks to stop payment (a member of a recipient household reported dead) suspends the
 * household's monthly benefits at once, so the next payroll leaves them out while the village assistant
 * checks; the county resumes or ends them afterwards on the recipient page.
 */
@Component
class PaymentStops {

    private static final Logger log = LoggerFactory.getLogger(PaymentStops.class);

    private final RecipientChanges changes;
    private final Messages messages;
    private final Clock clock;

    PaymentStops(RecipientChanges changes, Messages messages, Clock clock) {
        this.changes = changes;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PaymentStopRequested request) {
        // the reason is stored and texted to the family: in Chinese, whatever thread this runs on
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        String reason;
        try {
            reason = clip(messages.get("recipient.hold.reason", request.reason()));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        int held = changes.holdForWarning(request.household().value(), reason, LocalDate.now(clock));
        if (held > 0) {
            log.info(
                    "Warning {} suspended {} benefit(s) of household {}",
                    request.warningId(),
                    held,
                    request.household());
        }
    }

    private static String clip(String text) {
        return text.length() <= RecipientForms.MAX_REASON
                ? text
                : text.substring(0, RecipientForms.MAX_REASON - 1) + "…";
    }
}
