package org.minzheng.rescue.search;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

/** 寻亲: the list of searches, opening one for a case, one search with its steps, candidates and reunification. */
@Controller
@RequestMapping(FamilySearchController.BASE)
@PreAuthorize("hasAuthority('rescue:search:view')")
class FamilySearchController {

    static final String BASE = "/console/rescue/searches";
    private static final String MANAGE = "hasAuthority('rescue:search:manage')";
    private static final int PAGE_SIZE = 20;
    private static final Set<String> STATUSES = Set.of("OPEN", "REUNITED", "CLOSED");
    static final List<String> FLAGS = List.of("noticeOverdue", "dnaOverdue", "noticeRefresh", "stranded", "settlement");

    private final FamilySearchRepository searches;
    private final MissingReportRepository reports;
    private final FamilySearchService service;
    private final FamilyMatching matching;
    private final Messages messages;
    private final AuditLog audit;

    FamilySearchController(
            FamilySearchRepository searches,
            MissingReportRepository reports,
            FamilySearchService service,
            FamilyMatching matching,
            Messages messages,
            AuditLog audit) {
        this.searches = searches;
        this.reports = reports;
        this.service = service;
        this.matching = matching;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(required = false) Long station,
            @RequestParam(defaultValue = "") String flag,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String st = STATUSES.contains(status) ? status : "";
        String fl = FLAGS.contains(flag) ? flag : "";
        DataScope scope = CurrentStaff.scope();
        List<SearchRow> all = filtered(scope, st, station, fl);
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        int from = (int) Math.min(request.getOffset(), all.size());
        Page<SearchRow> found =
                new PageImpl<>(all.subList(from, Math.min(from + PAGE_SIZE, all.size())), request, all.size());
        String query = "status=" + st + "&station=" + (station == null ? "" : station) + "&flag=" + fl;
        model.addAttribute("status", st);
        model.addAttribute("station", station);
        model.addAttribute("flag", fl);
        model.addAttribute("flags", FLAGS);
        model.addAttribute("statuses", List.of("OPEN", "REUNITED", "CLOSED"));
        model.addAttribute("stations", searches.stations(scope));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + query + "&");
        model.addAttribute("exportLink", BASE + "/export?" + query);
        model.addAttribute("times", SearchTime.INSTANCE);
        return "rescue/search/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(required = false) Long station,
            @RequestParam(defaultValue = "") String flag,
            HttpServletResponse response) {
        String st = STATUSES.contains(status) ? status : "";
        String fl = FLAGS.contains(flag) ? flag : "";
        List<SearchRow> rows = filtered(CurrentStaff.scope(), st, station, fl);
        audit.record(AuditEvent.operation(
                        "rescue.search.export",
                        "rescue.family-search",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " rows, status=" + st + " flag=" + fl));
        ExcelExport.write(
                response,
                messages.get("rescue.search.export.file"),
                List.of(
                        messages.get("rescue.search.case"),
                        messages.get("rescue.search.person"),
                        messages.get("rescue.search.station"),
                        messages.get("rescue.search.admittedAt"),
                        messages.get("rescue.search.days"),
                        messages.get("rescue.search.stepsDone"),
                        messages.get("rescue.search.status"),
                        messages.get("rescue.search.flags")),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.caseNumber(),
                                person(r),
                                r.stationName(),
                                SearchTime.INSTANCE.of(r.admittedAt()),
                                r.days(),
                                r.stepsDone(),
                                messages.get("rescue.search.status." + r.searchStatus()),
                                flags(r)))
                        .toList());
    }

    @GetMapping("/for-case/{caseId}")
    String forCase(@PathVariable long caseId, Model model) {
        SearchCase c = caseOf(caseId);
        var existing = searches.ofCase(caseId);
        if (existing.isPresent()) {
            return "redirect:" + BASE + "/" + existing.get().id();
        }
        model.addAttribute("rescueCase", c);
        model.addAttribute("age", c.age(service.today()));
        model.addAttribute("times", SearchTime.INSTANCE);
        return "rescue/search/for-case";
    }

    @PostMapping("/for-case/{caseId}")
    @PreAuthorize(MANAGE)
    String open(@PathVariable long caseId, RedirectAttributes redirect) {
        SearchCase c = caseOf(caseId);
        try {
            long id = service.open(c, CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("rescue.search.flash.opened"));
            return "redirect:" + BASE + "/" + id;
        } catch (SearchRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
            return "redirect:" + BASE + "/for-case/" + caseId;
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long report, Model model) {
        FamilySearch s = visible(id);
        SearchCase c = searches.caseOf(s.caseId());
        ReunificationForm form = ReunificationForm.blank(service.today());
        if (report != null && s.open()) {
            MissingReport r = reports.anywhere(report)
                    .filter(MissingReport::open)
                    .orElseThrow(() -> new NotFoundException("report " + report));
            form = ReunificationForm.from(r, service.today());
            model.addAttribute("confirming", r);
        }
        return page(model, s, c, SearchStepForm.at(service.nowInBeijing()), form);
    }

    @PostMapping("/{id}/steps")
    @PreAuthorize(MANAGE)
    String addStep(
            @PathVariable long id,
            @Valid @ModelAttribute("searchStepForm") SearchStepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilySearch s = visible(id);
        SearchCase c = searches.caseOf(s.caseId());
        if (!errors.hasErrors()) {
            try {
                service.addStep(s, c, form, CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.search.flash.step"));
                return "redirect:" + BASE + "/" + id + "#steps";
            } catch (SearchRefusedException refused) {
                reject(errors, refused);
            }
        }
        return page(model, s, c, form, ReunificationForm.blank(service.today()));
    }

    @PostMapping("/{id}/steps/{stepId}/result")
    @PreAuthorize(MANAGE)
    String result(
            @PathVariable long id,
            @PathVariable long stepId,
            @Valid StepResultForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        FamilySearch s = visible(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.search.flash.resultInvalid"));
        } else {
            try {
                service.recordResult(
                        s,
                        searches.caseOf(s.caseId()),
                        stepId,
                        form,
                        CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.search.flash.result"));
            } catch (SearchRefusedException refused) {
                redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
            }
        }
        return "redirect:" + BASE + "/" + id + "#steps";
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(MANAGE)
    String rejectCandidate(
            @PathVariable long id,
            @RequestParam long report,
            @Valid ReasonForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        FamilySearch s = visible(id);
        MissingReport r = reports.anywhere(report).orElseThrow(() -> new NotFoundException("report " + report));
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.search.validation.reason"));
        } else {
            service.reject(
                    searches.caseOf(s.caseId()),
                    r,
                    form.reason(),
                    CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("rescue.search.flash.rejected"));
        }
        return "redirect:" + BASE + "/" + id + "#candidates";
    }

    @PostMapping("/{id}/reunite")
    @PreAuthorize(MANAGE)
    String reunite(
            @PathVariable long id,
            @Valid @ModelAttribute("reunificationForm") ReunificationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        FamilySearch s = visible(id);
        SearchCase c = searches.caseOf(s.caseId());
        if (!errors.hasErrors()) {
            try {
                service.reunite(s, c, form, CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.search.flash.reunited"));
                return "redirect:" + BASE + "/" + id;
            } catch (SearchRefusedException refused) {
                reject(errors, refused);
            }
        }
        if (form.reportId() != null) {
            reports.anywhere(form.reportId()).ifPresent(r -> model.addAttribute("confirming", r));
        }
        return page(model, s, c, SearchStepForm.at(service.nowInBeijing()), form);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(MANAGE)
    String close(@PathVariable long id, @Valid ReasonForm form, BindingResult errors, RedirectAttributes redirect) {
        FamilySearch s = visible(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.search.validation.reason"));
        } else {
            try {
                service.close(
                        s,
                        searches.caseOf(s.caseId()),
                        form.reason(),
                        CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.search.flash.closed"));
            } catch (SearchRefusedException refused) {
                redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
            }
        }
        return "redirect:" + BASE + "/" + id;
    }

    private String page(
            Model model, FamilySearch s, SearchCase c, SearchStepForm stepForm, ReunificationForm reunificationForm) {
        Instant now = service.now();
        List<SearchStep> steps = searches.steps(s.id());
        Instant firstNotice = first(steps, StepKind.NATIONAL_NOTICE, false);
        Instant lastNotice = first(steps, StepKind.NATIONAL_NOTICE, true);
        Instant firstDna = first(steps, StepKind.DNA, false);
        model.addAttribute("search", s);
        model.addAttribute("rescueCase", c);
        model.addAttribute("age", c.age(service.today()));
        model.addAttribute("days", org.minzheng.rescue.cases.StayLimit.daysBetween(c.admittedAt(), now));
        model.addAttribute("steps", steps);
        model.addAttribute(
                "deadlines", new SearchDeadlines(c.admittedAt(), firstNotice, lastNotice, firstDna, s.open(), now));
        if (s.open()) {
            model.addAttribute("candidates", matching.reportsFor(c));
        }
        searches.reunification(s.id()).ifPresent(r -> model.addAttribute("reunification", r));
        model.addAttribute("searchStepForm", stepForm);
        model.addAttribute("reunificationForm", reunificationForm);
        model.addAttribute("kinds", StepKind.values());
        model.addAttribute("results", StepResult.values());
        model.addAttribute("throughs", FoundThrough.values());
        model.addAttribute("nowInBeijing", service.nowInBeijing());
        model.addAttribute("canManage", CurrentStaff.authorities().contains("rescue:search:manage"));
        model.addAttribute("times", SearchTime.INSTANCE);
        return "rescue/search/show";
    }

    private static Instant first(List<SearchStep> steps, StepKind kind, boolean latest) {
        return steps.stream()
                .filter(st -> st.kind() == kind)
                .map(SearchStep::takenAt)
                .reduce((a, b) -> latest ? (a.isAfter(b) ? a : b) : (a.isBefore(b) ? a : b))
                .orElse(null);
    }

    private List<SearchRow> filtered(DataScope scope, String status, Long station, String flag) {
        return searches.rows(scope, status.isEmpty() ? null : status, station, service.now()).stream()
                .filter(r -> flag.isEmpty() || r.hasFlag(flag))
                .toList();
    }

    private String person(SearchRow r) {
        String who = r.name() == null ? messages.get("rescue.search.unnamed") : r.name();
        return who + " " + messages.get("rescue.search.sex." + r.sex()) + (r.age() == null ? "" : " " + r.age());
    }

    private String flags(SearchRow r) {
        return String.join(
                "、",
                FLAGS.stream()
                        .filter(r::hasFlag)
                        .map(f -> messages.get("rescue.search.flag." + f))
                        .toList());
    }

    private FamilySearch visible(long id) {
        return searches.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("search " + id));
    }

    private SearchCase caseOf(long caseId) {
        return searches.caseInScope(caseId, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("case " + caseId));
    }

    static void reject(BindingResult errors, SearchRefusedException refused) {
        if (refused.field() == null) {
            errors.reject(refused.messageKey(), refused.args(), null);
        } else {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.args(), null);
        }
    }

    static boolean known(String value, Enum<?>[] values) {
        return Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }
}
