package org.minzheng.registry.feed;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.spreadsheet.Spreadsheet;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** 部门数据: the records other departments delivered, their upload, templates and the departments' API keys. */
@Controller
@RequestMapping(FeedController.BASE)
@PreAuthorize("hasAuthority('registry:feed:view')")
class FeedController {

    static final String BASE = "/console/registry/feeds";
    private static final String IMPORT = "hasAuthority('registry:feed:import')";
    private static final int PAGE_SIZE = 30;
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final FeedImports imports;
    private final FeedApiKeys keys;
    private final Messages messages;

    FeedController(FeedImports imports, FeedApiKeys keys, Messages messages) {
        this.imports = imports;
        this.keys = keys;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "") String matched,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        FeedSearch search = FeedSearch.of(kind, department, from, until, matched);
        Page<FeedRow> rows = imports.search(search, CurrentStaff.scope(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        String query = UriComponentsBuilder.newInstance()
                .queryParam(
                        "kind",
                        search.kind().isEmpty()
                                ? ""
                                : FeedKind.valueOf(search.kind()).slug())
                .queryParam("department", search.department())
                .queryParam("from", search.from() == null ? "" : search.from().toString())
                .queryParam(
                        "until", search.until() == null ? "" : search.until().toString())
                .queryParam("matched", search.matched())
                .encode()
                .build()
                .toUriString();
        model.addAttribute("search", search);
        model.addAttribute("kinds", FeedKind.values());
        model.addAttribute("departments", imports.departments());
        model.addAttribute("rows", rows.getContent());
        model.addAttribute(
                "masked",
                rows.getContent().stream().map(imports::maskedIdNumber).toList());
        model.addAttribute("total", rows.getTotalElements());
        model.addAttribute("pages", PageLinks.of(rows));
        model.addAttribute("pageBase", query + "&");
        model.addAttribute("cityWide", CurrentStaff.scope().cityWide());
        return "registry/feed/list";
    }

    @GetMapping("/import")
    @PreAuthorize(IMPORT)
    String importPage(@RequestParam(defaultValue = "") String kind, Model model) {
        requireCityWide();
        return showImport(model, FeedKind.ofSlug(kind).orElse(null), "");
    }

    @PostMapping("/import")
    @PreAuthorize(IMPORT)
    String upload(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model)
            throws IOException {
        requireCityWide();
        FeedKind chosenKind = FeedKind.ofSlug(kind).orElse(null);
        String chosen = imports.departments().stream()
                .filter(FeedDepartment::active)
                .map(FeedDepartment::code)
                .filter(department::equals)
                .findFirst()
                .orElse("");
        if (chosenKind == null) {
            model.addAttribute("kindError", "feed.import.kind.required");
        }
        if (chosen.isEmpty()) {
            model.addAttribute("departmentError", "feed.import.department.required");
        }
        String name = file == null || file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        boolean xlsx = name.endsWith(".xlsx");
        if (file == null || file.isEmpty() || file.getSize() > MAX_FILE_BYTES || !(xlsx || name.endsWith(".csv"))) {
            model.addAttribute("fileError", "feed.import.file.kind");
            return showImport(model, chosenKind, chosen);
        }
        if (chosenKind == null || chosen.isEmpty()) {
            return showImport(model, chosenKind, chosen);
        }
        byte[] bytes = file.getBytes();
        if (xlsx != Spreadsheet.looksLikeWorkbook(bytes)) {
            model.addAttribute("fileError", "feed.import.file.kind");
            return showImport(model, chosenKind, chosen);
        }
        List<Spreadsheet.Line> lines;
        try {
            lines = Spreadsheet.read(
                    bytes, xlsx ? Spreadsheet.Format.XLSX : Spreadsheet.Format.CSV, FeedImports.MAX_RECORDS + 2);
        } catch (Spreadsheet.UnreadableFileException unreadable) {
            model.addAttribute("fileError", "feed.import.file.unreadable");
            return showImport(model, chosenKind, chosen);
        }
        if (lines.size() > FeedImports.MAX_RECORDS + 1) {
            model.addAttribute("fileError", "feed.import.file.tooLong");
            return showImport(model, chosenKind, chosen);
        }
        if (lines.size() < 2) {
            model.addAttribute("fileError", "feed.import.file.empty");
            return showImport(model, chosenKind, chosen);
        }
        if (!headingsMatch(chosenKind, lines.get(0))) {
            model.addAttribute("fileError", "feed.import.file.headings");
            return showImport(model, chosenKind, chosen);
        }
        List<FeedDraft> drafts = lines.subList(1, lines.size()).stream()
                .map(line -> draft(chosenKind, line))
                .toList();
        model.addAttribute("report", imports.importFile(chosen, chosenKind, drafts));
        model.addAttribute("fileName", file.getOriginalFilename());
        return showImport(model, chosenKind, chosen);
    }

    /** The kind's layout as a CSV with the headings only, which Excel opens (UTF-8 with a byte-order mark). */
    @GetMapping("/import/{kind}.csv")
    @PreAuthorize(IMPORT)
    void template(@PathVariable String kind, HttpServletResponse response) {
        FeedKind known = FeedKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("feed kind"));
        String name = messages.get("feed.import.template.file", messages.get(known.messageKey())) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        try {
            response.getOutputStream()
                    .write(("\uFEFF" + String.join(",", headings(known)) + "\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new API key for a department, shown once on the next page and never again. */
    @PostMapping("/departments/{code}/key")
    @PreAuthorize(IMPORT)
    String issueKey(@PathVariable String code, RedirectAttributes redirect) {
        requireCityWide();
        String key = keys.issue(code).orElseThrow(() -> new NotFoundException("department"));
        redirect.addFlashAttribute("issuedKey", key);
        redirect.addFlashAttribute("issuedFor", code);
        redirect.addFlashAttribute("flashSuccess", messages.get("feed.key.issued"));
        return "redirect:" + BASE + "/import";
    }

    private String showImport(Model model, FeedKind kind, String department) {
        model.addAttribute("kinds", FeedKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("departments", imports.departments());
        model.addAttribute("department", department);
        return "registry/feed/import";
    }

    private List<String> headings(FeedKind kind) {
        return kind.columns().stream()
                .map(field -> messages.get(kind.headingKey(field)))
                .toList();
    }

    /** The first row names the kind's columns, so that a file of another kind is not read as this one. */
    private boolean headingsMatch(FeedKind kind, Spreadsheet.Line first) {
        List<String> expected = headings(kind);
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(first.cell(i).replace("\uFEFF", "").strip())) {
                return false;
            }
        }
        return first.cells().stream().skip(expected.size()).allMatch(String::isBlank);
    }

    private static FeedDraft draft(FeedKind kind, Spreadsheet.Line line) {
        Map<FeedField, String> values = new EnumMap<>(FeedField.class);
        List<FeedField> columns = kind.columns();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), line.cell(i));
        }
        List<String> unexpected = new ArrayList<>();
        for (int i = columns.size(); i < line.cells().size(); i++) {
            if (!line.cell(i).isBlank()) {
                unexpected.add("column" + (i + 1));
            }
        }
        return new FeedDraft(line.number(), values, null, unexpected);
    }

    /** Departments deliver for the whole city: only city-wide staff upload their files or hand out keys. */
    private static void requireCityWide() {
        if (!CurrentStaff.scope().cityWide()) {
            throw new NotFoundException("feed import");
        }
    }
}
