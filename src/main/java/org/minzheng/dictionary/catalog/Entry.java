package org.minzheng.dictionary.catalog;

import java.util.Locale;
import org.minzheng.dictionary.Dictionaries;
import org.minzheng.dictionary.DictionaryEntry;

/**
 * An entry as the console edits it, disabled ones included.
 *
 * @param builtin seeded from the standard: it may be disabled but not deleted
 */
public record Entry(String code, String labelZh, String labelEn, int sortOrder, boolean enabled, boolean builtin) {

    public String label(Locale locale) {
        return Dictionaries.isEnglish(locale) ? labelEn : labelZh;
    }

    DictionaryEntry toDictionaryEntry() {
        return new DictionaryEntry(code, labelZh, labelEn, sortOrder);
    }
}
