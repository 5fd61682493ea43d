package org.minzheng.payment.benefit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.spreadsheet.Spreadsheet;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 部门待遇数据: other departments' benefit records in the console, their upload and the departments' API keys. */
@Controller
@RequestMapping(BenefitRecordController.BASE)
@PreAuthorize("hasAuthority('" + BenefitConsole.VIEW + "')")
class BenefitRecordController {

    static final String BASE = "/console/payment/benefits";
    private static final String IMPORT = "hasAuthority('" + BenefitConsole.IMPORT + "')";
    private static final int PAGE_SIZE = 30;
    private static final int EXPORT_LIMIT = 100_000;
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final BenefitRecords records;
    private final Messages messages;

    BenefitRecordController(BenefitRecords records, Messages messages) {
        this.records = records;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String idNumber,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<Department> departments = records.departments();
        String knownDepartment = known(department, departments);
        Optional<YearMonth> knownMonth =
                RecordCheck.month(month).filter(m -> month.strip().length() <= 10);
        String person = idNumber.strip().length() > 20 ? "" : idNumber.strip();
        Page<RecordRow> rows = records.search(
                knownDepartment,
                knownMonth.orElse(null),
                person,
                CurrentStaff.scope(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("rows", rows.getContent());
        model.addAttribute("total", rows.getTotalElements());
        model.addAttribute("pages", PageLinks.of(rows));
        String query = UriComponentsBuilder.newInstance()
                .queryParam("department", knownDepartment)
                .queryParam("month", knownMonth.map(YearMonth::toString).orElse(""))
                .queryParam("idNumber", person)
                .encode()
                .build()
                .toUriString();
        model.addAttribute("pageBase", query + "&");
        model.addAttribute("exportQuery", query);
        model.addAttribute("departments", departments);
        model.addAttribute("department", knownDepartment);
        model.addAttribute("month", knownMonth.map(YearMonth::toString).orElse(""));
        model.addAttribute("idNumber", person);
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "payment/benefit/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String idNumber,
            HttpServletResponse response) {
        List<Department> departments = records.departments();
        Locale locale = LocaleContextHolder.getLocale();
        List<RecordRow> rows = records.search(
                        known(department, departments),
                        RecordCheck.month(month).orElse(null),
                        idNumber.strip().length() > 20 ? "" : idNumber.strip(),
                        CurrentStaff.scope(),
                        Pageable.ofSize(EXPORT_LIMIT))
                .getContent();
        ExcelExport.write(
                response,
                messages.get("benefit.export.file"),
                List.of(
                        messages.get("benefit.record.department"),
                        messages.get("benefit.column.externalId"),
                        messages.get("benefit.column.idNumber"),
                        messages.get("benefit.column.name"),
                        messages.get("benefit.column.benefit"),
                        messages.get("benefit.column.month"),
                        messages.get("benefit.column.amount"),
                        messages.get("benefit.column.paidOn"),
                        messages.get("benefit.column.note")),
                rows.stream()
                        .map(row -> List.<Object>of(
                                row.department(locale),
                                row.externalId(),
                                row.idNumberMasked(),
                                row.maskedName(),
                                row.benefitName(),
                                row.month().toString(),
                                row.amount().toYuanString(),
                                row.paidOn() == null ? "" : row.paidOn().toString(),
                                row.note() == null ? "" : row.note()))
                        .toList());
    }

    @GetMapping("/import")
    @PreAuthorize(IMPORT)
    String importPage(Model model) {
        return showImport(model, "");
    }

    @PostMapping("/import")
    @PreAuthorize(IMPORT)
    String upload(
            @RequestParam(defaultValue = "") String department,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model)
            throws IOException {
        requireCityWide();
        List<Department> departments = records.departments();
        String chosen = known(department, departments);
        if (chosen.isEmpty()) {
            model.addAttribute("departmentError", "benefit.import.department.required");
            return showImport(model, "");
        }
        String name = file == null || file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (file == null || file.isEmpty() || file.getSize() > MAX_FILE_BYTES || !(xlsx || name.endsWith(".csv"))) {
            model.addAttribute("fileError", "benefit.import.file.kind");
            return showImport(model, chosen);
        }
        byte[] bytes = file.getBytes();
        if (xlsx != Spreadsheet.looksLikeWorkbook(bytes)) {
            model.addAttribute("fileError", "benefit.import.file.kind");
            return showImport(model, chosen);
        }
        List<Spreadsheet.Line> lines;
        try {
            lines = Spreadsheet.read(
                    bytes, xlsx ? Spreadsheet.Format.XLSX : Spreadsheet.Format.CSV, BenefitRecords.MAX_RECORDS + 2);
        } catch (Spreadsheet.UnreadableFileException unreadable) {
            model.addAttribute("fileError", "benefit.import.file.unreadable");
            return showImport(model, chosen);
        }
        if (lines.size() > BenefitRecords.MAX_RECORDS + 1) {
            model.addAttribute("fileError", "benefit.import.file.tooLong");
            return showImport(model, chosen);
        }
        model.addAttribute("report", records.importFile(chosen, lines));
        model.addAttribute("fileName", file.getOriginalFilename());
        return showImport(model, chosen);
    }

    /** A CSV with the headings only, which Excel opens (UTF-8 with a byte-order mark). */
    @GetMapping("/import/template.csv")
    @PreAuthorize(IMPORT)
    void template(HttpServletResponse response) {
        String name = messages.get("benefit.import.template.file") + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        String headings = String.join(
                ",", UploadColumns.HEADINGS.stream().map(messages::get).toList());
        try {
            response.getOutputStream().write(("\uFEFF" + headings + "\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new API key for a department, shown once on the next page and never again. */
    @PostMapping("/departments/{code}/key")
    @PreAuthorize(IMPORT)
    String issueKey(@PathVariable String code, RedirectAttributes redirect) {
        requireCityWide();
        String key = records.issueKey(code);
        redirect.addFlashAttribute("issuedKey", key);
        redirect.addFlashAttribute("issuedFor", code);
        redirect.addFlashAttribute("flashSuccess", messages.get("benefit.key.issued"));
        return "redirect:" + BASE + "/import";
    }

    private String showImport(Model model, String chosen) {
        model.addAttribute("departments", records.departments());
        model.addAttribute("department", chosen);
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("cityWide", CurrentStaff.scope().cityWide());
        return "payment/benefit/import";
    }

    /** Departments deliver for the whole city: only city-wide staff may change their records or keys. */
    private static void requireCityWide() {
        if (!CurrentStaff.scope().cityWide()) {
            throw new NotFoundException("department");
        }
    }

    private static String known(String code, List<Department> departments) {
        return departments.stream()
                .map(Department::code)
                .filter(code::equals)
                .findFirst()
                .orElse("");
    }
}
