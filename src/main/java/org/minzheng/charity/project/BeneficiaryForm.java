package org.minzheng.charity.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** A registry household to add to a project for one of its needs, with the reason when it is counted twice. */
record BeneficiaryForm(
        @NotNull(message = "{charity.project.validation.household}")
        Long householdId,

        @NotBlank(message = "{charity.project.validation.category}")
        String category,

        @Size(max = 200, message = "{charity.project.validation.reasonTooLong}") @PlainText
        String reason) {}
