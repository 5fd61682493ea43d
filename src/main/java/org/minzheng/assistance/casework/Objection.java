package org.minzheng.assistance.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection raised during the public notice (低保办法 art. 19) and, once resolved, whether it was
 * upheld (the case is investigated again) or dismissed, and why.
 *
 * @param objector who raised it, when they gave a name; objections may be anonymous
 * @param upheld null while unresolved
 */
record Objection(
        long id,
        LocalDate raisedOn,
        String objector,
        String content,
        String recordedBy,
        Boolean upheld,
        String resolution,
        String resolvedBy,
        Instant resolvedAt) {

    public boolean open() {
        return upheld == null;
    }
}
