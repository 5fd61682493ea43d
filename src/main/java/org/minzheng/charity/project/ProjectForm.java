package org.minzheng.charity.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.Money;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A project as staff enter it, the budget in yuan as typed. The budget's format, the credit code, the period's
 * order and the need codes are checked by the controller, as they need parsing or the database.
 */
record ProjectForm(
        @NotBlank(message = "{charity.project.validation.name}")
        @Size(max = 100, message = "{charity.project.validation.nameTooLong}")
        @PlainText
        String name,

        @NotBlank(message = "{charity.project.validation.goal}")
        @Size(max = 2000, message = "{charity.project.validation.goalTooLong}")
        @PlainText
        String goal,

        @NotBlank(message = "{charity.project.validation.budget}")
        String budgetYuan,

        @NotNull(message = "{charity.project.validation.target}")
        @Min(value = 1, message = "{charity.project.validation.target}")
        @Max(value = 1_000_000, message = "{charity.project.validation.target}")
        Integer targetBeneficiaries,

        @NotBlank(message = "{charity.project.validation.organisation}")
        @Size(max = 100, message = "{charity.project.validation.organisationTooLong}")
        @PlainText
        String organisation,

        String creditCode,

        @Size(max = 100, message = "{charity.project.validation.contactTooLong}") @PlainText
        String contact,

        @NotNull(message = "{charity.project.validation.startsOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull(message = "{charity.project.validation.endsOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn,

        @NotEmpty(message = "{charity.project.validation.needs}")
        List<String> needs) {

    static ProjectForm empty() {
        return new ProjectForm("", "", "", null, "", "", "", null, null, List.of());
    }

    static ProjectForm of(Project p) {
        return new ProjectForm(
                p.name(),
                p.goal(),
                Money.ofFen(p.budgetFen()).toYuanString(),
                p.targetBeneficiaries(),
                p.organisation(),
                p.creditCode() == null ? "" : p.creditCode(),
                p.contact() == null ? "" : p.contact(),
                p.startsOn(),
                p.endsOn(),
                p.needs());
    }

    boolean endsBeforeStart() {
        return startsOn != null && endsOn != null && endsOn.isBefore(startsOn);
    }

    String creditCodeOrNull() {
        return creditCode == null || creditCode.isBlank() ? null : CreditCode.normalise(creditCode);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
