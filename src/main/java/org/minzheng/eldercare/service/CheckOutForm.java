package org.minzheng.eldercare.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** The check-out: what was done, in the caregiver's words, plus the tap time and position as at check-in. */
record CheckOutForm(
        @NotBlank @Size(max = 500) @PlainText String record, String tappedAt, String latitude, String longitude) {

    static CheckOutForm empty() {
        return new CheckOutForm("", "", "", "");
    }

    Position position() {
        return Position.parse(latitude, longitude);
    }
}
