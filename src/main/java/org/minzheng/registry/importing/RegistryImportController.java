package org.minzheng.registry.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 批量导入低收入人口: upload, the preview of a batch, confirmation, the rejected rows and the template. */
@Controller
@RequestMapping("/console/registry/import")
@PreAuthorize("hasAuthority('registry:import:run')")
class RegistryImportController {

    static final int PAGE_SIZE = 50;
    static final int MAX_EXPORTED_REJECTIONS = 100_000;
    private static final Set<String> OUTCOMES = Set.of("ADDED", "CHANGED", "UNCHANGED", "REJECTED");

    private final RegistryImports imports;
    private final ImportRepository repository;
    private final ImportTemplate template;
    private final Regions regions;
    private final Messages messages;

    RegistryImportController(
            RegistryImports imports,
            ImportRepository repository,
            ImportTemplate template,
            Regions regions,
            Messages messages) {
        this.imports = imports;
        this.repository = repository;
        this.template = template;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return showForm(model);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "registry.import.error.noFile");
            return showForm(model);
        }
        try {
            RegistryImports.Started started =
                    imports.upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
            return "redirect:/console/jobs/" + started.jobId();
        } catch (UploadRefusedException refused) {
            model.addAttribute("fileError", refused.messageKey());
            return showForm(model);
        }
    }

    /** Larger than the server takes at all: nothing was read, the form says why. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flashError", messages.get("registry.import.error.size", imports.maxBytes() / (1024 * 1024)));
        return "redirect:/console/registry/import";
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ImportBatch batch = batch(id);
        String filter = OUTCOMES.contains(outcome) ? outcome : "";
        var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        List<ImportRowView> rows = repository.rows(id, filter, request.getPageSize(), request.getOffset());
        var result = new PageImpl<>(rows, request, repository.countRows(id, filter));
        model.addAttribute("batch", batch);
        model.addAttribute("rows", result.getContent());
        model.addAttribute("pages", PageLinks.of(result));
        model.addAttribute("outcome", filter);
        model.addAttribute("pageBase", "?outcome=" + filter + "&");
        model.addAttribute("villageNames", villageNames(rows));
        return "registry/import/show";
    }

    @PostMapping("/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        ImportBatch batch = batch(id);
        return imports.confirm(batch.id())
                .map(jobId -> "redirect:/console/jobs/" + jobId)
                .orElseGet(() -> {
                    redirect.addFlashAttribute("flashError", messages.get("registry.import.commit.refused"));
                    return "redirect:/console/registry/import/" + id;
                });
    }

    @GetMapping("/{id}/rejected.xlsx")
    void rejected(@PathVariable long id, HttpServletResponse response) {
        ImportBatch batch = batch(id);
        List<List<Object>> rows = repository.rows(batch.id(), "REJECTED", MAX_EXPORTED_REJECTIONS, 0).stream()
                .map(row -> List.<Object>of(
                        row.line(),
                        row.householdKey(),
                        row.name() == null ? "" : row.name(),
                        row.idNumberMasked() == null ? "" : row.idNumberMasked(),
                        problemText(row)))
                .toList();
        ExcelExport.write(
                response,
                messages.get("registry.import.rejected.file"),
                List.of(
                        messages.get("registry.import.column.line"),
                        messages.get("registry.import.column.householdKey"),
                        messages.get("registry.import.column.name"),
                        messages.get("registry.import.column.idNumber"),
                        messages.get("registry.import.column.problem")),
                rows);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> templateCsv() {
        return download(template.csv(), "csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        return download(
                template.xlsx(),
                "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private ResponseEntity<byte[]> download(byte[] bytes, String extension, MediaType type) {
        String name = messages.get("registry.import.template.file") + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .body(bytes);
    }

    private String problemText(ImportRowView row) {
        return row.problem() == null ? "" : messages.get(row.problem().messageKey(), row.problemDetail());
    }

    private ImportBatch batch(long id) {
        return repository
                .find(id, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("No import batch " + id + " within the scope"));
    }

    private String showForm(Model model) {
        model.addAttribute("batches", repository.recent(CurrentStaff.scope(), 20));
        model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        return "registry/import/form";
    }

    private Map<String, String> villageNames(List<ImportRowView> rows) {
        Map<String, String> names = new ConcurrentHashMap<>();
        rows.stream()
                .map(ImportRowView::regionCode)
                .filter(code -> code != null && RegionCode.isValid(code))
                .distinct()
                .forEach(code -> names.put(code, regions.nameOf(RegionCode.of(code))));
        return names;
    }
}
