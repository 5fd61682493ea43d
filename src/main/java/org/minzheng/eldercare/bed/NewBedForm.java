package org.minzheng.eldercare.bed;

import jakarta.validation.constraints.NotNull;

/** The elder and provider chosen for a new bed. */
record NewBedForm(@NotNull Long elderId, @NotNull Long providerId) {

    static NewBedForm empty() {
        return new NewBedForm(null, null);
    }
}
