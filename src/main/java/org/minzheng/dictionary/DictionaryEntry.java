package org.minzheng.dictionary;

import java.util.Locale;

/**
 * One value of a code list, as forms and pages use it.
 *
 * @param code what records store, e.g. {@code 01} for 汉族
 * @param sortOrder position in the list; lower first
 */
public record DictionaryEntry(String code, String labelZh, String labelEn, int sortOrder) {

    /** The English label for English visitors, the Chinese one for everyone else. */
    public String label(Locale locale) {
        return Dictionaries.isEnglish(locale) ? labelEn : labelZh;
    }
}
