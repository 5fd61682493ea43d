package org.minzheng.shared.spreadsheet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;

/**
 * Cuts CSV text (RFC 4180: comma, double quotes around cells with commas, quotes or line breaks, a
 * doubled quote inside) into rows as it reads, so that a file of any size passes through in one row of
 * memory. Rows are numbered by the line they start on, as a text editor shows them.
 */
final class CsvRows {

    private final Reader reader;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int lineNumber = 1;

    CsvRows(Reader reader) {
        this.reader = reader;
    }

    long forEach(Consumer<Line> consumer) throws IOException {
        long count = 0;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean rowStarted = false;
        int rowLine = lineNumber;
        int c;
        while ((c = next()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        next();
                        cell.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    cell.append((char) c);
                }
                continue;
            }
            if (!rowStarted) {
                rowStarted = true;
                rowLine = lineNumber;
            }
            if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    next();
                }
                lineNumber++;
                cells.add(cell.toString().strip());
                cell.setLength(0);
                count += emit(rowLine, cells, consumer);
                cells = new ArrayList<>();
                rowStarted = false;
            } else {
                cell.append((char) c);
            }
        }
        if (rowStarted) {
            cells.add(cell.toString().strip());
            count += emit(rowLine, cells, consumer);
        }
        return count;
    }

    private static int emit(int line, List<String> cells, Consumer<Line> consumer) {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                consumer.accept(new Line(line, cells));
                return 1;
            }
        }
        return 0;
    }

    private int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        limit = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }
}
