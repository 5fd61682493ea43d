package org.minzheng.registry.snapshot;

/** PostgreSQL's COPY text format: tab between fields, {@code \N} for null, backslash escapes. */
final class CopyText {

    private CopyText() {}

    static String[] fields(String line, int count) {
        String[] fields = new String[count];
        int start = 0;
        for (int index = 0; index < count; index++) {
            int tab = line.indexOf('\t', start);
            int end = tab < 0 ? trimmedEnd(line) : tab;
            fields[index] = value(line.substring(start, end));
            start = end + 1;
        }
        return fields;
    }

    private static int trimmedEnd(String line) {
        return line.endsWith("\n") ? line.length() - 1 : line.length();
    }

    private static String value(String raw) {
        if ("\\N".equals(raw)) {
            return null;
        }
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                text.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            text.append(
                    switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'v' -> '\u000B';
                        default -> next;
                    });
        }
        return text.toString();
    }
}
