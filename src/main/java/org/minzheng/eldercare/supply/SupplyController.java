package org.minzheng.eldercare.supply;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.eldercare.supply.SupplyRepository.Target;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.shared.web.YuanFormat;
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

/**
 * 居家养老用品与租赁 in the console: the catalogue with the order and loan forms, orders and rentals, each list
 * paged, filtered and exportable to Excel within the staff member's area.
 */
@Controller
@RequestMapping("/console/eldercare/supplies")
@PreAuthorize("hasAuthority('eldercare:supply:view')")
class SupplyController {

    private static final String BASE = "/console/eldercare/supplies";
    private static final String MANAGE = "hasAuthority('eldercare:supply:manage')";
    private static final int PAGE_SIZE = 20;

    /** An export holds at most this many rows, enough for a county's year; narrow the filters for more. */
    private static final int EXPORT_LIMIT = 10_000;

    private final SupplyRepository supplies;
    private final SupplyService service;
    private final Regions regions;
    private final Messages messages;
    private final AuditLog audit;

    SupplyController(
            SupplyRepository supplies, SupplyService service, Regions regions, Messages messages, AuditLog audit) {
        this.supplies = supplies;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String products(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        productTable(model, ProductSearch.of(q, kind), page);
        return catalogue(model, OrderForm.empty(), RentalForm.startingOn(service.today()));
    }

    private void productTable(Model model, ProductSearch search, int page) {
        Page<Product> found = supplies.products(search, pageRequest(page));
        model.addAttribute("search", search);
        model.addAttribute("kinds", ProductSearch.KINDS);
        model.addAttribute("products", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.query() + "&");
        model.addAttribute("exportLink", BASE + "/export?" + search.query());
    }

    @GetMapping("/export")
    void exportProducts(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            HttpServletResponse response) {
        ProductSearch search = ProductSearch.of(q, kind);
        List<Product> rows = supplies.products(search, EXPORT_LIMIT, 0);
        auditExport("products", rows.size(), search.query());
        ExcelExport.write(
                response,
                messages.get("eldercare.supply.export.products"),
                headings(
                        "eldercare.supply.id",
                        "eldercare.supply.product",
                        "eldercare.supply.kind",
                        "eldercare.supply.unit",
                        "eldercare.supply.price",
                        "eldercare.supply.deposit",
                        "eldercare.supply.stock",
                        "eldercare.supply.demo"),
                rows.stream()
                        .map(p -> List.<Object>of(
                                p.id(),
                                p.name(),
                                messages.get("eldercare.supply.kind." + p.kind()),
                                p.rental() ? messages.get("eldercare.supply.perMonth") : p.unit(),
                                BigDecimal.valueOf(p.priceFen(), 2),
                                p.rental() ? BigDecimal.valueOf(p.depositFen(), 2) : "",
                                p.stock(),
                                messages.get(p.illustrative() ? "eldercare.supply.yes" : "eldercare.supply.no")))
                        .toList());
    }

    /**
     * The catalogue page around the two forms; the forms' product lists hold the whole catalogue whatever the
     * table's filters, and a re-shown form keeps the table unfiltered.
     */
    private String catalogue(Model model, OrderForm orderForm, RentalForm rentalForm) {
        if (!model.containsAttribute("search")) {
            productTable(model, ProductSearch.of("", ""), 0);
        }
        List<Product> products = supplies.products();
        model.addAttribute(
                "saleProducts", products.stream().filter(p -> !p.rental()).toList());
        model.addAttribute(
                "rentalProducts", products.stream().filter(Product::rental).toList());
        model.addAttribute("elders", supplies.elderChoices(CurrentStaff.scope()));
        model.addAttribute("orderForm", orderForm);
        model.addAttribute("rentalForm", rentalForm);
        model.addAttribute("yuan", YuanFormat.INSTANCE);
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
    String orders(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrderSearch search = OrderSearch.of(q, status);
        Page<SupplyOrder> found = supplies.orders(search, CurrentStaff.scope(), pageRequest(page));
        model.addAttribute("search", search);
        model.addAttribute("statuses", OrderSearch.STATUSES);
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.query() + "&");
        model.addAttribute("exportLink", BASE + "/orders/export?" + search.query());
        model.addAttribute("villageNames", villageNames());
        return "eldercare/supply/orders";
    }

    @GetMapping("/orders/export")
    void exportOrders(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status,
            HttpServletResponse response) {
        OrderSearch search = OrderSearch.of(q, status);
        List<SupplyOrder> rows = supplies.orders(search, CurrentStaff.scope(), EXPORT_LIMIT, 0);
        Map<String, String> names = villageNames();
        auditExport("orders", rows.size(), search.query());
        ExcelExport.write(
                response,
                messages.get("eldercare.supply.export.orders"),
                headings(
                        "eldercare.supply.id",
                        "eldercare.supply.elder",
                        "eldercare.supply.village",
                        "eldercare.supply.product",
                        "eldercare.supply.quantity",
                        "eldercare.supply.orderedOn",
                        "eldercare.supply.status",
                        "eldercare.supply.deliveredOn"),
                rows.stream()
                        .map(o -> List.<Object>of(
                                o.id(),
                                o.elderName(),
                                names.getOrDefault(o.regionCode(), o.regionCode()),
                                o.productName(),
                                o.quantity(),
                                o.orderedOn().toString(),
                                messages.get("eldercare.supply.status." + o.status()),
                                o.deliveredOn() == null ? "" : o.deliveredOn().toString()))
                        .toList());
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
    String rentals(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RentalSearch search = RentalSearch.of(q, filter);
        Page<Rental> found = supplies.rentals(search, CurrentStaff.scope(), pageRequest(page));
        model.addAttribute("search", search);
        model.addAttribute("filter", search.filter());
        model.addAttribute("filters", RentalSearch.FILTERS);
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.query() + "&");
        model.addAttribute("exportLink", BASE + "/rentals/export?" + search.query());
        model.addAttribute("villageNames", villageNames());
        return "eldercare/supply/rentals";
    }

    @GetMapping("/rentals/export")
    void exportRentals(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String filter,
            HttpServletResponse response) {
        RentalSearch search = RentalSearch.of(q, filter);
        List<Rental> rows = supplies.rentals(search, CurrentStaff.scope(), EXPORT_LIMIT, 0);
        Map<String, String> names = villageNames();
        auditExport("rentals", rows.size(), search.query());
        ExcelExport.write(
                response,
                messages.get("eldercare.supply.export.rentals"),
                headings(
                        "eldercare.supply.id",
                        "eldercare.supply.elder",
                        "eldercare.supply.village",
                        "eldercare.supply.product",
                        "eldercare.supply.fromOn",
                        "eldercare.supply.dueOn",
                        "eldercare.supply.status",
                        "eldercare.supply.returnedOn"),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.id(),
                                r.elderName(),
                                names.getOrDefault(r.regionCode(), r.regionCode()),
                                r.productName(),
                                r.fromOn().toString(),
                                r.dueOn().toString(),
                                messages.get("eldercare.supply.rental." + r.state()),
                                r.returned() ? r.returnedOn().toString() : ""))
                        .toList());
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

    private void auditExport(String list, int rows, String query) {
        audit.record(AuditEvent.operation(
                        "eldercare.supply.export",
                        "eldercare.supply",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(list + ", " + rows + " rows, " + query));
    }

    private List<String> headings(String... keys) {
        return Arrays.stream(keys).map(key -> messages.get(key)).toList();
    }

    private static PageRequest pageRequest(int page) {
        return PageRequest.of(Math.max(page, 0), PAGE_SIZE);
    }

    private Map<String, String> villageNames() {
        return regions.within(CurrentStaff.scope()).stream()
                .collect(Collectors.toMap(r -> r.code().value(), RegionSummary::name, (a, b) -> a));
    }
}
