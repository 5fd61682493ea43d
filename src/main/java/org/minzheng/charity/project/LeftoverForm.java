package org.minzheng.charity.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/**
 * Where a running project's leftover goes: {@code to} is a similar project's id, blank for the general fund.
 */
record LeftoverForm(
        String to,

        @NotBlank(message = "{charity.project.validation.leftoverReason}")
        @Size(max = 200, message = "{charity.project.validation.leftoverReason}")
        @PlainText(message = "{charity.project.validation.leftoverReason}")
        String reason) {}
