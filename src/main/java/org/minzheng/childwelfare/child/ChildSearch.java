package org.minzheng.childwelfare.child;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.minzheng.shared.IdNumber;

/**
 * The list's filters; null or empty means "any".
 *
 * @param idNumber set when the text is a whole valid ID number, matched exactly by blind index
 * @param status {@code IN_CARE}, {@code DISCHARGED} or empty for both
 */
record ChildSearch(
        String text,
        Optional<IdNumber> idNumber,
        Guardianship guardianship,
        DisabilityType disabilityType,
        Long roomId,
        String status) {

    static final String IN_CARE = "IN_CARE";
    static final String DISCHARGED = "DISCHARGED";

    static ChildSearch of(String q, String guardianship, String disability, String room, String status) {
        String text = q == null ? "" : q.strip();
        Optional<IdNumber> id = IdNumber.isValid(text) ? Optional.of(IdNumber.parse(text)) : Optional.empty();
        return new ChildSearch(
                text,
                id,
                parse(Guardianship.class, guardianship),
                parse(DisabilityType.class, disability),
                room == null || !room.matches("\\d{1,18}") ? null : Long.valueOf(room),
                IN_CARE.equals(status) || DISCHARGED.equals(status) ? status : "");
    }

    public String queryString() {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&guardianship=" + (guardianship == null ? "" : guardianship.name())
                + "&disability=" + (disabilityType == null ? "" : disabilityType.name())
                + "&room=" + (roomId == null ? "" : roomId)
                + "&status=" + status;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
