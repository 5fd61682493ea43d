package org.minzheng.policy.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** 停用政策: the reason is kept with the policy and shown to staff who look it up later. */
record RetireForm(
        @NotBlank @Size(max = 200, message = "{policy.validation.tooLong}") @PlainText(allowLineBreaks = false)
        String reason) {

    RetireForm {
        reason = reason == null ? "" : reason.strip();
    }

    static RetireForm empty() {
        return new RetireForm("");
    }
}
