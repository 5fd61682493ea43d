package org.minzheng.childwelfare.child;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** A medical note (diagnosis, medication, allergies…), stored encrypted. */
record MedicalNoteForm(
        @NotBlank @Size(max = 1000, message = "{childwelfare.child.validation.tooLong}") @PlainText
        String text) {

    static MedicalNoteForm empty() {
        return new MedicalNoteForm("");
    }
}
