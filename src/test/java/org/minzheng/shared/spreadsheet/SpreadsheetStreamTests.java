package org.minzheng.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.idev.excel.FastExcel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.shared.spreadsheet.Spreadsheet.Format;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;

class SpreadsheetStreamTests {

    @TempDir
    Path folder;

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaksAndNumbersRowsByTheirFirstLine() throws Exception {
        Path file =
                write("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\r\n", StandardCharsets.UTF_8);

        List<Line> lines = read(file, Format.CSV);

        assertThat(lines).extracting(Line::number).containsExactly(1, 2, 5);
        assertThat(lines.get(1).cells()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(lines.get(2).cells()).containsExactly("last", "", "");
    }

    @Test
    void keepsAShortRowShortSoThatTheCallerCanTellIt() throws Exception {
        Path file = write("a,b,c\nd,e\n", StandardCharsets.UTF_8);

        assertThat(read(file, Format.CSV).get(1).cells()).hasSize(2);
    }

    @Test
    void readsGbkAndUtf8WithByteOrderMark() throws Exception {
        Path gbk = write("姓名,村\n张三,里则街村\n", Charset.forName("GBK"));
        Path bom = write("\uFEFF姓名,村\n张三,里则街村\n", StandardCharsets.UTF_8);

        assertThat(read(gbk, Format.CSV).get(1).cells()).containsExactly("张三", "里则街村");
        assertThat(read(bom, Format.CSV).get(0).cells()).containsExactly("姓名", "村");
    }

    @Test
    void readsAWorkbookRowByRowAndTellsItApartFromTextBySniffing() throws Exception {
        Path workbook = folder.resolve("rows.xlsx");
        FastExcel.write(workbook.toFile()).sheet("rows").doWrite(List.of(List.of("户编号", "姓名"), List.of("H1", "张三")));
        Path text = write("a,b\n", StandardCharsets.UTF_8);
        Path binary = folder.resolve("image.xlsx");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        assertThat(read(workbook, Format.XLSX)).extracting(Line::cells).contains(List.of("H1", "张三"));
        assertThat(SpreadsheetStream.sniff(workbook)).contains(Format.XLSX);
        assertThat(SpreadsheetStream.sniff(text)).contains(Format.CSV);
        assertThat(SpreadsheetStream.sniff(binary)).isEmpty();
    }

    private Path write(String text, Charset charset) throws Exception {
        Path file = Files.createTempFile(folder, "rows", ".csv");
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private static List<Line> read(Path file, Format format) throws Exception {
        List<Line> lines = new ArrayList<>();
        SpreadsheetStream.forEach(file, format, lines::add);
        return lines;
    }
}
