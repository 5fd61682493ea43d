package org.minzheng.dictionary.catalog;

/** Text clean-up shared by the forms: surrounding spaces are a typing accident, never meant. */
final class Forms {

    private Forms() {}

    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String nullIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
