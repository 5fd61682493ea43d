package org.minzheng.rescue.search;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 走失人员报告: the list, registering a report, one report with the people in care who may be them, withdrawing. */
@Controller
@RequestMapping(MissingReportController.BASE)
@PreAuthorize("hasAuthority('rescue:search:view')")
class MissingReportController {

    static final String BASE = "/console/rescue/missing-reports";
    private static final String MANAGE = "hasAuthority('rescue:search:manage')";
    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;
    private static final List<String> STATUSES = List.of("OPEN", "FOUND", "WITHDRAWN");

    private final MissingReportRepository reports;
    private final FamilySearchRepository searches;
    private final FamilySearchService service;
    private final FamilyMatching matching;
    private final Messages messages;
    private final AuditLog audit;

    MissingReportController(
            MissingReportRepository reports,
            FamilySearchRepository searches,
            FamilySearchService service,
            FamilyMatching matching,
            Messages messages,
            AuditLog audit) {
        this.reports = reports;
        this.searches = searches;
        this.service = service;
        this.matching = matching;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ReportSearch search = search(status, source, q);
        Page<MissingReport> found =
                reports.search(search, CurrentStaff.scope(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("sources", ReportSource.values());
        model.addAttribute("rows", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.query() + "&");
        model.addAttribute("exportLink", BASE + "/export?" + search.query());
        model.addAttribute("times", SearchTime.INSTANCE);
        return "rescue/search/reports";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String q,
            HttpServletResponse response) {
        ReportSearch search = search(status, source, q);
        List<MissingReport> rows = reports.rows(search, CurrentStaff.scope(), EXPORT_LIMIT, 0);
        audit.record(AuditEvent.operation(
                        "rescue.search.report.export",
                        "rescue.missing-report",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " rows, " + search.query()));
        ExcelExport.write(
                response,
                messages.get("rescue.search.report.export.file"),
                List.of(
                        messages.get("rescue.search.report.name"),
                        messages.get("rescue.search.report.sex"),
                        messages.get("rescue.search.report.birthYear"),
                        messages.get("rescue.search.report.lastSeenPlace"),
                        messages.get("rescue.search.report.missingSince"),
                        messages.get("rescue.search.report.source"),
                        messages.get("rescue.search.report.reporter"),
                        messages.get("rescue.search.report.phone"),
                        messages.get("rescue.search.report.status")),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.missingName() == null ? messages.get("rescue.search.unnamed") : r.missingName(),
                                messages.get("rescue.search.sex." + r.sex()),
                                r.birthYear() == null ? "" : r.birthYear() + " ± " + r.birthYearUncertainty(),
                                r.lastSeenPlace(),
                                r.missingSince().toString(),
                                messages.get(r.source().messageKey()),
                                r.reporterName() + "（" + r.reporterRelation() + "）",
                                r.reporterPhoneMasked() == null ? "" : r.reporterPhoneMasked(),
                                messages.get(r.statusKey())))
                        .toList());
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(Model model) {
        return form(model, MissingReportForm.empty());
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("missingReportForm") MissingReportForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = service.createReport(
                        form,
                        CurrentStaff.require().regionCode(),
                        CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.search.report.flash.created"));
                return "redirect:" + BASE + "/" + id;
            } catch (SearchRefusedException refused) {
                FamilySearchController.reject(errors, refused);
            }
        }
        return form(model, form);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        MissingReport r = visible(id);
        model.addAttribute("report", r);
        if (r.open()) {
            model.addAttribute("candidates", matching.casesFor(r, CurrentStaff.scope()));
        }
        if (r.foundCaseId() != null) {
            searches.ofCase(r.foundCaseId()).ifPresent(s -> model.addAttribute("foundSearch", s));
            model.addAttribute("foundCase", searches.caseOf(r.foundCaseId()));
        }
        model.addAttribute("searchesOf", new SearchLinks(searches));
        model.addAttribute("today", service.today());
        model.addAttribute("times", SearchTime.INSTANCE);
        return "rescue/search/report";
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(MANAGE)
    String withdraw(@PathVariable long id, @Valid ReasonForm form, BindingResult errors, RedirectAttributes redirect) {
        MissingReport r = visible(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.search.validation.reason"));
        } else {
            try {
                service.withdrawReport(r, form.reason(), CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.search.report.flash.withdrawn"));
            } catch (SearchRefusedException refused) {
                redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
            }
        }
        return "redirect:" + BASE + "/" + id;
    }

    private MissingReport visible(long id) {
        return reports.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("report " + id));
    }

    private String form(Model model, MissingReportForm form) {
        model.addAttribute("missingReportForm", form);
        model.addAttribute("sources", ReportSource.values());
        return "rescue/search/report-form";
    }

    private static ReportSearch search(String status, String source, String q) {
        return new ReportSearch(
                STATUSES.contains(status) ? status : "",
                FamilySearchController.known(source, ReportSource.values()) ? source : "",
                q.length() > 50 ? q.substring(0, 50) : q);
    }

    /** The search of a candidate case, for the link next to it (a candidate may have none yet). */
    record SearchLinks(FamilySearchRepository searches) {

        public String of(long caseId) {
            return searches.ofCase(caseId)
                    .map(s -> BASE_SEARCH + "/" + s.id())
                    .orElse(BASE_SEARCH + "/for-case/" + caseId);
        }

        private static final String BASE_SEARCH = FamilySearchController.BASE;
    }
}
