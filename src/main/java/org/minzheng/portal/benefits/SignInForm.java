package org.minzheng.portal.benefits;

import jakarta.validation.constraints.NotBlank;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.ValidIdNumber;

/** The first step of 码上清 as the citizen types it. */
record SignInForm(
        @NotBlank @ValidIdNumber(message = "{benefit.portal.idNumber.invalid}")
        String idNumber,

        @NotBlank @MobilePhone(message = "{benefit.portal.phone.invalid}")
        String phone) {

    SignInForm {
        idNumber = idNumber == null ? null : idNumber.strip();
        phone = phone == null ? null : phone.strip();
    }

    static SignInForm empty() {
        return new SignInForm("", "");
    }

    /** The typed ID number stays out of logs. */
    @Override
    public String toString() {
        return "SignInForm[***]";
    }
}
