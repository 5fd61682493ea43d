package org.minzheng.eldercare.bed;

import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
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

/** 家庭养老床位 in the console: the list within the staff member's area, a new bed, one bed and its next step. */
@Controller
@RequestMapping("/console/eldercare/beds")
@PreAuthorize("hasAuthority('eldercare:bed:view')")
class BedController {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_QUANTITY = 99;
    private static final long MAX_CO_PAYMENT_YUAN = 1_000_000;
    private static final String BASE = "/console/eldercare/beds";
    private static final String MANAGE = "hasAuthority('eldercare:bed:manage')";
    private static final String ACCEPT = "hasAuthority('eldercare:bed:accept')";

    private final BedRepository beds;
    private final BedService service;
    private final Regions regions;
    private final Messages messages;

    BedController(BedRepository beds, BedService service, Regions regions, Messages messages) {
        this.beds = beds;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var search = new BedSearch(status, village);
        Page<BedListing> found =
                beds.search(search, CurrentStaff.scope(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("statuses", BedStatus.values());
        List<RegionSummary> villages = villages(CurrentStaff.scope());
        model.addAttribute("villages", villages);
        model.addAttribute(
                "villageNames",
                villages.stream()
                        .collect(java.util.stream.Collectors.toMap(v -> v.code().value(), RegionSummary::name)));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute(
                "pageBase", "?status=" + encode(search.status()) + "&village=" + encode(search.village()) + "&");
        return "eldercare/bed/list";
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(Model model) {
        return newBed(model, NewBedForm.empty());
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("bedForm") NewBedForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return newBed(model, form);
        }
        try {
            long id = service.establish(
                    form.elderId(),
                    form.providerId(),
                    CurrentStaff.scope(),
                    CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.bed.flash.created"));
            return "redirect:" + BASE + "/" + id;
        } catch (BedRefusedException refused) {
            model.addAttribute("refusal", messages.get(refused.messageKey(), refused.args()));
            return newBed(model, form);
        }
    }

    private String newBed(Model model, NewBedForm form) {
        DataScope scope = CurrentStaff.scope();
        model.addAttribute("bedForm", form);
        model.addAttribute("elders", beds.elderChoices(scope));
        model.addAttribute("providers", beds.providerChoices(scope, service.today()));
        return "eldercare/bed/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        BedDetails bed = visible(id);
        List<PlanLine> lines = beds.lines(id);
        Map<Long, PlanLine> chosen = new java.util.HashMap<>();
        lines.forEach(line -> chosen.put(line.itemId(), line));
        model.addAttribute("bed", bed);
        model.addAttribute("villageName", regions.nameOf(bed.region()));
        model.addAttribute("lines", lines);
        model.addAttribute("split", service.cap().split(lines));
        model.addAttribute("capYuan", Yuan.of(service.cap().capFen()));
        model.addAttribute("catalogue", beds.catalogue());
        model.addAttribute("chosen", chosen);
        model.addAttribute("yuan", new YuanFormat());
        model.addAttribute("acceptanceForm", new AcceptanceForm(""));
        return "eldercare/bed/show";
    }

    /** Reads {@code quantity.<item>} and {@code coPayment.<item>} (whole yuan) for every catalogue item. */
    @PostMapping("/{id}/plan")
    @PreAuthorize(MANAGE)
    String plan(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        List<PlanLine> lines = new ArrayList<>();
        for (CatalogueItem item : beds.catalogue()) {
            Long quantity = whole(params.get("quantity." + item.id()), MAX_QUANTITY);
            Long coPayment = whole(params.get("coPayment." + item.id()), MAX_CO_PAYMENT_YUAN);
            if (quantity == null || coPayment == null) {
                redirect.addFlashAttribute("flashError", messages.get("eldercare.bed.refused.number", item.name()));
                return "redirect:" + BASE + "/" + id;
            }
            if (quantity > 0) {
                lines.add(new PlanLine(
                        item.id(),
                        item.name(),
                        item.unit(),
                        quantity.intValue(),
                        item.unitPriceFen(),
                        coPayment * 100));
            } else if (coPayment > 0) {
                redirect.addFlashAttribute(
                        "flashError", messages.get("eldercare.bed.refused.lineCoPayment", item.name()));
                return "redirect:" + BASE + "/" + id;
            }
        }
        return step(id, redirect, "eldercare.bed.flash.planned", () -> {
            var split = service.plan(bed, lines, CurrentStaff.require().username());
            return new Object[] {Yuan.of(split.subsidyFen()), Yuan.of(split.coPaymentFen())};
        });
    }

    @PostMapping("/{id}/works")
    @PreAuthorize(MANAGE)
    String orderWorks(@PathVariable long id, RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        return step(id, redirect, "eldercare.bed.flash.worksOrdered", () -> {
            service.orderWorks(bed, CurrentStaff.require().username());
            return new Object[0];
        });
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(ACCEPT)
    String accept(
            @PathVariable long id,
            @Valid @ModelAttribute("acceptanceForm") AcceptanceForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("eldercare.bed.refused.note"));
            return "redirect:" + BASE + "/" + id;
        }
        return step(id, redirect, "eldercare.bed.flash.accepted", () -> {
            service.accept(bed, form.note(), CurrentStaff.require().username());
            return new Object[0];
        });
    }

    private String step(long id, RedirectAttributes redirect, String successKey, Step step) {
        try {
            Object[] args = step.run();
            redirect.addFlashAttribute("flashSuccess", messages.get(successKey, args));
        } catch (BedRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private BedDetails visible(long id) {
        return beds.details(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("eldercare bed " + id));
    }

    private List<RegionSummary> villages(DataScope scope) {
        return regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE)
                .toList();
    }

    /** A blank field counts as zero; anything but a whole number in range is null. */
    private static Long whole(String text, long max) {
        if (text == null || text.isBlank()) {
            return 0L;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value < 0 || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Step {
        Object[] run();
    }

    /** Lets the page show fen as yuan. */
    static final class YuanFormat {
        public String of(long fen) {
            return Yuan.of(fen);
        }
    }
}
