package org.minzheng.eldercare.catalogue;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.shared.Money;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
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

/** 服务目录: categories, items and the monthly packages by capability level; the city keeps it. */
@Controller
@RequestMapping("/console/eldercare/catalogue")
@PreAuthorize("hasAuthority('eldercare:provider:view')")
class CatalogueController {

    private static final String BASE = "/console/eldercare/catalogue";
    private static final String MANAGE = "hasAuthority('eldercare:catalogue:manage')";
    private static final String VISITS = "visits-";
    private static final int MAX_VISITS = 31;

    private final CatalogueRepository catalogue;
    private final ServiceCatalogue editor;
    private final PackagePriceRange band;
    private final Messages messages;

    CatalogueController(
            CatalogueRepository catalogue, ServiceCatalogue editor, PackagePriceRange band, Messages messages) {
        this.catalogue = catalogue;
        this.editor = editor;
        this.band = band;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("items", catalogue.items());
        model.addAttribute("packages", catalogue.packages());
        model.addAttribute("band", band);
        return "eldercare/catalogue/show";
    }

    @GetMapping("/items/{id}/edit")
    @PreAuthorize(MANAGE)
    String editItem(@PathVariable long id, Model model) {
        ServiceItem item = item(id);
        model.addAttribute("item", item);
        model.addAttribute("itemForm", ItemForm.of(item));
        return "eldercare/catalogue/item-form";
    }

    @PostMapping("/items/{id}")
    @PreAuthorize(MANAGE)
    String updateItem(
            @PathVariable long id,
            @Valid @ModelAttribute("itemForm") ItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ServiceItem item = item(id);
        if (!errors.hasErrors()) {
            try {
                editor.reprice(item, form.standardMinutes(), Money.parseYuan(form.unitPrice()));
                redirect.addFlashAttribute(
                        "flashSuccess", messages.get("eldercare.catalogue.flash.itemSaved", item.name()));
                return "redirect:" + BASE;
            } catch (PackagePriceRefusedException refused) {
                errors.reject("eldercare.catalogue.validation.outOfBand", bandArguments(refused), null);
            }
        }
        model.addAttribute("item", item);
        return "eldercare/catalogue/item-form";
    }

    @GetMapping("/packages/{level}/edit")
    @PreAuthorize(MANAGE)
    String editPackage(@PathVariable int level, Model model) {
        ServicePackage current = servicePackage(level);
        Map<Long, String> visits = new LinkedHashMap<>();
        current.lines().forEach(line -> visits.put(line.item().id(), Integer.toString(line.visitsPerMonth())));
        return packageForm(model, current, visits, List.of());
    }

    @PostMapping("/packages/{level}")
    @PreAuthorize(MANAGE)
    String updatePackage(
            @PathVariable int level,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        ServicePackage current = servicePackage(level);
        Map<Long, String> typed = new LinkedHashMap<>();
        Map<Long, Integer> visits = new LinkedHashMap<>();
        boolean badCount = false;
        for (ServiceItem item : catalogue.items()) {
            String text = params.getOrDefault(VISITS + item.id(), "").strip();
            typed.put(item.id(), text);
            if (text.isEmpty()) {
                continue;
            }
            Integer count = count(text);
            if (count == null) {
                badCount = true;
            } else if (count > 0) {
                visits.put(item.id(), count);
            }
        }
        if (badCount) {
            return packageForm(model, current, typed, List.of(messages.get("eldercare.catalogue.validation.visits")));
        }
        try {
            editor.setPackage(level, visits);
        } catch (PackagePriceRefusedException refused) {
            return packageForm(
                    model,
                    current,
                    typed,
                    List.of(messages.get("eldercare.catalogue.validation.outOfBand", bandArguments(refused))));
        }
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("eldercare.catalogue.flash.packageSaved", messages.get(current.levelKey())));
        return "redirect:" + BASE;
    }

    private String packageForm(Model model, ServicePackage current, Map<Long, String> visits, List<String> problems) {
        model.addAttribute("servicePackage", current);
        model.addAttribute("levelName", messages.get(current.levelKey()));
        model.addAttribute("categories", catalogue.categories());
        model.addAttribute("items", catalogue.items());
        model.addAttribute("visits", visits);
        model.addAttribute("problems", problems);
        model.addAttribute("band", band);
        return "eldercare/catalogue/package-form";
    }

    private Object[] bandArguments(PackagePriceRefusedException refused) {
        return new Object[] {
            messages.get("eldercare.catalogue.level." + refused.capabilityLevel()),
            refused.price().format(),
            band.min().format(),
            band.max().format()
        };
    }

    private static Integer count(String text) {
        try {
            int count = Integer.parseInt(text);
            return count < 0 || count > MAX_VISITS ? null : count;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ServiceItem item(long id) {
        return catalogue.item(id).orElseThrow(() -> new NotFoundException("service item"));
    }

    private ServicePackage servicePackage(int level) {
        return catalogue.packages().stream()
                .filter(p -> p.capabilityLevel() == level)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("service package"));
    }
}
