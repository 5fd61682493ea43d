package org.minzheng.registry.warning;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.Warnings.WarningLevel;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** 预警: the warnings of the staff member's region, counted by township, filtered, exported; one warning. */
@Controller
@RequestMapping(WarningController.BASE)
@PreAuthorize("hasAuthority('registry:warning:view')")
class WarningController {

    static final String BASE = "/console/registry/warnings";
    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 50_000;

    private final WarningService warnings;
    private final Regions regions;
    private final Messages messages;

    WarningController(WarningService warnings, Regions regions, Messages messages) {
        this.warnings = warnings;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String rule,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        List<RegionSummary> choices = regionChoices(scope);
        WarningSearch search = search(region, level, state, rule, choices);
        Page<WarningRow> found = warnings.search(search, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        String query = UriComponentsBuilder.newInstance()
                .queryParam("region", search.region())
                .queryParam("level", search.level())
                .queryParam("state", search.state())
                .queryParam("rule", search.rule())
                .encode()
                .build()
                .toUriString();
        List<TownshipCount> counts = named(warnings.countsByTownship(scope));
        model.addAttribute("counts", counts);
        model.addAttribute(
                "countsOpen", counts.stream().mapToLong(TownshipCount::open).sum());
        model.addAttribute(
                "countsOverdue",
                counts.stream().mapToLong(TownshipCount::overdue).sum());
        model.addAttribute("search", search);
        model.addAttribute("regions", choices);
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("rules", warnings.rules(scope));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("villageNames", villageNames(found.getContent()));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("query", query);
        model.addAttribute("pageBase", query + "&");
        model.addAttribute("today", warnings.today());
        return "registry/warning/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String rule,
            HttpServletResponse response) {
        DataScope scope = CurrentStaff.scope();
        List<RegionSummary> choices = regionChoices(scope);
        List<WarningRow> rows = warnings.search(
                        search(region, level, state, rule, choices), scope, Pageable.ofSize(EXPORT_LIMIT))
                .getContent();
        Map<RegionCode, String> names = villageNames(rows);
        var today = warnings.today();
        ExcelExport.write(
                response,
                messages.get("warning.export.file"),
                List.of(
                        messages.get("warning.column.raisedAt"),
                        messages.get("warning.column.level"),
                        messages.get("warning.column.rule"),
                        messages.get("warning.column.household"),
                        messages.get("warning.column.village"),
                        messages.get("warning.column.person"),
                        messages.get("warning.column.reason"),
                        messages.get("warning.column.stopPayment"),
                        messages.get("warning.column.due"),
                        messages.get("warning.column.state")),
                rows.stream()
                        .map(w -> List.<Object>of(
                                w.raisedAt()
                                        .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                                        .toLocalDate()
                                        .toString(),
                                messages.get(w.levelKey()),
                                w.ruleName(),
                                w.householdNumber() + " " + (w.headName() == null ? "" : w.headName()),
                                names.getOrDefault(w.village(), w.village().value()),
                                w.personName() == null ? "" : w.personName(),
                                w.reason(),
                                w.stopPayment() ? messages.get("warning.stopPayment.yes") : "",
                                w.dueOn().toString(),
                                messages.get(stateKey(w, today))))
                        .toList());
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        WarningRow warning =
                warnings.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("warning"));
        model.addAttribute("warning", warning);
        model.addAttribute("path", regions.path(warning.village()));
        model.addAttribute("today", warnings.today());
        return "registry/warning/show";
    }

    private static String stateKey(WarningRow w, java.time.LocalDate today) {
        if (!w.open()) {
            return "warning.state.closed";
        }
        return w.overdueOn(today) ? "warning.state.overdue" : "warning.state.open";
    }

    private static WarningSearch search(
            String region, String level, String state, String rule, List<RegionSummary> choices) {
        WarningSearch search = WarningSearch.of(region, level, state, rule);
        if (choices.stream().noneMatch(r -> r.code().value().equals(search.region()))) {
            return new WarningSearch("", search.level(), search.state(), search.rule());
        }
        return search;
    }

    private List<TownshipCount> named(List<TownshipCount> counts) {
        Map<RegionCode, String> names =
                regions.namesOf(counts.stream().map(TownshipCount::township).toList());
        return counts.stream()
                .map(c -> new TownshipCount(
                        c.township(),
                        names.getOrDefault(c.township(), c.township().value()),
                        c.open(),
                        c.overdue()))
                .toList();
    }

    private Map<RegionCode, String> villageNames(List<WarningRow> rows) {
        return regions.namesOf(rows.stream().map(WarningRow::village).distinct().toList());
    }

    /** The villages of a township (or the assistant's own village), the townships of a county or the city. */
    private List<RegionSummary> regionChoices(DataScope scope) {
        RegionLevel wanted = scope.root().level().ordinal() >= RegionLevel.TOWNSHIP.ordinal()
                ? RegionLevel.VILLAGE
                : RegionLevel.TOWNSHIP;
        return regions.within(scope).stream().filter(r -> r.level() == wanted).toList();
    }
}
