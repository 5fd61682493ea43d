package org.minzheng.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.Money;

/**
 * What a citizen's 幸福清单 shows: the household's civil-affairs benefits by programme and the person's
 * benefits from other departments by department, newest month first.
 *
 * @param maskedName the person's or household head's name, masked (e.g. {@code 王*兰}), empty when unknown
 */
public record BenefitOverview(
        String maskedName, List<ProgrammeBenefits> civilAffairs, List<DepartmentBenefits> departments) {

    public boolean isEmpty() {
        return civilAffairs.isEmpty() && departments.isEmpty();
    }

    /**
     * One civil-affairs programme of the household.
     *
     * @param running the benefit is paid every month at present
     * @param nextPayDay the next pay day after today while the benefit runs monthly, else {@code null}
     * @param office the township (street) whose civil-affairs office looks after the household
     * @param hotline the civil-affairs service phone
     */
    public record ProgrammeBenefits(
            Programme programme,
            boolean running,
            List<PaidMonth> months,
            LocalDate nextPayDay,
            String office,
            String hotline) {

        public Money total() {
            return PaidMonth.sum(months);
        }

        public String labelKey() {
            return programme.labelKey();
        }
    }

    /** One department's benefits of the person, with the department's service phone. */
    public record DepartmentBenefits(
            String code, String nameZh, String nameEn, String hotline, List<PartnerBenefit> benefits) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    /** A benefit as the department names it (e.g. 城乡居民基础养老金), with its months. */
    public record PartnerBenefit(String name, List<PaidMonth> months) {

        public Money total() {
            return PaidMonth.sum(months);
        }
    }

    /**
     * Money for one month.
     *
     * @param paidOn the day it was paid, when known
     * @param note the department's remark, or {@code null}
     */
    public record PaidMonth(YearMonth month, Money amount, LocalDate paidOn, String note) {

        static Money sum(List<PaidMonth> months) {
            return months.stream().map(PaidMonth::amount).reduce(Money.ZERO, Money::plus);
        }
    }
}
