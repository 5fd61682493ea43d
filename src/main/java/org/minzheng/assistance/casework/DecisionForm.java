package org.minzheng.assistance.casework;

import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/**
 * A clerk's decision on a case.
 *
 * @param version the version the clerk saw; a case changed meanwhile is not overwritten
 * @param note what is missing, or why the case is rejected; required for those two
 */
record DecisionForm(
        long version, @Size(max = 200) @PlainText String note) {

    DecisionForm {
        note = note == null ? "" : note.strip();
    }
}
