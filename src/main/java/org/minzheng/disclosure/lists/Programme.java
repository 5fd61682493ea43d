package org.minzheng.disclosure.lists;

import java.util.Arrays;
import java.util.Optional;

/**
 * The programmes whose money the payment ledger records, as the public lists name them. Mirrors the
 * {@code programme} column of {@code payment.paid_ledger}; the labels are the assistance module's.
 */
public enum Programme {
    DIBAO,
    TEKUN,
    TEMPORARY;

    static final Programme DEFAULT = DIBAO;

    /** The programme named in an address, empty for anything else (the page then shows the default). */
    static Optional<Programme> parse(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }

    public String labelKey() {
        return "assistance.programme." + name();
    }

    public String shortLabelKey() {
        return "disclosure.programme.short." + name();
    }
}
