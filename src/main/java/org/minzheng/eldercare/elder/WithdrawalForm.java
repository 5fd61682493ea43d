package org.minzheng.eldercare.elder;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The day the elder (or guardian) withdrew a consent; neither in the future nor before the consent. */
record WithdrawalForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate withdrawnOn) {}
