package org.minzheng.rescue.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidIdNumber;

/** 身份更正; a blank ID number keeps the one on file. */
record IdentityForm(
        @NotNull IdentityStatus identityStatus,

        @Size(max = 50, message = "{rescue.case.tooLong}") @PlainText
        String name,

        @NotBlank @Pattern(regexp = "[MFU]", message = "{rescue.case.sex.required}")
        String sex,

        @ValidIdNumber String idNumber,

        @Size(max = 200, message = "{rescue.case.tooLong}") @PlainText
        String hukouPlace) {

    static IdentityForm of(RescueCase c) {
        return new IdentityForm(c.identityStatus(), c.name(), c.sex(), "", c.hukouPlace());
    }
}
