package org.minzheng.shared.spreadsheet;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;
import cn.idev.excel.support.ExcelTypeEnum;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.minzheng.shared.spreadsheet.Spreadsheet.Format;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;
import org.minzheng.shared.spreadsheet.Spreadsheet.UnreadableFileException;

/**
 * Reads a file of any length row by row, .xlsx or .csv (UTF-8 or GBK), keeping one row in memory: for
 * imports of a million rows, where {@link Spreadsheet} would hold them all. Unlike {@link Spreadsheet}
 * a CSV row keeps its cells exactly as many as the file has, so that a caller can tell a short row, and
 * blank rows are skipped in both formats.
 */
public final class SpreadsheetStream {

    private static final int SNIFF_BYTES = 64 * 1024;

    private SpreadsheetStream() {}

    /**
     * What the file's first bytes say it is, whatever its name claims: a zip archive (as every .xlsx is)
     * or text without NUL bytes; empty for anything else (an image, a .xls, a PDF).
     */
    public static Optional<Format> sniff(Path file) throws IOException {
        byte[] head = firstBytes(file);
        if (Spreadsheet.looksLikeWorkbook(head)) {
            return Optional.of(Format.XLSX);
        }
        if (head.length == 0) {
            return Optional.empty();
        }
        for (byte b : head) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        return Optional.of(Format.CSV);
    }

    /**
     * Hands every non-blank row to {@code consumer} in file order, cells stripped.
     *
     * @return the number of rows handed over
     * @throws UnreadableFileException when the file is damaged or not of {@code format}
     */
    public static long forEach(Path file, Format format, Consumer<Line> consumer) throws UnreadableFileException {
        try {
            return format == Format.XLSX ? workbook(file, consumer) : csv(file, consumer);
        } catch (IOException e) {
            throw new UnreadableFileException(e);
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException(e.getCause());
        }
    }

    /** Line breaks in a CSV file: an upper bound of its rows, cheap to count before reading it, for progress. */
    public static long countLineBreaks(Path file) throws IOException {
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static long workbook(Path file, Consumer<Line> consumer) throws UnreadableFileException {
        long[] count = {0};
        RuntimeException[] fromConsumer = {null};
        var listener = new ReadListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                int width =
                        row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                List<String> cells = new ArrayList<>(width);
                boolean blank = true;
                for (int i = 0; i < width; i++) {
                    String cell = row.get(i) == null ? "" : row.get(i).strip();
                    blank &= cell.isEmpty();
                    cells.add(cell);
                }
                if (!blank) {
                    count[0]++;
                    try {
                        consumer.accept(new Line(context.readRowHolder().getRowIndex() + 1, cells));
                    } catch (RuntimeException e) {
                        fromConsumer[0] = e;
                        throw e;
                    }
                }
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {}
        };
        try {
            FastExcel.read(file.toFile(), listener)
                    .excelType(ExcelTypeEnum.XLSX)
                    .headRowNumber(0)
                    .sheet()
                    .doRead();
        } catch (RuntimeException e) {
            // FastExcel wraps what the consumer throws; that passes on unwrapped. Anything else is FastExcel or
            // POI reporting a damaged or mislabelled file with one of assorted runtime exceptions.
            if (fromConsumer[0] != null) {
                throw fromConsumer[0];
            }
            throw new UnreadableFileException(e);
        }
        return count[0];
    }

    private static long csv(Path file, Consumer<Line> consumer) throws IOException {
        byte[] head = firstBytes(file);
        int bom = hasUtf8Bom(head) ? 3 : 0;
        Charset charset = charsetOf(head, bom);
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bom);
        try (Reader reader = new BufferedReader(new InputStreamReader(in, decoder(charset)), 1 << 16)) {
            return new CsvRows(reader).forEach(consumer);
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /**
     * UTF-8 when the first bytes are valid UTF-8 (a character cut at the end of the sample aside), else
     * GB18030: Excel on Chinese Windows saves CSV in GBK.
     */
    static Charset charsetOf(byte[] head, int start) {
        int end = head.length;
        // drop an incomplete UTF-8 sequence at the end of the sample
        int back = 0;
        while (back < 3 && end - back - 1 >= start && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= start && (head[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, start, end - start));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }
}
