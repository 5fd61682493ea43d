package org.minzheng.rescue.escort;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.minzheng.shared.validation.PlainText;

/** The doing station takes the task (or changes it before leaving): its staff and the train or plate number. */
record AcceptForm(
        List<Long> staffIds,

        @Size(max = 50, message = "{rescue.escort.validation.tooLong}") @PlainText
        String vehicle) {

    public List<Long> staff() {
        return staffIds == null ? List.of() : staffIds;
    }
}
