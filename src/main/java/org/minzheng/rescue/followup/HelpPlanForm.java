package org.minzheng.rescue.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 帮扶计划: the county that helps, the social workers who serve, what they do and by when it is reviewed. */
record HelpPlanForm(
        @NotBlank(message = "{rescue.followup.validation.county}")
        @Pattern(regexp = "[0-9]{6}000000", message = "{rescue.followup.validation.county}")
        String countyCode,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 200, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String socialWorkers,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 100, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String socialWorkOrg,

        @NotEmpty(message = "{rescue.followup.validation.measures}")
        List<HelpMeasure> measures,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 1000, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String goals,

        @NotNull(message = "{rescue.followup.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull(message = "{rescue.followup.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate reviewOn) {

    static HelpPlanForm blank(String countyCode, LocalDate today) {
        return new HelpPlanForm(countyCode, "", "", List.of(), "", today, today.plusMonths(3));
    }

    public List<HelpMeasure> chosen() {
        return measures == null ? List.of() : measures;
    }
}
