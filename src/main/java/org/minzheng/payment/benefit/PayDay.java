package org.minzheng.payment.benefit;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The day of the month on which monthly benefits reach the households' accounts
 * ({@code minzheng.payment.pay-day}, 10 by default), which the 幸福清单 shows as the next payment.
 */
@Component
class PayDay {

    private final int day;

    PayDay(@Value("${minzheng.payment.pay-day:10}") int day) {
        if (day < 1 || day > 28) {
            throw new IllegalStateException("minzheng.payment.pay-day must be a day that every month has (1 to 28)");
        }
        this.day = day;
    }

    /** The first pay day strictly after {@code today}. */
    LocalDate nextAfter(LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(day);
        return thisMonth.isAfter(today) ? thisMonth : thisMonth.plusMonths(1);
    }
}
