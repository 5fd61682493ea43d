package org.minzheng.charity.need;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 急难愁盼清单: the year's needs per category with what government assistance leaves uncovered, drilled down
 * to the townships; the registry recount and the staff entry form.
 */
@Controller
@RequestMapping(NeedController.BASE)
@PreAuthorize("hasAuthority('" + CharityNeedConsole.VIEW + "')")
class NeedController {

    static final String BASE = "/console/charity/needs";
    private static final String MANAGE = "hasAuthority('" + CharityNeedConsole.MANAGE + "')";

    private final NeedRepository repository;
    private final NeedService service;
    private final Regions regions;
    private final Messages messages;

    NeedController(NeedRepository repository, NeedService service, Regions regions, Messages messages) {
        this.repository = repository;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String township,
            Model model) {
        int chosen = year == null ? LocalDate.now().getYear() : year;
        if (!model.containsAttribute("needForm")) {
            model.addAttribute("needForm", NeedForm.empty(chosen));
        }
        DataScope scope = CurrentStaff.scope();
        RegionCode chosenTownship = township.isBlank() ? null : townshipInScope(township, scope);
        String chosenCategory = category.isBlank() ? null : knownCategory(category);
        Map<String, NeedCategory> categories = categoriesByCode();
        model.addAttribute("year", chosen);
        model.addAttribute("category", chosenCategory);
        model.addAttribute("township", chosenTownship == null ? null : chosenTownship.value());
        model.addAttribute("categories", categories);
        model.addAttribute(
                "enterable",
                categories.values().stream()
                        .filter(c -> !c.countedFromRegistry())
                        .toList());
        model.addAttribute("totals", repository.totals(scope, chosen));
        model.addAttribute("entries", repository.entries(scope, chosen, chosenCategory, chosenTownship));
        model.addAttribute("townships", townships(scope));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/needs";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String township,
            HttpServletResponse response) {
        int chosen = year == null ? LocalDate.now().getYear() : year;
        DataScope scope = CurrentStaff.scope();
        RegionCode chosenTownship = township.isBlank() ? null : townshipInScope(township, scope);
        String chosenCategory = category.isBlank() ? null : knownCategory(category);
        Map<String, NeedCategory> categories = categoriesByCode();
        Map<String, String> names = townships(scope);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of(
                messages.get("charity.need.township"),
                messages.get("charity.need.category"),
                messages.get("charity.need.source"),
                messages.get("charity.need.people"),
                messages.get("charity.need.needed"),
                messages.get("charity.need.covered"),
                messages.get("charity.need.gap"),
                messages.get("charity.need.note"));
        YuanFormat yuan = YuanFormat.INSTANCE;
        List<List<Object>> rows = new ArrayList<>();
        for (NeedEntry e : repository.entries(scope, chosen, chosenCategory, chosenTownship)) {
            rows.add(List.of(
                    names.getOrDefault(e.townshipCode(), e.townshipCode()),
                    categories.get(e.categoryCode()).name(locale),
                    messages.get(e.source().messageKey()),
                    e.people(),
                    yuan.of(e.neededFen()),
                    yuan.of(e.coveredFen()),
                    yuan.of(e.gapFen()),
                    e.note() == null ? "" : e.note()));
        }
        ExcelExport.write(response, messages.get("charity.need.export.name", String.valueOf(chosen)), headers, rows);
    }

    @PostMapping("/recount")
    @PreAuthorize(MANAGE)
    String recount(RedirectAttributes redirect) {
        LocalDate today = LocalDate.now();
        Map<String, Integer> people = service.recount(
                CurrentStaff.scope(), today, CurrentStaff.require().username());
        int total = people.values().stream().mapToInt(Integer::intValue).sum();
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.need.flash.recounted", total));
        return "redirect:" + BASE + "?year=" + today.getYear();
    }

    @PostMapping("/entries")
    @PreAuthorize(MANAGE)
    String enter(
            @Valid @ModelAttribute("needForm") NeedForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        RegionCode township = null;
        if (form.township() != null && !form.township().isBlank()) {
            township = townshipInScope(form.township(), CurrentStaff.scope());
        }
        if (form.category() != null && !form.category().isBlank() && !enterable(form.category())) {
            errors.rejectValue("category", "charity.need.validation.category");
        }
        if (form.coveredExceedsNeeded()) {
            errors.rejectValue("coveredYuan", "charity.need.validation.coveredAboveNeeded");
        }
        if (errors.hasErrors()) {
            int year = form.year() == null ? LocalDate.now().getYear() : form.year();
            return list(year, "", "", model);
        }
        service.enter(township, form, CurrentStaff.require().username());
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.need.flash.entered"));
        return "redirect:" + BASE + "?year=" + form.year();
    }

    /** A township code within the scope; anything else is answered as not found. */
    private RegionCode townshipInScope(String code, DataScope scope) {
        Optional<RegionSummary> region =
                RegionCode.isValid(code) ? regions.find(RegionCode.of(code), scope) : Optional.empty();
        return region.filter(r -> r.level() == RegionLevel.TOWNSHIP)
                .map(RegionSummary::code)
                .orElseThrow(() -> new NotFoundException("township " + code));
    }

    private String knownCategory(String code) {
        return repository.category(code).map(NeedCategory::code).orElseThrow(() -> new NotFoundException(code));
    }

    private boolean enterable(String code) {
        return repository.category(code).filter(c -> !c.countedFromRegistry()).isPresent();
    }

    private Map<String, NeedCategory> categoriesByCode() {
        Map<String, NeedCategory> categories = new LinkedHashMap<>();
        repository.categories().forEach(c -> categories.put(c.code(), c));
        return categories;
    }

    /** Township code → name within the scope, in code order. */
    private Map<String, String> townships(DataScope scope) {
        Map<String, String> townships = new LinkedHashMap<>();
        regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP)
                .forEach(r -> townships.put(r.code().value(), r.name()));
        return townships;
    }
}
