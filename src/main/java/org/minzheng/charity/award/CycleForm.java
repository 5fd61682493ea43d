package org.minzheng.charity.award;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A new cycle: its name, its first year (the second follows) and the last day for nominations. */
record CycleForm(
        @NotBlank(message = "{charity.award.validation.name}")
        @Size(max = 100, message = "{charity.award.validation.nameTooLong}")
        @PlainText(allowLineBreaks = false)
        String name,

        @NotNull(message = "{charity.award.validation.firstYear}")
        @Min(value = 2000, message = "{charity.award.validation.firstYear}")
        @Max(value = 2099, message = "{charity.award.validation.firstYear}")
        Integer firstYear,

        @NotNull(message = "{charity.award.validation.close}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate nominationsClose) {

    static CycleForm startingIn(int year, LocalDate close) {
        return new CycleForm("", year, close);
    }
}
