package org.minzheng.policy.screening;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicySummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.RegistrySnapshot;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.ExcelExport;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 政策找人 pages: runs, counts by area, the per-village lists, one household's explanation. */
@Controller
@RequestMapping("/console/policy/screening")
@PreAuthorize("hasAuthority('policy:screening:view')")
class ScreeningController {

    private static final int PAGE_SIZE = 20;

    private final Screening screening;
    private final ScreeningRuns runs;
    private final ScreeningFindings findings;
    private final ScreeningTasks tasks;
    private final FindingExplanation explanation;
    private final RegistrySnapshot registry;
    private final Policies policies;
    private final Regions regions;
    private final Messages messages;
    private final Clock clock;

    ScreeningController(
            Screening screening,
            ScreeningRuns runs,
            ScreeningFindings findings,
            ScreeningTasks tasks,
            FindingExplanation explanation,
            RegistrySnapshot registry,
            Policies policies,
            Regions regions,
            Messages messages,
            Clock clock) {
        this.screening = screening;
        this.runs = runs;
        this.findings = findings;
        this.tasks = tasks;
        this.explanation = explanation;
        this.registry = registry;
        this.policies = policies;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    /** The staff member's area (or a part of it): the newest run covering it, counted by subdivision. */
    @GetMapping
    String overview(@RequestParam(required = false) String area, Model model) {
        StaffPrincipal staff = CurrentStaff.require();
        RegionCode shown = area == null || area.isBlank() ? staff.regionCode() : withinScope(area, staff.dataScope());
        if (shown.level() == RegionLevel.VILLAGE) {
            return "redirect:/console/policy/screening/villages/" + shown.value();
        }
        model.addAttribute("area", shown);
        model.addAttribute("areaName", regions.nameOf(shown));
        model.addAttribute(
                "trail",
                regions.path(shown).stream()
                        .filter(region -> staff.dataScope().covers(region.code()))
                        .toList());
        model.addAttribute("runs", runs.visible(staff.dataScope(), 10));
        Optional<ScreeningRunRow> run = runs.newestCovering(shown);
        model.addAttribute("run", run.orElse(null));
        run.ifPresent(found -> {
            int digits = nextLevelDigits(shown);
            List<ScreeningFindings.AreaCount> counts =
                    findings.countsByArea(found.id(), shown.significantDigits(), digits);
            Map<RegionCode, String> names = regions.namesOf(
                    counts.stream().map(count -> RegionCode.of(count.area())).toList());
            model.addAttribute(
                    "areas",
                    counts.stream()
                            .map(count -> new AreaLine(
                                    count.area(),
                                    names.getOrDefault(RegionCode.of(count.area()), count.area()),
                                    digits == 12,
                                    count.households(),
                                    count.findings()))
                            .toList());
            model.addAttribute("byPolicy", policyLines(findings.countsByPolicy(found.id(), shown.significantDigits())));
        });
        return "policy/screening/overview";
    }

    public record AreaLine(String code, String name, boolean village, long households, long findings) {}

    public record PolicyLine(String code, String name, long households, long findings) {}

    private List<PolicyLine> policyLines(List<ScreeningFindings.PolicyCount> counts) {
        Map<String, String> names = policyNames();
        return counts.stream()
                .map(count -> new PolicyLine(
                        count.policyCode(),
                        names.getOrDefault(count.policyCode(), count.policyCode()),
                        count.households(),
                        count.findings()))
                .toList();
    }

    @PostMapping("/runs")
    @PreAuthorize("hasAuthority('policy:screening:run')")
    String start(RedirectAttributes redirect) {
        Optional<Long> run = screening.startFor(CurrentStaff.require());
        if (run.isEmpty()) {
            redirect.addFlashAttribute("flashError", messages.get("screening.run.busy"));
            return "redirect:/console/policy/screening";
        }
        ScreeningRunRow started = runs.find(run.get(), CurrentStaff.scope()).orElseThrow();
        return "redirect:/console/jobs/" + started.jobId();
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id) {
        ScreeningRunRow run =
                runs.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("screening run " + id));
        // the run's results are read where the staff member stands: their area, or the run's if smaller
        RegionCode region = RegionCode.of(run.regionCode());
        String area = CurrentStaff.scope().covers(region)
                ? run.regionCode()
                : CurrentStaff.require().regionCode().value();
        return "redirect:/console/policy/screening?area=" + area;
    }

    @GetMapping("/villages/{code}")
    String village(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String policy,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RegionCode village = village(code);
        model.addAttribute("village", village);
        model.addAttribute("villageName", regions.nameOf(village));
        model.addAttribute(
                "trail",
                regions.path(village).stream()
                        .filter(region -> CurrentStaff.scope().covers(region.code()))
                        .toList());
        model.addAttribute("policy", policy);
        model.addAttribute("name", name);
        model.addAttribute("policyNames", policyNames());
        Optional<ScreeningRunRow> run = runs.newestCovering(village);
        model.addAttribute("run", run.orElse(null));
        if (run.isPresent()) {
            Page<ScreeningFindings.FoundHousehold> found = findings.households(
                    run.get().id(),
                    village.value(),
                    policy,
                    name.strip(),
                    PageRequest.of(Math.max(page, 0), PAGE_SIZE));
            model.addAttribute("households", found);
            model.addAttribute("pages", PageLinks.of(found));
            model.addAttribute("pageBase", "?policy=" + encode(policy) + "&name=" + encode(name) + "&");
            model.addAttribute(
                    "policiesFound",
                    policyLines(findings.countsByPolicy(run.get().id(), village.value())));
            // the tasks button serves the whole village, whatever the filter shows
            model.addAttribute(
                    "villageHouseholds",
                    findings.households(run.get().id(), village.value(), "", "", PageRequest.of(0, 1))
                            .getTotalElements());
        }
        return "policy/screening/village";
    }

    @GetMapping(value = "/villages/{code}", params = "format=xlsx")
    void export(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String policy,
            @RequestParam(defaultValue = "") String name,
            HttpServletResponse response) {
        RegionCode village = village(code);
        ScreeningRunRow run =
                runs.newestCovering(village).orElseThrow(() -> new NotFoundException("no screening for " + code));
        Map<String, String> names = policyNames();
        List<List<Object>> rows = new ArrayList<>();
        for (ScreeningFindings.FoundHousehold household : findings.households(
                        run.id(), village.value(), policy, name.strip(), PageRequest.of(0, 100_000))
                .getContent()) {
            for (ScreeningFindings.FoundPolicy found : household.policies()) {
                rows.add(List.of(
                        household.householdNumber(),
                        found.personName(),
                        found.policyCode(),
                        names.getOrDefault(found.policyCode(), found.policyCode()),
                        messages.get(found.forHousehold() ? "screening.for.household" : "screening.for.person"),
                        messages.get(
                                found.receiptKnown() ? "screening.receipt.notReceived" : "screening.receipt.unknown")));
            }
        }
        ExcelExport.write(
                response,
                messages.get("screening.export.name", regions.nameOf(village)),
                List.of(
                        messages.get("screening.column.household"),
                        messages.get("screening.column.person"),
                        messages.get("screening.column.policyCode"),
                        messages.get("screening.column.policy"),
                        messages.get("screening.column.for"),
                        messages.get("screening.column.receipt")),
                rows);
    }

    @PostMapping("/villages/{code}/tasks")
    @PreAuthorize("hasAuthority('policy:screening:run')")
    String openTasks(@PathVariable String code, RedirectAttributes redirect) {
        RegionCode village = village(code);
        ScreeningRunRow run =
                runs.newestCovering(village).orElseThrow(() -> new NotFoundException("no screening for " + code));
        int opened = tasks.openFor(run, village);
        redirect.addFlashAttribute("flashSuccess", messages.get("screening.tasks.opened", opened));
        return "redirect:/console/policy/screening/villages/" + village.value();
    }

    @GetMapping("/households/{id}")
    String household(@PathVariable long id, Model model) {
        HouseholdFacts household = registry.of(List.of(new HouseholdId(id))).stream()
                .filter(found -> CurrentStaff.scope().covers(found.village()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("household " + id));
        Optional<ScreeningRunRow> run = runs.newestCovering(household.village());
        model.addAttribute("household", household);
        model.addAttribute("villageName", regions.nameOf(household.village()));
        model.addAttribute("run", run.orElse(null));
        model.addAttribute(
                "explained",
                run.map(found -> explanation.explain(
                                household,
                                findings.ofHousehold(
                                        found.id(), household.village().value(), id)))
                        .orElse(List.of()));
        return "policy/screening/household";
    }

    private RegionCode village(String code) {
        RegionCode village = withinScope(code, CurrentStaff.scope());
        if (village.level() != RegionLevel.VILLAGE) {
            throw new NotFoundException("not a village: " + code);
        }
        return village;
    }

    private RegionCode withinScope(String code, DataScope scope) {
        if (!RegionCode.isValid(code)) {
            throw new NotFoundException("region " + code);
        }
        RegionCode region = RegionCode.of(code);
        if (!scope.covers(region) || regions.find(region).isEmpty()) {
            throw new NotFoundException("region " + code);
        }
        return region;
    }

    private static int nextLevelDigits(RegionCode area) {
        return switch (area.level()) {
            case PROVINCE -> 4;
            case CITY -> 6;
            case COUNTY -> 9;
            default -> 12;
        };
    }

    private Map<String, String> policyNames() {
        return policies.inForce(LocalDate.now(clock), "").stream()
                .collect(Collectors.toMap(PolicySummary::code, PolicySummary::name, (a, b) -> a));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
