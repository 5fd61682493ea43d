package org.minzheng.lottery.ranking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 末位约谈: the interview of a bottom entry of a published bulletin. */
public record LotteryInterviewForm(
        @NotNull Long subjectId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate interviewedOn,

        @NotBlank @Size(max = 50) @PlainText(allowLineBreaks = false)
        String interviewer,

        @NotBlank @Size(max = 1000) @PlainText String causes,
        @NotBlank @Size(max = 1000) @PlainText String measures) {}
