package org.minzheng.payment.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.minzheng.shared.Masking;
import org.minzheng.shared.Money;

/** A benefit record in the console's list: ID number and name masked. */
record RecordRow(
        long id,
        String departmentCode,
        String departmentZh,
        String departmentEn,
        String externalId,
        String idNumberMasked,
        String personName,
        String benefitName,
        YearMonth month,
        long amountFen,
        LocalDate paidOn,
        String note,
        boolean demo,
        Instant updatedAt) {

    public String maskedName() {
        return Masking.name(personName);
    }

    public Money amount() {
        return Money.ofFen(amountFen);
    }

    public String department(Locale locale) {
        return "en".equals(locale.getLanguage()) ? departmentEn : departmentZh;
    }

    /** The name stays out of logs. */
    @Override
    public String toString() {
        return "RecordRow[" + id + "]";
    }
}
