package org.minzheng.registry.importing;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.registry.synthetic.CollectionFile;
import org.minzheng.shared.IdNumber;

/**
 * Collection files for tests, row by row, with made-up ID numbers no other test uses (address code
 * 371626) and addresses that start with {@link #ADDRESS} so that a test can remove what it imported.
 */
final class CollectionRows {

    static final String ADDRESS = "导入测试";
    static final String LIZE_VILLAGE = "371602012201";
    static final String PENGLI_COMMUNITY = "371602005001";

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(900));

    private final List<String> lines = new ArrayList<>();

    CollectionRows() {
        lines.add(String.join(",", CollectionFile.HEADINGS));
    }

    static String freshIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371626%04d%02d%02d%03d",
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), n % 1000);
        return first17 + IdNumber.checkChar(first17);
    }

    /** A person row in 里则街村 with sensible values. */
    static Row row(String key, String name, String idNumber, String relationship) {
        return new Row(new String[] {
            key,
            LIZE_VILLAGE,
            ADDRESS + key,
            "农村",
            "dibao",
            "1200.00",
            name,
            idNumber,
            relationship,
            "partial",
            "",
            "",
            "300.00"
        });
    }

    CollectionRows add(Row row) {
        lines.add(String.join(",", row.cells));
        return this;
    }

    CollectionRows addRaw(String line) {
        lines.add(line);
        return this;
    }

    /** The 1-based line the next row will have. */
    int nextLine() {
        return lines.size() + 1;
    }

    byte[] csv(Charset charset) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    List<List<String>> table() {
        return lines.stream().map(line -> List.of(line.split(",", -1))).toList();
    }

    /** One row's cells, to change before adding. */
    static final class Row {
        final String[] cells;

        Row(String[] cells) {
            this.cells = cells;
        }

        Row with(int column, String value) {
            String[] changed = cells.clone();
            changed[column] = value;
            return new Row(changed);
        }
    }
}
