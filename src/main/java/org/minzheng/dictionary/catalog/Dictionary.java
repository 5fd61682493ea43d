package org.minzheng.dictionary.catalog;

import java.util.Locale;
import org.minzheng.dictionary.Dictionaries;

/**
 * A code list as the console edits it.
 *
 * @param builtin a national standard table seeded with the application: it cannot be deleted
 */
public record Dictionary(String code, String nameZh, String nameEn, String description, boolean builtin) {

    public String name(Locale locale) {
        return Dictionaries.isEnglish(locale) ? nameEn : nameZh;
    }
}
