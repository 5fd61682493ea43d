package org.minzheng.lottery.sales;

import cn.idev.excel.FastExcel;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 销量导入: the upload of a sales file, its templates, and the history of imports. */
@Controller
@RequestMapping(LotterySalesImportController.BASE)
@PreAuthorize("hasAuthority('lottery:sales:manage')")
class LotterySalesImportController {

    static final String BASE = "/console/lottery/sales/import";
    private static final int SHOWN_PROBLEMS = 500;
    private static final int PAGE_SIZE = 30;

    private final SalesImports imports;
    private final SalesImportRepository repository;
    private final Messages messages;

    LotterySalesImportController(SalesImports imports, SalesImportRepository repository, Messages messages) {
        this.imports = imports;
        this.repository = repository;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return showForm(model);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.get("lottery.sales.import.error.noFile"));
            return showForm(model);
        }
        if (file.getSize() > SalesImports.MAX_BYTES) {
            model.addAttribute(
                    "fileError",
                    messages.get("lottery.sales.import.error.size", SalesImports.MAX_BYTES / (1024 * 1024)));
            return showForm(model);
        }
        try {
            model.addAttribute("result", imports.importFile(file.getOriginalFilename(), file.getBytes()));
        } catch (SalesFileRefusedException refused) {
            model.addAttribute("fileError", messages.get(refused.messageKey(), refused.arguments()));
            List<SalesFile.Problem> problems = refused.problems();
            model.addAttribute(
                    "problems",
                    problems.stream()
                            .limit(SHOWN_PROBLEMS)
                            .map(p -> new ProblemView(
                                    p.line(),
                                    messages.get(p.messageKey(), p.arguments().toArray())))
                            .toList());
            model.addAttribute("problemsHidden", Math.max(0, problems.size() - SHOWN_PROBLEMS));
        }
        return showForm(model);
    }

    record ProblemView(int line, String text) {}

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flashError", messages.get("lottery.sales.import.error.size", SalesImports.MAX_BYTES / (1024 * 1024)));
        return "redirect:" + BASE;
    }

    @GetMapping("/history")
    @PreAuthorize("hasAuthority('lottery:sales:view')")
    String history(@RequestParam(defaultValue = "0") int page, Model model) {
        var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        var found = new PageImpl<>(
                repository.recent(request.getPageSize(), request.getOffset()), request, repository.count());
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?");
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/sales/history";
    }

    @GetMapping("/history/export")
    @PreAuthorize("hasAuthority('lottery:sales:view')")
    void historyExport(HttpServletResponse response) {
        List<List<Object>> rows = repository.recent(10_000, 0).stream()
                .map(i -> List.<Object>of(
                        i.fileName(),
                        i.firstDay().toString(),
                        i.lastDay().toString(),
                        i.rowsRead(),
                        i.rowsAdded(),
                        i.rowsChanged(),
                        i.rowsSame(),
                        YuanFormat.INSTANCE.of(i.totalFen()),
                        i.importedBy(),
                        i.importedAt()
                                .atZone(SalesImports.BEIJING)
                                .toLocalDateTime()
                                .toString()))
                .toList();
        ExcelExport.write(
                response,
                messages.get("lottery.sales.history.file"),
                List.of(
                        messages.get("lottery.sales.history.fileName"),
                        messages.get("lottery.sales.history.firstDay"),
                        messages.get("lottery.sales.history.lastDay"),
                        messages.get("lottery.sales.import.read"),
                        messages.get("lottery.sales.import.added"),
                        messages.get("lottery.sales.import.changed"),
                        messages.get("lottery.sales.import.same"),
                        messages.get("lottery.sales.import.total"),
                        messages.get("lottery.sales.history.by"),
                        messages.get("lottery.sales.history.at")),
                rows);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> templateCsv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(String.join(",", headings())).append("\r\n");
        for (List<String> row : example()) {
            text.append(String.join(",", row)).append("\r\n");
        }
        return download(
                text.toString().getBytes(StandardCharsets.UTF_8),
                "csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out)
                .head(headings().stream().map(List::of).toList())
                .sheet(messages.get("lottery.sales.template.sheet"))
                .doWrite(example().stream().map(r -> List.<Object>copyOf(r)).toList());
        return download(
                out.toByteArray(),
                "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private List<String> headings() {
        return List.of(
                messages.get("lottery.sales.file.heading.date"),
                messages.get("lottery.sales.file.heading.outlet"),
                messages.get("lottery.sales.file.heading.game"),
                messages.get("lottery.sales.file.heading.amount"));
    }

    /** Made-up outlet number; the file's game may be the code or the name. */
    private List<List<String>> example() {
        String day = LocalDate.now(SalesImports.BEIJING).minusDays(1).toString();
        return List.of(
                List.of(day, "37160001", messages.get(Game.SSQ.fileNameKey()), "1280.00"),
                List.of(day, "37160001", "GGL", "650.50"));
    }

    private ResponseEntity<byte[]> download(byte[] bytes, String extension, MediaType type) {
        String name = messages.get("lottery.sales.template.file") + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .body(bytes);
    }

    private String showForm(Model model) {
        model.addAttribute("recent", repository.recent(10, 0));
        model.addAttribute("maxMegabytes", SalesImports.MAX_BYTES / (1024 * 1024));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/sales/import";
    }
}
