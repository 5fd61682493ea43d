package org.minzheng.charity.provider;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

/** 服务机构: the list, the provider form and the provider's page with its bids, contracts and payments. */
@Controller
@RequestMapping(ServiceProviderController.BASE)
@PreAuthorize("hasAuthority('" + CharityProviderConsole.VIEW + "')")
class ServiceProviderController {

    static final String BASE = "/console/charity/providers";
    private static final String MANAGE = "hasAuthority('" + CharityProviderConsole.MANAGE + "')";
    private static final int PAGE_SIZE = 20;

    private final ServiceProviderRepository providers;
    private final ServiceProviderService service;
    private final ServiceContractRepository contracts;
    private final Messages messages;

    ServiceProviderController(
            ServiceProviderRepository providers,
            ServiceProviderService service,
            ServiceContractRepository contracts,
            Messages messages) {
        this.providers = providers;
        this.service = service;
        this.contracts = contracts;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long project,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ProviderKind chosen = ProviderKind.parse(kind);
        Page<ServiceProvider> found = providers.search(
                CurrentStaff.scope(), project, q, chosen, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("projectId", project);
        model.addAttribute("q", q);
        model.addAttribute("kind", chosen == null ? "" : chosen.name());
        model.addAttribute("kinds", ProviderKind.values());
        model.addAttribute("providers", found);
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParamIfPresent("project", java.util.Optional.ofNullable(project))
                                .queryParam("q", q)
                                .queryParam("kind", kind)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        return "charity/provider/providers";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Long project,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("charity.provider.name"),
                messages.get("charity.provider.creditCode"),
                messages.get("charity.provider.kind"),
                messages.get("charity.provider.contactName"),
                messages.get("charity.provider.contactPhone"),
                messages.get("charity.provider.address"),
                messages.get("charity.provider.region"));
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceProvider p : providers
                .search(CurrentStaff.scope(), project, q, ProviderKind.parse(kind), Pageable.unpaged())
                .getContent()) {
            rows.add(List.of(
                    p.name(),
                    p.creditCode(),
                    messages.get(p.kind().messageKey()),
                    p.contactName(),
                    p.contactPhone(),
                    p.address() == null ? "" : p.address(),
                    p.regionCode()));
        }
        ExcelExport.write(response, messages.get("charity.provider.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(Model model) {
        model.addAttribute("serviceProviderForm", ServiceProviderForm.empty());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("serviceProviderForm") ServiceProviderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        check(form, errors, null);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        var staff = CurrentStaff.require();
        long id = service.create(form, Keeping.regionOf(staff.regionCode()), staff.username());
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.provider.flash.created"));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ServiceProvider provider = visible(id);
        var scope = CurrentStaff.scope();
        model.addAttribute("provider", provider);
        model.addAttribute("changeable", changeable(provider));
        model.addAttribute("bids", providers.bids(id, scope));
        model.addAttribute(
                "contracts",
                contracts
                        .search(scope, null, id, null, null, Pageable.unpaged())
                        .getContent());
        model.addAttribute("payments", contracts.paymentsTo(id, scope));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/provider/provider";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MANAGE)
    String editForm(@PathVariable long id, Model model) {
        ServiceProvider provider = changeable(id);
        model.addAttribute("serviceProviderForm", ServiceProviderForm.of(provider));
        return form(model, provider);
    }

    @PostMapping("/{id}")
    @PreAuthorize(MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("serviceProviderForm") ServiceProviderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ServiceProvider provider = changeable(id);
        check(form, errors, id);
        if (errors.hasErrors()) {
            return form(model, provider);
        }
        service.update(provider, form);
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.provider.flash.updated"));
        return "redirect:" + BASE + "/" + id;
    }

    private void check(ServiceProviderForm form, BindingResult errors, Long id) {
        if (form.kind() != null && !form.kind().isBlank() && ProviderKind.parse(form.kind()) == null) {
            errors.rejectValue("kind", "charity.provider.validation.kind");
        }
        if (form.creditCode() != null && !form.creditCode().isBlank() && !errors.hasFieldErrors("creditCode")) {
            String code = form.normalisedCreditCode();
            if (!CreditCode.isValid(code)) {
                errors.rejectValue("creditCode", "charity.provider.validation.creditCodeInvalid");
            } else if (providers.creditCodeTaken(code, id)) {
                errors.rejectValue("creditCode", "charity.provider.validation.creditCodeTaken");
            }
        }
        if (form.name() != null
                && !form.name().isBlank()
                && !errors.hasFieldErrors("name")
                && providers.nameTaken(form.name().strip(), id)) {
            errors.rejectValue("name", "charity.provider.validation.nameTaken");
        }
    }

    private String form(Model model, ServiceProvider provider) {
        model.addAttribute("provider", provider);
        model.addAttribute("kinds", ProviderKind.values());
        return "charity/provider/provider-form";
    }

    private ServiceProvider visible(long id) {
        return providers.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("provider " + id));
    }

    private ServiceProvider changeable(long id) {
        ServiceProvider provider = visible(id);
        if (!changeable(provider)) {
            throw new NotFoundException("provider " + id);
        }
        return provider;
    }

    private static boolean changeable(ServiceProvider provider) {
        return CurrentStaff.scope().covers(RegionCode.of(provider.regionCode()));
    }
}
