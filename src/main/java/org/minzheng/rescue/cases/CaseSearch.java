package org.minzheng.rescue.cases;

import java.time.LocalDate;

/**
 * The list's filters as typed; unknown values are ignored rather than refused so that an old bookmark still opens.
 *
 * @param sort {@code admitted} (newest first) or {@code days} (longest stay first)
 */
record CaseSearch(Long station, String status, String identity, String q, LocalDate from, LocalDate to, String sort) {

    public CaseStatus statusValue() {
        return parse(CaseStatus.class, status);
    }

    public IdentityStatus identityValue() {
        return parse(IdentityStatus.class, identity);
    }

    public boolean byDays() {
        return "days".equals(sort);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        return null;
    }
}
