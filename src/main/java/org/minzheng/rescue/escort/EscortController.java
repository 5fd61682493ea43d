package org.minzheng.rescue.escort;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 护送返乡: the list with the city's waiting requests, arranging an escort from a case, one escort, the 交接单. */
@Controller
@RequestMapping(EscortController.BASE)
@PreAuthorize("hasAuthority('rescue:case:view')")
class EscortController {

    static final String BASE = "/console/rescue/escorts";
    private static final String MANAGE = "hasAuthority('rescue:case:manage')";
    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;

    private final EscortRepository escorts;
    private final EscortService service;
    private final Messages messages;
    private final AuditLog audit;

    EscortController(EscortRepository escorts, EscortService service, Messages messages, AuditLog audit) {
        this.escorts = escorts;
        this.service = service;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String cross,
            @RequestParam(required = false) Long station,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        EscortSearch search = search(status, cross, station, from, to);
        DataScope scope = CurrentStaff.scope();
        Page<Escort> found = escorts.search(search, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        int year = service.today().getYear();
        model.addAttribute("search", search);
        model.addAttribute("statuses", EscortStatus.values());
        model.addAttribute("stations", escorts.stations(scope));
        model.addAttribute("waiting", scope.cityWide() ? escorts.waitingForCity(scope) : List.of());
        model.addAttribute("stats", escorts.statistics(scope, year));
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + query(search) + "&");
        model.addAttribute("exportLink", BASE + "/export?" + query(search));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "rescue/escort/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String cross,
            @RequestParam(required = false) Long station,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) {
        EscortSearch search = search(status, cross, station, from, to);
        List<Escort> rows = escorts.export(search, CurrentStaff.scope(), EXPORT_LIMIT);
        audit.record(AuditEvent.operation(
                        "rescue.escort.export",
                        "rescue.escort",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " rows, " + query(search)));
        ExcelExport.write(
                response,
                messages.get("rescue.escort.export.file"),
                List.of(
                        messages.get("rescue.escort.case"),
                        messages.get("rescue.escort.person"),
                        messages.get("rescue.escort.requestedBy"),
                        messages.get("rescue.escort.escortStation"),
                        messages.get("rescue.escort.destination"),
                        messages.get("rescue.escort.cross"),
                        messages.get("rescue.escort.transport"),
                        messages.get("rescue.escort.route"),
                        messages.get("rescue.escort.plannedOn"),
                        messages.get("rescue.escort.status"),
                        messages.get("rescue.escort.cost")),
                rows.stream()
                        .map(e -> List.<Object>of(
                                e.caseNumber(),
                                e.personName() == null ? messages.get("rescue.escort.unnamed") : e.personName(),
                                e.requestedByStation(),
                                e.escortStation(),
                                messages.get("rescue.escort.province." + e.destinationProvince()) + " "
                                        + e.destinationPlace(),
                                messages.get(e.crossProvince() ? "rescue.escort.yes" : "rescue.escort.no"),
                                messages.get(e.transport().messageKey()),
                                e.route(),
                                e.plannedOn().toString(),
                                messages.get(e.status().messageKey()),
                                YuanFormat.INSTANCE.of(e.costFen())))
                        .toList());
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(@RequestParam("case") long caseId, Model model) {
        CaseSummary c = caseOf(caseId);
        return form(model, c, EscortForm.forCase(c.id(), service.today().plusDays(1)));
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("escortForm") EscortForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.caseId() == null) {
            throw new NotFoundException("no case");
        }
        CaseSummary c = caseOf(form.caseId());
        if (!errors.hasErrors()) {
            try {
                long id = service.create(
                        form, c, CurrentStaff.scope(), CurrentStaff.require().username(), false);
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.escort.flash.created"));
                return "redirect:" + BASE + "/" + id;
            } catch (EscortRefusedException refused) {
                reject(errors, refused);
            }
        }
        return form(model, c, form);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Escort e = visible(id);
        DataScope scope = CurrentStaff.scope();
        model.addAttribute("escort", e);
        List<EscortStaff> assigned = escorts.assigned(id);
        model.addAttribute("assigned", assigned);
        model.addAttribute("assignedIds", assigned.stream().map(EscortStaff::id).toList());
        model.addAttribute("events", escorts.events(id));
        model.addAttribute("canAct", scope.covers(e.escortRegion()));
        model.addAttribute("stationStaff", escorts.activeStaff(e.escortStationId()));
        model.addAttribute("handoverForm", HandoverForm.at(service.nowInBeijing()));
        model.addAttribute("receiverKinds", ReceiverKind.values());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        model.addAttribute("times", EscortTime.INSTANCE);
        return "rescue/escort/show";
    }

    @GetMapping("/{id}/print")
    String print(@PathVariable long id, Model model) {
        Escort e = visible(id);
        model.addAttribute("escort", e);
        model.addAttribute("assigned", escorts.assigned(id));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        model.addAttribute("times", EscortTime.INSTANCE);
        return "rescue/escort/print";
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(MANAGE)
    String accept(@PathVariable long id, @Valid AcceptForm form, BindingResult errors, RedirectAttributes redirect) {
        actor(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.escort.validation.tooLong"));
        } else {
            act(
                    redirect,
                    "rescue.escort.flash.accepted",
                    () -> service.accept(
                            id,
                            form,
                            CurrentStaff.scope(),
                            CurrentStaff.require().username()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/start")
    @PreAuthorize(MANAGE)
    String start(@PathVariable long id, RedirectAttributes redirect) {
        actor(id);
        act(
                redirect,
                "rescue.escort.flash.started",
                () -> service.start(
                        id, CurrentStaff.scope(), CurrentStaff.require().username()));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/handover")
    @PreAuthorize(MANAGE)
    String handOver(
            @PathVariable long id,
            @Valid @ModelAttribute("handoverForm") HandoverForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        actor(id);
        if (!errors.hasErrors()) {
            try {
                service.handOver(
                        id, form, CurrentStaff.scope(), CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("rescue.escort.flash.handedOver"));
                return "redirect:" + BASE + "/" + id;
            } catch (EscortRefusedException refused) {
                reject(errors, refused);
            }
        }
        Escort e = visible(id);
        model.addAttribute("escort", e);
        List<EscortStaff> assigned = escorts.assigned(id);
        model.addAttribute("assigned", assigned);
        model.addAttribute("assignedIds", assigned.stream().map(EscortStaff::id).toList());
        model.addAttribute("events", escorts.events(id));
        model.addAttribute("canAct", true);
        model.addAttribute("stationStaff", escorts.activeStaff(e.escortStationId()));
        model.addAttribute("receiverKinds", ReceiverKind.values());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        model.addAttribute("times", EscortTime.INSTANCE);
        return "rescue/escort/show";
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(MANAGE)
    String cancel(@PathVariable long id, @Valid CancelForm form, BindingResult errors, RedirectAttributes redirect) {
        visible(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.escort.validation.reason"));
        } else {
            act(
                    redirect,
                    "rescue.escort.flash.cancelled",
                    () -> service.cancel(
                            id,
                            form,
                            CurrentStaff.scope(),
                            CurrentStaff.require().username()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private void act(RedirectAttributes redirect, String successKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flashSuccess", messages.get(successKey));
        } catch (EscortRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey()));
        }
    }

    private Escort visible(long id) {
        return escorts.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("escort " + id));
    }

    /** Only the escorting station acts on the task; to anyone else it is as if the action did not exist. */
    private Escort actor(long id) {
        Escort e = visible(id);
        if (!CurrentStaff.scope().covers(e.escortRegion())) {
            throw new NotFoundException("escort " + id);
        }
        return e;
    }

    private CaseSummary caseOf(long caseId) {
        return escorts.caseInScope(caseId, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("case " + caseId));
    }

    private String form(Model model, CaseSummary c, EscortForm form) {
        model.addAttribute("rescueCase", c);
        model.addAttribute("escortForm", form);
        model.addAttribute("provinces", Provinces.CODES);
        model.addAttribute("transports", Transport.values());
        model.addAttribute("stationStaff", escorts.activeStaff(c.stationId()));
        model.addAttribute("countyStation", !"CITY".equals(c.stationKind()));
        return "rescue/escort/new";
    }

    private static void reject(BindingResult errors, EscortRefusedException refused) {
        if (refused.field() == null) {
            errors.reject(refused.messageKey());
        } else {
            errors.rejectValue(refused.field(), refused.messageKey());
        }
    }

    private static EscortSearch search(String status, String cross, Long station, LocalDate from, LocalDate to) {
        boolean knownStatus = java.util.Arrays.stream(EscortStatus.values())
                .anyMatch(s -> s.name().equals(status));
        String crossValue = "true".equals(cross) || "false".equals(cross) ? cross : "";
        return new EscortSearch(knownStatus ? status : "", crossValue, station, from, to);
    }

    private static String query(EscortSearch s) {
        return "status=" + s.status() + "&cross=" + s.cross() + "&station=" + (s.station() == null ? "" : s.station())
                + "&from=" + (s.from() == null ? "" : s.from()) + "&to=" + (s.to() == null ? "" : s.to());
    }
}
