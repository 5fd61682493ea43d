package org.minzheng.charity.provider;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.charity.ledger.LedgerRefusedException;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
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
 * 服务合同: the list and the contract page with deliverables, their acceptance, payments out of the project fund
 * and refunds into it. The fund's figures are shown beside the pay form so the clerk sees what it holds.
 */
@Controller
@RequestMapping(ServiceContractController.BASE)
@PreAuthorize("hasAuthority('" + CharityProviderConsole.VIEW + "')")
class ServiceContractController {

    static final String BASE = "/console/charity/contracts";
    private static final String MANAGE = "hasAuthority('" + CharityProviderConsole.MANAGE + "')";
    private static final int PAGE_SIZE = 20;

    private final ServiceContractRepository contracts;
    private final ServiceContractService service;
    private final ServiceProviderRepository providers;
    private final FundLedger ledger;
    private final Messages messages;

    ServiceContractController(
            ServiceContractRepository contracts,
            ServiceContractService service,
            ServiceProviderRepository providers,
            FundLedger ledger,
            Messages messages) {
        this.contracts = contracts;
        this.service = service;
        this.providers = providers;
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long project,
            @RequestParam(required = false) Long provider,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ServiceContractStatus chosen = ServiceContractStatus.parse(status);
        var scope = CurrentStaff.scope();
        Page<ServiceContract> found =
                contracts.search(scope, project, provider, chosen, q, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("projectId", project);
        model.addAttribute("providerId", provider);
        model.addAttribute("providers", providers.visible(scope));
        model.addAttribute("q", q);
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statuses", ServiceContractStatus.values());
        model.addAttribute("contracts", found);
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParamIfPresent("project", java.util.Optional.ofNullable(project))
                                .queryParamIfPresent("provider", java.util.Optional.ofNullable(provider))
                                .queryParam("q", q)
                                .queryParam("status", status)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/provider/contracts";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Long project,
            @RequestParam(required = false) Long provider,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("charity.contract.number"),
                messages.get("charity.contract.project"),
                messages.get("charity.contract.provider"),
                messages.get("charity.contract.amount"),
                messages.get("charity.contract.paid"),
                messages.get("charity.contract.signedOn"),
                messages.get("charity.contract.period"),
                messages.get("charity.contract.status"));
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceContract c : contracts
                .search(
                        CurrentStaff.scope(),
                        project,
                        provider,
                        ServiceContractStatus.parse(status),
                        q,
                        Pageable.unpaged())
                .getContent()) {
            rows.add(List.of(
                    c.number(),
                    c.project().name(),
                    c.providerName(),
                    YuanFormat.INSTANCE.of(c.amountFen()),
                    YuanFormat.INSTANCE.of(c.paidFen()),
                    c.signedOn().toString(),
                    c.startsOn() + " ~ " + c.endsOn(),
                    messages.get(c.status().messageKey())));
        }
        ExcelExport.write(response, messages.get("charity.contract.export.name"), headers, rows);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, visible(id));
    }

    @PostMapping("/{id}/deliverables")
    @PreAuthorize(MANAGE)
    String addDeliverable(
            @PathVariable long id,
            @Valid @ModelAttribute("deliverableForm") DeliverableForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ServiceContract contract = changeable(id);
        Long amount = amount(form.amountYuan(), "amountYuan", "charity.deliverable.validation.amount", errors);
        if (!errors.hasErrors()) {
            try {
                service.addDeliverable(contract, form, amount);
                redirect.addFlashAttribute("flashSuccess", messages.get("charity.deliverable.flash.created"));
                return "redirect:" + BASE + "/" + id;
            } catch (ProviderRefusedException refused) {
                reject(errors, refused);
            }
        }
        model.addAttribute("flashError", complaint(errors));
        return page(model, contract);
    }

    @PostMapping("/{id}/deliverables/{deliverableId}/accept")
    @PreAuthorize(MANAGE)
    String accept(
            @PathVariable long id,
            @PathVariable long deliverableId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
            RedirectAttributes redirect) {
        ServiceContract contract = changeable(id);
        try {
            service.accept(
                    contract, deliverableId, deliveredOn, CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.deliverable.flash.accepted"));
        } catch (ProviderRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/payments")
    @PreAuthorize(MANAGE)
    String pay(
            @PathVariable long id,
            @Valid @ModelAttribute("paymentForm") PaymentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ServiceContract contract = changeable(id);
        Long amount = amount(form.amountYuan(), "amountYuan", "charity.payment.validation.amount", errors);
        if (!errors.hasErrors()) {
            try {
                service.pay(contract, form, amount, CurrentStaff.require().username());
                redirect.addFlashAttribute(
                        "flashSuccess", messages.get("charity.payment.flash.created", YuanFormat.INSTANCE.of(amount)));
                return "redirect:" + BASE + "/" + id;
            } catch (ProviderRefusedException refused) {
                reject(errors, refused);
            } catch (LedgerRefusedException refused) {
                String text = messages.get(refused.messageKey(), refused.arguments());
                errors.rejectValue("amountYuan", refused.messageKey(), refused.arguments(), text);
            }
        }
        model.addAttribute("flashError", complaint(errors));
        return page(model, contract);
    }

    @PostMapping("/{id}/refunds")
    @PreAuthorize(MANAGE)
    String refund(
            @PathVariable long id,
            @Valid @ModelAttribute("refundForm") RefundForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ServiceContract contract = changeable(id);
        Long amount = amount(form.refundYuan(), "refundYuan", "charity.refund.validation.amount", errors);
        if (!errors.hasErrors()) {
            try {
                service.refund(contract, form, amount, CurrentStaff.require().username());
                redirect.addFlashAttribute(
                        "flashSuccess", messages.get("charity.refund.flash.created", YuanFormat.INSTANCE.of(amount)));
                return "redirect:" + BASE + "/" + id;
            } catch (ProviderRefusedException refused) {
                reject(errors, refused);
            } catch (LedgerRefusedException refused) {
                String text = messages.get(refused.messageKey(), refused.arguments());
                errors.rejectValue("refundYuan", refused.messageKey(), refused.arguments(), text);
            }
        }
        model.addAttribute("flashError", complaint(errors));
        return page(model, contract);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(MANAGE)
    String complete(@PathVariable long id, RedirectAttributes redirect) {
        ServiceContract contract = changeable(id);
        try {
            service.complete(contract);
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.contract.flash.completed"));
        } catch (ProviderRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/terminate")
    @PreAuthorize(MANAGE)
    String terminate(
            @PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        ServiceContract contract = changeable(id);
        try {
            service.terminate(contract, reason);
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.contract.flash.terminated"));
        } catch (ProviderRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private String page(Model model, ServiceContract contract) {
        LocalDate today = TenderService.today();
        List<Deliverable> deliverables = contracts.deliverables(contract.id());
        model.addAttribute("contract", contract);
        model.addAttribute("deliverables", deliverables);
        model.addAttribute(
                "planned",
                deliverables.stream().mapToLong(Deliverable::amountFen).sum());
        model.addAttribute(
                "payable",
                deliverables.stream()
                        .filter(d -> d.accepted() && d.unpaidFen() > 0)
                        .toList());
        model.addAttribute("payments", contracts.payments(contract.id()));
        model.addAttribute("fund", ledger.ofProject(contract.project().id()).orElse(null));
        model.addAttribute("changeable", TenderController.changeable(contract.project()));
        model.addAttribute("today", today);
        if (!model.containsAttribute("deliverableForm")) {
            model.addAttribute("deliverableForm", DeliverableForm.empty());
        }
        if (!model.containsAttribute("paymentForm")) {
            model.addAttribute("paymentForm", PaymentForm.empty(today));
        }
        if (!model.containsAttribute("refundForm")) {
            model.addAttribute("refundForm", RefundForm.empty(today));
        }
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/provider/contract";
    }

    private static Long amount(String text, String field, String key, BindingResult errors) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        Long fen = YuanInput.fen(text);
        if (fen == null) {
            errors.rejectValue(field, key);
        }
        return fen;
    }

    /** A refusal that concerns no one field is the message itself; otherwise the fields say what is wrong. */
    private String complaint(BindingResult errors) {
        return errors.hasGlobalErrors()
                ? errors.getGlobalError().getDefaultMessage()
                : messages.get("charity.form.hasErrors");
    }

    private void reject(BindingResult errors, ProviderRefusedException refused) {
        String text = messages.get(refused.messageKey(), refused.arguments());
        if (refused.field() != null) {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), text);
        } else {
            errors.reject(refused.messageKey(), refused.arguments(), text);
        }
    }

    private ServiceContract visible(long id) {
        return contracts.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("contract " + id));
    }

    private ServiceContract changeable(long id) {
        ServiceContract contract = visible(id);
        if (!TenderController.changeable(contract.project())) {
            throw new NotFoundException("contract " + id);
        }
        return contract;
    }
}
