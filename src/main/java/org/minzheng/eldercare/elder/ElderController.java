package org.minzheng.eldercare.elder;

import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.minzheng.region.Regions;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.Messages;
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

/** 老年人档案 in the console: the elders of the staff member's region, one profile, registering one. */
@Controller
@RequestMapping("/console/eldercare/elders")
@PreAuthorize("hasAuthority('eldercare:elder:view')")
class ElderController {

    private static final int PAGE_SIZE = 20;

    private final ElderService elders;
    private final Regions regions;
    private final Messages messages;
    private final ElderProfilePage page;

    ElderController(ElderService elders, Regions regions, Messages messages, ElderProfilePage page) {
        this.elders = elders;
        this.regions = regions;
        this.messages = messages;
        this.page = page;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String living,
            @RequestParam(defaultValue = "") String economic,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        ElderSearch search = ElderSearch.of(q, living, economic, village);
        Page<ElderSummary> found = elders.search(search, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        String query = "q=" + encode(search.text())
                + "&living=" + (search.living() == null ? "" : search.living().name())
                + "&economic="
                + (search.economic() == null ? "" : search.economic().name())
                + "&village=" + encode(search.village());
        model.addAttribute("search", search);
        model.addAttribute("livingSituations", LivingSituation.values());
        model.addAttribute("economicCategories", EconomicCategory.values());
        model.addAttribute("villages", elders.villages(scope));
        model.addAttribute("results", found.getContent());
        model.addAttribute("regions", regions);
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + query + "&");
        return "eldercare/elder/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('eldercare:elder:manage')")
    String newElder(Model model) {
        model.addAttribute("form", ElderForm.empty(ElderService.today()));
        return form(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('eldercare:elder:manage')")
    String register(
            @Valid @ModelAttribute("form") ElderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        Optional<Long> id = elders.register(
                form, errors, CurrentStaff.scope(), CurrentStaff.require().username());
        if (id.isEmpty()) {
            return form(model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.elder.registered"));
        return "redirect:/console/eldercare/elders/" + id.get();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page.render(id, model);
    }

    private String form(Model model) {
        model.addAttribute("villages", elders.villages(CurrentStaff.scope()));
        model.addAttribute("livingSituations", LivingSituation.values());
        model.addAttribute("economicCategories", EconomicCategory.values());
        return "eldercare/elder/form";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
