package org.minzheng.eldercare.elder;

import java.util.Optional;
import org.minzheng.shared.IdNumber;

/**
 * The list's filters; null or empty means "any".
 *
 * @param idNumber set when the text is a whole valid ID number, matched exactly by blind index
 */
record ElderSearch(
        String text, Optional<IdNumber> idNumber, LivingSituation living, EconomicCategory economic, String village) {

    static ElderSearch of(String q, String living, String economic, String village) {
        String text = q == null ? "" : q.strip();
        Optional<IdNumber> id = IdNumber.isValid(text) ? Optional.of(IdNumber.parse(text)) : Optional.empty();
        return new ElderSearch(
                text,
                id,
                parse(LivingSituation.class, living),
                parse(EconomicCategory.class, economic),
                village == null ? "" : village.strip());
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
