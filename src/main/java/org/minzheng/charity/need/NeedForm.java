package org.minzheng.charity.need;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/**
 * A township's need of one category in one year as staff enter it, amounts in whole yuan. That government
 * assistance covers no more than the need is checked by the controller, as it spans two fields.
 */
record NeedForm(
        @NotBlank(message = "{charity.need.validation.township}")
        String township,

        @NotBlank(message = "{charity.need.validation.category}")
        String category,

        @NotNull(message = "{charity.need.validation.year}")
        @Min(value = 2000, message = "{charity.need.validation.year}")
        @Max(value = 2100, message = "{charity.need.validation.year}")
        Integer year,

        @NotNull(message = "{charity.need.validation.people}")
        @Min(value = 0, message = "{charity.need.validation.people}")
        @Max(value = MAX_PEOPLE, message = "{charity.need.validation.people}")
        Integer people,

        @NotNull(message = "{charity.need.validation.amount}")
        @Min(value = 0, message = "{charity.need.validation.amount}")
        @Max(value = MAX_YUAN, message = "{charity.need.validation.amount}")
        Long neededYuan,

        @NotNull(message = "{charity.need.validation.amount}")
        @Min(value = 0, message = "{charity.need.validation.amount}")
        @Max(value = MAX_YUAN, message = "{charity.need.validation.amount}")
        Long coveredYuan,

        @Size(max = 200, message = "{charity.need.validation.noteTooLong}") @PlainText
        String note) {

    static final int MAX_PEOPLE = 1_000_000;
    static final long MAX_YUAN = 10_000_000_000L;

    static NeedForm empty(int year) {
        return new NeedForm("", "", year, null, null, null, "");
    }

    boolean coveredExceedsNeeded() {
        return neededYuan != null && coveredYuan != null && coveredYuan > neededYuan;
    }
}
