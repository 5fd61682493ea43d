package org.minzheng.shared.web;

import cn.idev.excel.FastExcel;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes a list page's rows as an .xlsx download: the staff's favourite way to take data elsewhere. */
public final class ExcelExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelExport() {}

    /**
     * @param baseName file name without date and extension, e.g. "审计日志"
     * @param headers column headings, already localised
     * @param rows one list of cell values per row, in heading order
     */
    public static void write(
            HttpServletResponse response, String baseName, List<String> headers, List<List<Object>> rows) {
        String fileName = baseName + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        try {
            FastExcel.write(response.getOutputStream())
                    .head(headers.stream().map(List::of).toList())
                    .sheet(baseName)
                    .doWrite(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
