package org.minzheng.rescue.network;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 网格员: the township and village grid workers of the staff member's area. Phones appear masked only, in the
 * list and in the Excel file alike.
 */
@Controller
@RequestMapping(GridWorkerController.BASE)
@PreAuthorize(RescueNetworkConsole.CAN_VIEW)
class GridWorkerController {

    static final String BASE = "/console/rescue/grid-workers";
    private static final int PAGE_SIZE = 20;

    private final GridWorkerRepository repository;
    private final GridWorkerService service;
    private final Regions regions;
    private final Messages messages;

    GridWorkerController(
            GridWorkerRepository repository, GridWorkerService service, Regions regions, Messages messages) {
        this.repository = repository;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String township,
            @RequestParam(defaultValue = "") String duty,
            @RequestParam(defaultValue = "") String active,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        GridWorkerSearch search = search(township, duty, active, q);
        Page<GridWorker> workers = repository.search(scope, search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute(
                "township", search.township() == null ? "" : search.township().value());
        model.addAttribute("duty", search.duty() == null ? "" : search.duty().name());
        model.addAttribute(
                "active", search.active() == null ? "" : search.active().toString());
        model.addAttribute("q", q);
        model.addAttribute("duties", GridDuty.values());
        model.addAttribute("townships", townships(scope));
        model.addAttribute("workers", workers);
        var perTownship = repository.perTownship(scope);
        Map<String, String> townshipNames = new HashMap<>();
        perTownship.forEach(c -> townshipNames.put(c.regionCode(), regions.nameOf(RegionCode.of(c.regionCode()))));
        model.addAttribute("perTownship", perTownship);
        model.addAttribute("townshipNames", townshipNames);
        model.addAttribute("names", names(workers.getContent()));
        model.addAttribute("pages", PageLinks.of(workers));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParam("township", township)
                                .queryParam("duty", duty)
                                .queryParam("active", active)
                                .queryParam("q", q)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        return "rescue/network/grid-workers";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String township,
            @RequestParam(defaultValue = "") String duty,
            @RequestParam(defaultValue = "") String active,
            @RequestParam(defaultValue = "") String q,
            HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("rescue.grid.name"),
                messages.get("rescue.grid.township"),
                messages.get("rescue.grid.region"),
                messages.get("rescue.grid.duty"),
                messages.get("rescue.grid.phone"),
                messages.get("rescue.grid.since"),
                messages.get("rescue.grid.status"),
                messages.get("rescue.grid.hours"));
        List<GridWorker> workers = repository
                .search(CurrentStaff.scope(), search(township, duty, active, q), Pageable.unpaged())
                .getContent();
        Map<String, String> names = names(workers);
        List<List<Object>> rows = new ArrayList<>();
        for (GridWorker w : workers) {
            rows.add(List.of(
                    w.name(),
                    names.get(w.township().value()),
                    names.get(w.regionCode()),
                    messages.get(w.duty().messageKey()),
                    w.phoneMasked(),
                    w.since() == null ? "" : w.since().toString(),
                    messages.get(w.active() ? "rescue.grid.active" : "rescue.grid.inactive"),
                    w.hoursThisYear().stripTrailingZeros().toPlainString()));
        }
        ExcelExport.write(response, messages.get("rescue.grid.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String newForm(Model model) {
        model.addAttribute("gridWorkerForm", GridWorkerForm.empty());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("gridWorkerForm") GridWorkerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!form.phoneGiven() && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "rescue.grid.validation.phoneRequired");
        }
        RegionCode region = check(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        service.create(form, region, CurrentStaff.require().username());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("rescue.grid.flash.created", form.name().strip()));
        return "redirect:" + BASE + "?township="
                + region.ancestorAt(RegionLevel.TOWNSHIP).value();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String editForm(@PathVariable long id, Model model) {
        GridWorker worker = visible(id);
        model.addAttribute("gridWorkerForm", GridWorkerForm.of(worker));
        return form(model, worker);
    }

    @PostMapping("/{id}")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("gridWorkerForm") GridWorkerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        GridWorker worker = visible(id);
        RegionCode region = check(form, errors);
        if (errors.hasErrors()) {
            return form(model, worker);
        }
        service.update(worker, form, region);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("rescue.grid.flash.updated", form.name().strip()));
        return "redirect:" + BASE + "?township="
                + region.ancestorAt(RegionLevel.TOWNSHIP).value();
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        GridWorker worker = visible(id);
        if (worker.active()) {
            service.deactivate(worker);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.grid.flash.deactivated", worker.name()));
        return "redirect:" + BASE + "?township=" + worker.township().value();
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        GridWorker worker = visible(id);
        if (!worker.active()) {
            service.reactivate(worker);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.grid.flash.reactivated", worker.name()));
        return "redirect:" + BASE + "?township=" + worker.township().value();
    }

    private String form(Model model, GridWorker worker) {
        model.addAttribute("worker", worker);
        model.addAttribute("duties", GridDuty.values());
        model.addAttribute(
                "regionChoices",
                regions.within(CurrentStaff.scope()).stream()
                        .filter(r -> r.level() == RegionLevel.TOWNSHIP || r.level() == RegionLevel.VILLAGE)
                        .toList());
        return "rescue/network/grid-worker-form";
    }

    /** A township lead needs a township, a village grid worker a village; both within the scope. */
    private RegionCode check(GridWorkerForm form, BindingResult errors) {
        GridDuty duty = GridDuty.parse(form.duty());
        if (duty == null && !errors.hasFieldErrors("duty")) {
            errors.rejectValue("duty", "rescue.grid.validation.duty");
        }
        if (errors.hasFieldErrors("regionCode") || !RegionCode.isValid(form.regionCode())) {
            if (!errors.hasFieldErrors("regionCode")) {
                errors.rejectValue("regionCode", "rescue.grid.validation.region");
            }
            return null;
        }
        RegionCode code = RegionCode.of(form.regionCode());
        var found = regions.find(code, CurrentStaff.scope());
        if (found.isEmpty()) {
            errors.rejectValue("regionCode", "rescue.grid.validation.region");
            return null;
        }
        if (duty != null && found.get().level() != duty.level()) {
            errors.rejectValue(
                    "regionCode", "rescue.grid.validation.level." + duty.name().toLowerCase());
            return null;
        }
        return code;
    }

    private GridWorker visible(long id) {
        return repository.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("grid worker " + id));
    }

    private List<RegionSummary> townships(DataScope scope) {
        return regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP)
                .toList();
    }

    /** Names of the workers' regions and townships, each looked up once. */
    private Map<String, String> names(List<GridWorker> workers) {
        Map<String, String> names = new HashMap<>();
        for (GridWorker w : workers) {
            names.computeIfAbsent(w.regionCode(), c -> regions.nameOf(RegionCode.of(c)));
            names.computeIfAbsent(w.township().value(), c -> regions.nameOf(RegionCode.of(c)));
        }
        return names;
    }

    private static GridWorkerSearch search(String township, String duty, String active, String q) {
        RegionCode code = RegionCode.isValid(township) ? RegionCode.of(township) : null;
        if (code != null && code.level() != RegionLevel.TOWNSHIP) {
            code = null;
        }
        Boolean activeOnly = "true".equals(active) ? Boolean.TRUE : "false".equals(active) ? Boolean.FALSE : null;
        return new GridWorkerSearch(code, GridDuty.parse(duty), activeOnly, q);
    }
}
