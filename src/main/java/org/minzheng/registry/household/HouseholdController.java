package org.minzheng.registry.household;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.audit.AuditTrail;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HouseholdRefusedException;
import org.minzheng.registry.HouseholdSummary;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.registry.spi.ReceivedAssistance;
import org.minzheng.registry.task.TaskService;
import org.minzheng.registry.warning.WarningService;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
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

/** 低收入人口 in the console: the households of the staff member's region, one household, registering one. */
@Controller
@RequestMapping("/console/registry/households")
@PreAuthorize("hasAuthority('registry:household:view')")
class HouseholdController {

    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;
    private static final int HISTORY_SHOWN = 50;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final HouseholdService households;
    private final Regions regions;
    private final Messages messages;
    private final AuditTrail trail;
    private final List<ReceivedAssistance> received;
    private final WarningService warnings;
    private final TaskService tasks;

    HouseholdController(
            HouseholdService households,
            Regions regions,
            Messages messages,
            AuditTrail trail,
            List<ReceivedAssistance> received,
            WarningService warnings,
            TaskService tasks) {
        this.warnings = warnings;
        this.tasks = tasks;
        this.trail = trail;
        this.received = received;
        this.households = households;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String township,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        HouseholdSearch search = households.resolve(q, category, township, village, scope);
        List<RegionSummary> townships = households.townshipsToChoose(scope);
        String chosenTownship = townships.isEmpty() ? "" : HouseholdService.area(township, "");
        String chosenVillage = search.area().equals(village) ? village : "";
        Page<HouseholdSummary> found = households.search(search, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q.strip());
        model.addAttribute("category", search.category());
        model.addAttribute("township", chosenTownship);
        model.addAttribute("village", chosenVillage);
        model.addAttribute("categories", HouseholdCategory.values());
        model.addAttribute("townships", townships);
        model.addAttribute("villages", households.villagesToChoose(scope, chosenTownship));
        model.addAttribute("results", found.getContent());
        model.addAttribute("villageNames", villageNames(found.getContent()));
        model.addAttribute("pages", PageLinks.of(found));
        String query = query(q.strip(), search.category(), chosenTownship, chosenVillage);
        model.addAttribute("query", query);
        model.addAttribute("pageBase", "?" + query);
        return "registry/household/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String township,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(defaultValue = "false") boolean full,
            HttpServletResponse response) {
        // Full ID numbers only for those who may reveal them, and then audited.
        if (full && !CurrentStaff.authorities().contains("registry:person:reveal")) {
            throw new AccessDeniedException("missing registry:person:reveal");
        }
        DataScope scope = CurrentStaff.scope();
        List<HouseholdSummary> rows = households
                .search(households.resolve(q, category, township, village, scope), scope, Pageable.ofSize(EXPORT_LIMIT))
                .getContent();
        Map<HouseholdId, String> revealed = full ? households.revealHeads(rows, scope) : Map.of();
        Map<RegionCode, String> names = villageNames(rows);
        ExcelExport.write(
                response,
                messages.get("registry.export.file"),
                List.of(
                        messages.get("registry.household.number"),
                        messages.get("registry.household.village"),
                        messages.get("registry.household.head"),
                        messages.get("registry.person.idNumber"),
                        messages.get("registry.household.memberCount"),
                        messages.get("registry.household.categories"),
                        messages.get("registry.demo")),
                rows.stream()
                        .map(h -> List.<Object>of(
                                h.number(),
                                names.getOrDefault(h.village(), h.village().value()),
                                h.headName(),
                                revealed.getOrDefault(h.id(), h.headMaskedIdNumber()),
                                h.memberCount(),
                                categoryNames(h.categories()),
                                h.demo() ? messages.get("registry.demo.badge") : ""))
                        .toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('registry:household:manage')")
    String newHousehold(Model model) {
        model.addAttribute("form", HouseholdForm.empty());
        return form(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('registry:household:manage')")
    String register(
            @Valid @ModelAttribute("form") HouseholdForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DataScope scope = CurrentStaff.scope();
        if (!errors.hasFieldErrors("villageCode") && !isVillageWithin(form.villageCode(), scope)) {
            errors.rejectValue("villageCode", "registry.form.village.required");
        }
        HouseholdFormCheck check = new HouseholdFormCheck();
        var household = check.check(form, errors);
        if (household.isEmpty() || errors.hasErrors()) {
            return form(model);
        }
        try {
            HouseholdId id = households.register(household.get());
            redirect.addFlashAttribute("flashSuccess", messages.get("registry.registered.flash"));
            return "redirect:/console/registry/households/" + id.value();
        } catch (HouseholdRefusedException refused) {
            check.reject(refused, errors);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return show(inScope(id), model);
    }

    /**
     * Answers with the whole household page; the button asks htmx to take only the members table from
     * it, so the address bar keeps the household's URL (without JavaScript the page still works).
     */
    @PostMapping("/{id}/persons/{personId}/reveal")
    @PreAuthorize("hasAuthority('registry:person:reveal')")
    String reveal(@PathVariable long id, @PathVariable long personId, Model model) {
        HouseholdDetails household = inScope(id);
        String idNumber = households
                .revealIdNumber(household.id(), personId, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("person"));
        model.addAttribute("revealedPersonId", personId);
        model.addAttribute("revealedIdNumber", idNumber);
        return show(household, model);
    }

    @PostMapping("/{id}/categories")
    @PreAuthorize("hasAuthority('registry:household:manage')")
    String setCategories(
            @PathVariable long id,
            @Valid @ModelAttribute CategoriesForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        HouseholdDetails household = inScope(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("registry.categories.reason.required"));
            return "redirect:/console/registry/households/" + id;
        }
        Set<HouseholdCategory> chosen = EnumSet.noneOf(HouseholdCategory.class);
        chosen.addAll(form.categories());
        try {
            households.setCategories(household.id(), form.version(), chosen, form.reason());
            redirect.addFlashAttribute("flashSuccess", messages.get("registry.categories.saved"));
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.get("registry.categories.stale"));
        }
        return "redirect:/console/registry/households/" + id;
    }

    private String show(HouseholdDetails household, Model model) {
        model.addAttribute("household", household);
        model.addAttribute("villageName", regions.nameOf(household.village()));
        model.addAttribute("path", regions.path(household.village()));
        model.addAttribute("today", LocalDate.now(CHINA));
        model.addAttribute("allCategories", HouseholdCategory.values());
        model.addAttribute("periods", households.periods(household.id()));
        model.addAttribute("means", households.means(household.id()));
        model.addAttribute(
                "received",
                received.stream()
                        .flatMap(source -> source.of(household.id()).stream())
                        .toList());
        model.addAttribute(
                "history", trail.of(HouseholdService.TARGET, household.id().toString(), HISTORY_SHOWN));
        model.addAttribute("warnings", warnings.ofHousehold(household.id()));
        model.addAttribute("tasks", tasks.ofHousehold(household.id()));
        return "registry/household/show";
    }

    private String form(Model model) {
        model.addAttribute("villages", households.villages(CurrentStaff.scope()));
        model.addAttribute("hukouTypes", HukouType.values());
        model.addAttribute("workAbilities", WorkAbility.values());
        model.addAttribute("allCategories", HouseholdCategory.values());
        return "registry/household/form";
    }

    private HouseholdDetails inScope(long id) {
        return households
                .find(new HouseholdId(id), CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("household"));
    }

    private boolean isVillageWithin(String code, DataScope scope) {
        return RegionCode.isValid(code)
                && regions.find(RegionCode.of(code), scope)
                        .map(RegionSummary::level)
                        .filter(level -> level == org.minzheng.shared.RegionLevel.VILLAGE)
                        .isPresent();
    }

    private Map<RegionCode, String> villageNames(List<HouseholdSummary> rows) {
        return regions.namesOf(
                rows.stream().map(HouseholdSummary::village).distinct().toList());
    }

    private String categoryNames(Set<HouseholdCategory> categories) {
        return categories.stream()
                .sorted()
                .map(c -> messages.get(c.messageKey()))
                .collect(Collectors.joining("、"));
    }

    private static String query(String q, String category, String township, String village) {
        return "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&category=" + category + "&township=" + township
                + "&village=" + village + "&";
    }
}
