package org.minzheng.charity.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.UploadRefused;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 第三方审计报告: the yearly audits of charity organisations (and of single projects), each with the auditor's
 * report as a PDF or a scan, served only to staff who may see the report.
 */
@Controller
@RequestMapping(AuditReportController.BASE)
@PreAuthorize("hasAuthority('" + CharityEvaluationConsole.VIEW + "')")
class AuditReportController {

    static final String BASE = "/console/charity/audit-reports";
    private static final String MANAGE = "hasAuthority('" + CharityEvaluationConsole.MANAGE + "')";
    private static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter UPLOADED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AuditReportRepository repository;
    private final AuditReportService service;
    private final EvaluationService evaluations;
    private final Attachments attachments;
    private final Messages messages;

    AuditReportController(
            AuditReportRepository repository,
            AuditReportService service,
            EvaluationService evaluations,
            Attachments attachments,
            Messages messages) {
        this.repository = repository;
        this.service = service;
        this.evaluations = evaluations;
        this.attachments = attachments;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) Long project,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String opinion,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditOpinion chosen = AuditOpinion.parse(opinion);
        Page<AuditReport> found = repository.search(
                organisation,
                project,
                year,
                chosen,
                CurrentStaff.scope(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("organisation", organisation);
        model.addAttribute("project", project);
        model.addAttribute(
                "projectName",
                project == null
                        ? null
                        : repository.projects(CurrentStaff.scope()).stream()
                                .filter(p -> p.id() == project)
                                .map(ProjectChoice::name)
                                .findFirst()
                                .orElse(String.valueOf(project)));
        model.addAttribute("year", year);
        model.addAttribute("opinion", chosen == null ? "" : chosen.name());
        model.addAttribute("opinions", AuditOpinion.values());
        model.addAttribute("organisations", repository.organisations());
        model.addAttribute("years", years());
        model.addAttribute("reports", found);
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParam("organisation", organisation == null ? "" : organisation)
                                .queryParam("project", project == null ? "" : project)
                                .queryParam("year", year == null ? "" : year)
                                .queryParam("opinion", opinion)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        return "charity/evaluation/audit-reports";
    }

    /** The list as a spreadsheet, with the same filters as the page. */
    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) Long project,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String opinion,
            HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("charity.auditReport.organisation"),
                messages.get("charity.auditReport.projectColumn"),
                messages.get("charity.auditReport.year"),
                messages.get("charity.auditReport.firm"),
                messages.get("charity.auditReport.opinion"),
                messages.get("charity.auditReport.summary"),
                messages.get("charity.auditReport.region"),
                messages.get("charity.auditReport.uploadedBy"),
                messages.get("charity.auditReport.uploadedAt"));
        List<List<Object>> rows = new ArrayList<>();
        for (AuditReport r : repository
                .search(
                        organisation,
                        project,
                        year,
                        AuditOpinion.parse(opinion),
                        CurrentStaff.scope(),
                        Pageable.unpaged())
                .getContent()) {
            rows.add(List.of(
                    r.organisation(),
                    r.projectName() == null ? messages.get("charity.auditReport.wholeOrganisation") : r.projectName(),
                    String.valueOf(r.year()),
                    r.auditFirm(),
                    messages.get(r.opinion().messageKey()),
                    r.summary() == null ? "" : r.summary(),
                    r.regionCode(),
                    r.uploadedBy(),
                    UPLOADED_AT.format(r.uploadedAt())));
        }
        ExcelExport.write(response, messages.get("charity.auditReport.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(@RequestParam(required = false) Long project, Model model) {
        model.addAttribute(
                "auditReportForm",
                AuditReportForm.empty(project, evaluations.today().getYear() - 1));
        return form(model);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String upload(
            @Valid @ModelAttribute("auditReportForm") AuditReportForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        var scope = CurrentStaff.scope();
        if (form.organisationId() != null
                && repository.organisation(form.organisationId()).isEmpty()) {
            errors.rejectValue("organisationId", "charity.auditReport.validation.organisation");
        }
        if (form.projectId() != null) {
            Long owner = repository.projectOrganisation(form.projectId(), scope).orElse(null);
            if (owner == null) {
                errors.rejectValue("projectId", "charity.auditReport.validation.project");
            } else if (form.organisationId() != null && !owner.equals(form.organisationId())) {
                errors.rejectValue("projectId", "charity.auditReport.validation.projectOfOther");
            }
        }
        if (form.year() != null && form.year() > evaluations.today().getYear()) {
            errors.rejectValue("year", "charity.auditReport.validation.futureYear");
        }
        if (!errors.hasFieldErrors("opinion") && AuditOpinion.parse(form.opinion()) == null) {
            errors.rejectValue("opinion", "charity.auditReport.validation.opinion");
        }
        boolean noFile = file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank());
        if (noFile) {
            model.addAttribute("fileError", messages.get("charity.auditReport.validation.file"));
        }
        if (errors.hasErrors() || noFile) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model);
        }
        var staff = CurrentStaff.require();
        try (InputStream content = file.getInputStream()) {
            long id = service.upload(
                    form,
                    file.getOriginalFilename(),
                    content,
                    file.getSize(),
                    CharityScopes.keeping(staff.regionCode()),
                    staff.username());
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.auditReport.flash.uploaded"));
            return "redirect:" + BASE + "?year=" + form.year() + "#report-" + id;
        } catch (UploadRefused refused) {
            model.addAttribute("fileError", messages.get(refused.messageKey(), refused.arguments()));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model);
        }
    }

    /** Served only to staff who may see the report, with the type its content showed, never sniffed. */
    @GetMapping("/{id}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        AuditReport report = repository
                .find(id, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("charity audit report " + id));
        StoredFile stored = attachments
                .find(service.fileOf(report))
                .orElseThrow(() -> new NotFoundException("file of charity audit report " + id));
        boolean pdf = "application/pdf".equals(stored.mediaType());
        response.setContentType(stored.mediaType());
        response.setContentLengthLong(stored.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                (pdf ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(stored.name(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (InputStream content = attachments.open(stored.id())) {
            content.transferTo(response.getOutputStream());
        }
    }

    private String form(Model model) {
        model.addAttribute("organisations", repository.organisations());
        model.addAttribute("opinions", AuditOpinion.values());
        model.addAttribute("projects", repository.projects(CurrentStaff.scope()));
        model.addAttribute("thisYear", evaluations.today().getYear());
        return "charity/evaluation/audit-report-form";
    }

    private List<Integer> years() {
        int now = evaluations.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 6; y--) {
            years.add(y);
        }
        return years;
    }
}
