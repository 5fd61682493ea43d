package org.minzheng.shared.database;

/** Makes user text safe inside a SQL {@code like} pattern: {@code %} and {@code _} match only themselves. */
public final class Like {

    private Like() {}

    /** Escapes with PostgreSQL's default escape character, the backslash. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
