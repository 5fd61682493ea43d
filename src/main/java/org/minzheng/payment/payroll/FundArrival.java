package org.minzheng.payment.payroll;

import java.util.Locale;
import org.minzheng.assistance.RecipientContacts;
import org.minzheng.notification.Notifications;
import org.minzheng.notification.Sms;
import org.minzheng.payment.payroll.PayrollRepository.Sent;
import org.minzheng.shared.Money;
import org.minzheng.shared.PhoneNumber;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 资金到账短信: tells the household that the money arrived, which programme and month, how much and
 * into which account (its last four digits), through the outbox of the transaction that records the
 * payment, so the message is neither lost nor sent for a payment rolled back.
 */
@Component
class FundArrival {

    static final String PURPOSE = "payment.paid";
    private static final Locale CITIZENS = Locale.SIMPLIFIED_CHINESE;

    private final RecipientContacts contacts;
    private final Notifications notifications;
    private final MessageSource messages;

    FundArrival(RecipientContacts contacts, Notifications notifications, MessageSource messages) {
        this.contacts = contacts;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** @return whether a message was queued (not when the household opted out or has no mobile phone) */
    boolean tell(Sent payment) {
        if (payment.smsOptOut()) {
            return false;
        }
        return contacts.phoneOf(payment.recipientId())
                .filter(PhoneNumber::isMobile)
                .map(phone -> {
                    String tail = payment.accountMasked()
                            .substring(Math.max(0, payment.accountMasked().length() - 4));
                    String text = messages.getMessage(
                            "payment.sms.paid",
                            new Object[] {
                                messages.getMessage(payment.programme().labelKey(), null, CITIZENS),
                                String.valueOf(payment.forMonth().getYear()),
                                String.valueOf(payment.forMonth().getMonthValue()),
                                Money.ofFen(payment.amountFen()).format(),
                                tail
                            },
                            CITIZENS);
                    notifications.send(new Sms(phone, text, PURPOSE, "payment-" + payment.id()));
                    return true;
                })
                .orElse(false);
    }
}
