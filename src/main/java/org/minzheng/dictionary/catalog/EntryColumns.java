package org.minzheng.dictionary.catalog;

import java.util.List;
import org.minzheng.shared.web.Messages;

/** The columns of an entry workbook, shared by export, the import template and the import itself, so a file goes round unchanged. */
public final class EntryColumns {

    public static final List<String> KEYS = List.of(
            "dictionary.entry.code",
            "dictionary.entry.labelZh",
            "dictionary.entry.labelEn",
            "dictionary.entry.sortOrder",
            "dictionary.entry.enabled");

    private EntryColumns() {}

    public static List<String> headings(Messages messages) {
        return KEYS.stream().map(messages::get).toList();
    }
}
