package org.minzheng.eldercare.supply;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minzheng.eldercare.supply.SupplyRepository.Target;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.security.CurrentStaff;
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

/** 居家养老用品与租赁 in the console: the catalogue with the order and loan forms, orders and rentals. */
@Controller
@RequestMapping("/console/eldercare/supplies")
@PreAuthorize("hasAuthority('eldercare:supply:view')")
class SupplyController {

    private static final String BASE = "/console/eldercare/supplies";
    private static final String MANAGE = "hasAuthority('eldercare:supply:manage')";
    private static final List<String> RENTAL_FILTERS = List.of("ON_LOAN", "OVERDUE", "RETURNED");

    private final SupplyRepository supplies;
    private final SupplyService service;
    private final Regions regions;
    private final Messages messages;

    SupplyController(SupplyRepository supplies, SupplyService service, Regions regions, Messages messages) {
        this.supplies = supplies;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String products(Model model) {
        return catalogue(model, OrderForm.empty(), RentalForm.startingOn(service.today()));
    }

    private String catalogue(Model model, OrderForm orderForm, RentalForm rentalForm) {
        List<Product> products = supplies.products();
        model.addAttribute("products", products);
        model.addAttribute(
                "saleProducts", products.stream().filter(p -> !p.rental()).toList());
        model.addAttribute(
                "rentalProducts", products.stream().filter(Product::rental).toList());
        model.addAttribute("elders", supplies.elderChoices(CurrentStaff.scope()));
        model.addAttribute("orderForm", orderForm);
        model.addAttribute("rentalForm", rentalForm);
        model.addAttribute("yuan", new YuanFormat());
        return "eldercare/supply/products";
    }

    @PostMapping("/orders")
    @PreAuthorize(MANAGE)
    String order(
            @Valid @ModelAttribute("orderForm") OrderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return catalogue(model, form, RentalForm.startingOn(service.today()));
        }
        try {
            service.order(
                    form.elderId(),
                    form.productId(),
                    form.quantity(),
                    CurrentStaff.scope(),
                    CurrentStaff.require().username());
        } catch (SupplyRefusedException refused) {
            model.addAttribute("orderRefusal", messages.get(refused.messageKey(), refused.args()));
            return catalogue(model, form, RentalForm.startingOn(service.today()));
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.supply.flash.ordered"));
        return "redirect:" + BASE + "/orders";
    }

    @PostMapping("/rentals")
    @PreAuthorize(MANAGE)
    String lend(
            @Valid @ModelAttribute("rentalForm") RentalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return catalogue(model, OrderForm.empty(), form);
        }
        try {
            service.lend(
                    form.elderId(),
                    form.productId(),
                    form.fromOn(),
                    form.dueOn(),
                    CurrentStaff.scope(),
                    CurrentStaff.require().username());
        } catch (SupplyRefusedException refused) {
            model.addAttribute("rentalRefusal", messages.get(refused.messageKey(), refused.args()));
            return catalogue(model, OrderForm.empty(), form);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.supply.flash.lent"));
        return "redirect:" + BASE + "/rentals";
    }

    @GetMapping("/orders")
    String orders(Model model) {
        model.addAttribute("rows", supplies.orders(CurrentStaff.scope()));
        model.addAttribute("villageNames", villageNames());
        return "eldercare/supply/orders";
    }

    @PostMapping("/orders/{id}/delivered")
    @PreAuthorize(MANAGE)
    String delivered(@PathVariable long id, RedirectAttributes redirect) {
        Target order =
                supplies.order(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("supply order " + id));
        return step(
                redirect,
                "eldercare.supply.flash.delivered",
                BASE + "/orders",
                () -> service.deliver(order, CurrentStaff.require().username()));
    }

    @GetMapping("/rentals")
    String rentals(@RequestParam(defaultValue = "") String filter, Model model) {
        String chosen = RENTAL_FILTERS.contains(filter) ? filter : "";
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", RENTAL_FILTERS);
        model.addAttribute("rows", supplies.rentals(chosen, CurrentStaff.scope()));
        model.addAttribute("villageNames", villageNames());
        return "eldercare/supply/rentals";
    }

    @PostMapping("/rentals/{id}/returned")
    @PreAuthorize(MANAGE)
    String returned(@PathVariable long id, RedirectAttributes redirect) {
        Target rental = supplies.rental(id, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("supply rental " + id));
        return step(
                redirect,
                "eldercare.supply.flash.returned",
                BASE + "/rentals",
                () -> service.giveBack(rental, CurrentStaff.require().username()));
    }

    private String step(RedirectAttributes redirect, String successKey, String back, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flashSuccess", messages.get(successKey));
        } catch (SupplyRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + back;
    }

    private Map<String, String> villageNames() {
        return regions.within(CurrentStaff.scope()).stream()
                .collect(Collectors.toMap(r -> r.code().value(), RegionSummary::name, (a, b) -> a));
    }

    /** Lets the page show fen as yuan. */
    static final class YuanFormat {
        public String of(long fen) {
            return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
        }
    }
}
