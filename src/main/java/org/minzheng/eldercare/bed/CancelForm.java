package org.minzheng.eldercare.bed;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** Why a bed that never became active is cancelled (撤销). */
record CancelForm(@NotBlank @Size(max = 200) @PlainText String reason) {

    static CancelForm empty() {
        return new CancelForm("");
    }
}
