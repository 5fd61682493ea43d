package org.minzheng.shared.spreadsheet;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;
import cn.idev.excel.support.ExcelTypeEnum;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads the rows of an uploaded file, .xlsx or .csv (UTF-8 or GBK), as text cells with their row numbers as
 * Excel shows them: for imports of code lists, bank return files and partner departments' records.
 */
public final class Spreadsheet {

    public enum Format {
        XLSX,
        CSV
    }

    /**
     * A non-empty row.
     *
     * @param number 1-based, as Excel numbers rows
     */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The file is not what its name says, or is damaged. */
    public static final class UnreadableFileException extends Exception {

        UnreadableFileException(Throwable cause) {
            super("Spreadsheet cannot be read", cause);
        }
    }

    private Spreadsheet() {}

    /** @param limit the most rows to read; the caller treats a file that reaches it as too long */
    public static List<Line> read(byte[] bytes, Format format, int limit) throws UnreadableFileException {
        List<Line> lines = new ArrayList<>();
        var listener = new ReadListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                int width =
                        row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                List<String> cells = IntStream.range(0, width)
                        .mapToObj(i -> row.get(i) == null ? "" : row.get(i).strip())
                        .toList();
                if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                    lines.add(new Line(context.readRowHolder().getRowIndex() + 1, cells));
                }
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {}

            @Override
            public boolean hasNext(AnalysisContext context) {
                return lines.size() < limit;
            }
        };
        try {
            if (format == Format.XLSX) {
                FastExcel.read(new ByteArrayInputStream(bytes), listener)
                        .excelType(ExcelTypeEnum.XLSX)
                        .headRowNumber(0)
                        .sheet()
                        .doRead();
            } else {
                int start = hasUtf8Bom(bytes) ? 3 : 0;
                FastExcel.read(new ByteArrayInputStream(bytes, start, bytes.length - start), listener)
                        .excelType(ExcelTypeEnum.CSV)
                        .charset(charsetOf(bytes, start))
                        .headRowNumber(0)
                        .sheet()
                        .doRead();
            }
        } catch (RuntimeException e) {
            // FastExcel and POI report a damaged or mislabelled file with assorted runtime exceptions.
            throw new UnreadableFileException(e);
        }
        return lines;
    }

    /** Whether the bytes start like a zip archive, as every .xlsx workbook does. */
    public static boolean looksLikeWorkbook(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** UTF-8 when the bytes are valid UTF-8, else GB18030: Excel on Chinese Windows saves CSV in GBK. */
    private static Charset charsetOf(byte[] bytes, int start) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }
}
