package org.minzheng.rescue.escort;

import java.time.LocalDate;

/** The filters of the escort list; blanks mean "any". */
record EscortSearch(String status, String cross, Long station, LocalDate from, LocalDate to) {

    String statusOrNull() {
        return status == null || status.isBlank()
                ? null
                : EscortStatus.valueOf(status).name();
    }

    Boolean crossOrNull() {
        return cross == null || cross.isBlank() ? null : Boolean.valueOf(cross);
    }
}
