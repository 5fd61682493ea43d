package org.minzheng.charity.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

record DeliverableForm(
        @NotBlank(message = "{charity.deliverable.validation.description}")
        @Size(max = 200, message = "{charity.deliverable.validation.descriptionTooLong}")
        @PlainText
        String description,

        @NotNull(message = "{charity.deliverable.validation.dueOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn,

        @NotBlank(message = "{charity.deliverable.validation.amount}")
        String amountYuan) {

    static DeliverableForm empty() {
        return new DeliverableForm("", null, "");
    }
}
