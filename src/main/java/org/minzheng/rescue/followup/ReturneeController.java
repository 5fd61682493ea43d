package org.minzheng.rescue.followup;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 返乡回访: the list, the 待登记 cases, registering, and one returnee with assessment, help plan and visits. */
@Controller
@RequestMapping(ReturneeController.BASE)
@PreAuthorize("hasAuthority('rescue:followup:view')")
class ReturneeController {

    static final String BASE = "/console/rescue/returnees";
    private static final String MANAGE = "hasAuthority('rescue:followup:manage')";
    private static final int PAGE_SIZE = 20;
    private static final int PENDING_LIMIT = 50;
    private static final int EXPORT_LIMIT = 10_000;

    private final ReturneeRepository returnees;
    private final ReturneeService service;
    private final Regions regions;
    private final Messages messages;
    private final AuditLog audit;

    ReturneeController(
            ReturneeRepository returnees, ReturneeService service, Regions regions, Messages messages, AuditLog audit) {
        this.returnees = returnees;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String county,
            @RequestParam(defaultValue = "") String risk,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean noPlan,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ReturneeSearch search = search(q, county, risk, status, overdue, noPlan);
        DataScope scope = CurrentStaff.scope();
        Page<Returnee> found =
                returnees.search(search, scope, service.today(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("counties", service.counties(scope));
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("rows", found.getContent());
        model.addAttribute("names", byCode(names(found.getContent())));
        model.addAttribute("today", service.today());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.query() + "&");
        model.addAttribute("exportLink", BASE + "/export?" + search.query());
        return "rescue/followup/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String county,
            @RequestParam(defaultValue = "") String risk,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean noPlan,
            HttpServletResponse response) {
        ReturneeSearch search = search(q, county, risk, status, overdue, noPlan);
        var today = service.today();
        List<Returnee> rows = returnees.export(search, CurrentStaff.scope(), today, EXPORT_LIMIT);
        audit.record(AuditEvent.operation(
                        "rescue.followup.export",
                        "rescue.returnee",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " rows, " + search.query()));
        Map<RegionCode, String> names = names(rows);
        ExcelExport.write(
                response,
                messages.get("rescue.followup.export.file"),
                List.of(
                        messages.get("rescue.followup.name"),
                        messages.get("rescue.followup.sex"),
                        messages.get("rescue.followup.county"),
                        messages.get("rescue.followup.home"),
                        messages.get("rescue.followup.returnedOn"),
                        messages.get("rescue.followup.returnedFrom"),
                        messages.get("rescue.followup.risk"),
                        messages.get("rescue.followup.plan"),
                        messages.get("rescue.followup.lastVisit"),
                        messages.get("rescue.followup.dueOn"),
                        messages.get("rescue.followup.status")),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.name(),
                                messages.get("rescue.followup.sex." + r.sex()),
                                names.getOrDefault(RegionCode.of(r.countyCode()), r.countyCode()),
                                names.getOrDefault(RegionCode.of(r.homeRegionCode()), r.homeRegionCode()) + " "
                                        + r.address(),
                                r.returnedOn().toString(),
                                r.returnedFrom(),
                                r.riskLevel() == null
                                        ? messages.get("rescue.followup.risk.none")
                                        : messages.get(r.riskLevel().messageKey()),
                                messages.get(r.activePlanId() != null ? "rescue.followup.yes" : "rescue.followup.no"),
                                r.lastVisit() == null ? "" : r.lastVisit().toString(),
                                r.following() ? r.dueOn().toString() : "",
                                messages.get("rescue.followup.status." + r.status())))
                        .toList());
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(@RequestParam(name = "case", required = false) Long caseId, Model model) {
        DataScope scope = CurrentStaff.scope();
        if (caseId != null) {
            PendingCase c = pending(caseId);
            return form(model, c, ReturneeForm.fromCase(c), false);
        }
        model.addAttribute("pending", returnees.pending(scope, PENDING_LIMIT));
        return form(model, null, ReturneeForm.blank(service.today()), false);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("returneeForm") ReturneeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PendingCase c = form.caseId() == null ? null : pending(form.caseId());
        if (!errors.hasErrors()) {
            try {
                long id = service.register(
                        form, c, CurrentStaff.scope(), CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.followup.flash.registered"));
                return "redirect:" + BASE + "/" + id;
            } catch (FollowUpRefusedException refused) {
                reject(errors, refused);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        if (c == null) {
            model.addAttribute("pending", List.of());
        }
        return form(model, c, form, true);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Returnee r = visible(id);
        String staff = CurrentStaff.require().displayName();
        model.addAttribute("riskAssessmentForm", RiskAssessmentForm.blank(service.today(), staff));
        model.addAttribute("helpPlanForm", HelpPlanForm.blank(r.countyCode(), service.today()));
        model.addAttribute("followUpVisitForm", FollowUpVisitForm.blank(service.today(), staff));
        return page(model, r);
    }

    @PostMapping("/{id}/assessments")
    @PreAuthorize(MANAGE)
    String assess(
            @PathVariable long id,
            @Valid @ModelAttribute("riskAssessmentForm") RiskAssessmentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Returnee r = visible(id);
        if (!errors.hasErrors()) {
            try {
                service.assess(r, form, CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.followup.flash.assessed"));
                return "redirect:" + BASE + "/" + id;
            } catch (FollowUpRefusedException refused) {
                reject(errors, refused);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("helpPlanForm", HelpPlanForm.blank(r.countyCode(), service.today()));
        model.addAttribute("followUpVisitForm", FollowUpVisitForm.blank(service.today(), ""));
        return page(model, r);
    }

    @PostMapping("/{id}/plans")
    @PreAuthorize(MANAGE)
    String plan(
            @PathVariable long id,
            @Valid @ModelAttribute("helpPlanForm") HelpPlanForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Returnee r = visible(id);
        if (!errors.hasErrors()) {
            try {
                service.plan(
                        r, form, CurrentStaff.scope(), CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.followup.flash.planned"));
                return "redirect:" + BASE + "/" + id;
            } catch (FollowUpRefusedException refused) {
                reject(errors, refused);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("riskAssessmentForm", RiskAssessmentForm.blank(service.today(), ""));
        model.addAttribute("followUpVisitForm", FollowUpVisitForm.blank(service.today(), ""));
        return page(model, r);
    }

    @PostMapping("/{id}/plans/{planId}/{outcome:complete|cancel}")
    @PreAuthorize(MANAGE)
    String closePlan(
            @PathVariable long id,
            @PathVariable long planId,
            @PathVariable String outcome,
            @Valid PlanCloseForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Returnee r = visible(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.followup.validation.outcome"));
        } else {
            try {
                service.closePlan(
                        r,
                        planId,
                        "complete".equals(outcome),
                        form,
                        CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.followup.flash.planClosed"));
            } catch (FollowUpRefusedException refused) {
                redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
            }
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/visits")
    @PreAuthorize(MANAGE)
    String visit(
            @PathVariable long id,
            @Valid @ModelAttribute("followUpVisitForm") FollowUpVisitForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Returnee r = visible(id);
        if (!errors.hasErrors()) {
            try {
                service.visit(r, form, CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.followup.flash.visited"));
                return "redirect:" + BASE + "/" + id;
            } catch (FollowUpRefusedException refused) {
                reject(errors, refused);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("riskAssessmentForm", RiskAssessmentForm.blank(service.today(), ""));
        model.addAttribute("helpPlanForm", HelpPlanForm.blank(r.countyCode(), service.today()));
        return page(model, r);
    }

    private String page(Model model, Returnee r) {
        model.addAttribute("returnee", r);
        model.addAttribute("canManage", CurrentStaff.authorities().contains("rescue:followup:manage"));
        model.addAttribute(
                "homeName",
                regions.path(RegionCode.of(r.homeRegionCode())).stream()
                        .skip(2)
                        .map(RegionSummary::name)
                        .collect(Collectors.joining(" ")));
        model.addAttribute("assessments", returnees.assessments(r.id()));
        model.addAttribute("plans", returnees.plans(r.id()));
        model.addAttribute("visits", returnees.visits(r.id()));
        model.addAttribute("repeats", returnees.repeats(r.id()));
        model.addAttribute("earlier", returnees.earlierVagrancy(r.id()));
        model.addAttribute("today", service.today());
        model.addAttribute("factors", RiskFactor.values());
        model.addAttribute("weights", RiskScoring.WEIGHTS);
        model.addAttribute("measures", HelpMeasure.values());
        model.addAttribute("ways", VisitWay.values());
        model.addAttribute("findings", VisitFinding.values());
        model.addAttribute(
                "counties",
                service.counties(
                        CurrentStaff.scope().cityWide()
                                ? CurrentStaff.scope()
                                : new DataScope(RegionCode.of(r.countyCode()))));
        model.addAttribute("names", byCode(names(List.of(r))));
        model.addAttribute("highFrom", RiskScoring.HIGH_FROM);
        model.addAttribute("mediumFrom", RiskScoring.MEDIUM_FROM);
        model.addAttribute("interval", VisitSchedule.intervalDays(r.riskLevel()));
        return "rescue/followup/show";
    }

    private String form(Model model, PendingCase c, ReturneeForm form, boolean failed) {
        model.addAttribute("fromCase", c);
        model.addAttribute("returneeForm", form);
        model.addAttribute("homeRegions", service.homeRegions(CurrentStaff.scope()));
        if (!model.containsAttribute("pending")) {
            model.addAttribute("pending", List.of());
        }
        return "rescue/followup/new";
    }

    private Returnee visible(long id) {
        return returnees.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("returnee " + id));
    }

    private PendingCase pending(long caseId) {
        return returnees
                .pendingCase(caseId, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("case " + caseId));
    }

    private Map<RegionCode, String> names(List<Returnee> rows) {
        var codes = rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.countyCode(), r.homeRegionCode()))
                .distinct()
                .map(RegionCode::of)
                .toList();
        return regions.namesOf(codes);
    }

    private static Map<String, String> byCode(Map<RegionCode, String> names) {
        return names.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }

    private static void reject(BindingResult errors, FollowUpRefusedException refused) {
        if (refused.field() == null) {
            errors.reject(refused.messageKey());
        } else {
            errors.rejectValue(refused.field(), refused.messageKey());
        }
    }

    private static ReturneeSearch search(
            String q, String county, String risk, String status, boolean overdue, boolean noPlan) {
        boolean knownRisk = "NONE".equals(risk)
                || Arrays.stream(RiskLevel.values()).anyMatch(l -> l.name().equals(risk));
        boolean knownStatus = "FOLLOWING".equals(status) || "CLOSED".equals(status);
        String countyValue = county.matches("[0-9]{6}000000") ? county : "";
        String text = q.strip().length() > 50 ? q.strip().substring(0, 50) : q.strip();
        return new ReturneeSearch(text, countyValue, knownRisk ? risk : "", knownStatus ? status : "", overdue, noPlan);
    }
}
