package org.minzheng.charity.provider;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
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

/**
 * 招标: the list, the call for bids, and the tender page where bids are recorded, scored and one is awarded.
 * Tenders of projects kept outside the staff member's own area are shown but not changed.
 */
@Controller
@RequestMapping(TenderController.BASE)
@PreAuthorize("hasAuthority('" + CharityProviderConsole.VIEW + "')")
class TenderController {

    static final String BASE = "/console/charity/tenders";
    private static final String MANAGE = "hasAuthority('" + CharityProviderConsole.MANAGE + "')";
    private static final int PAGE_SIZE = 20;

    private final TenderRepository tenders;
    private final TenderService service;
    private final ServiceProviderRepository providers;
    private final Messages messages;

    TenderController(
            TenderRepository tenders, TenderService service, ServiceProviderRepository providers, Messages messages) {
        this.tenders = tenders;
        this.service = service;
        this.providers = providers;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long project,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        TenderStatus chosen = TenderStatus.parse(status);
        var scope = CurrentStaff.scope();
        Page<Tender> found = tenders.search(scope, project, chosen, q, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute(
                "project",
                project == null ? null : tenders.project(project, scope).orElse(null));
        model.addAttribute("projectId", project);
        model.addAttribute("q", q);
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statuses", TenderStatus.values());
        model.addAttribute("tenders", found);
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParamIfPresent("project", java.util.Optional.ofNullable(project))
                                .queryParam("q", q)
                                .queryParam("status", status)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/provider/tenders";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Long project,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("charity.tender.title"),
                messages.get("charity.tender.project"),
                messages.get("charity.tender.ceiling"),
                messages.get("charity.tender.opensOn"),
                messages.get("charity.tender.closesOn"),
                messages.get("charity.tender.bids"),
                messages.get("charity.tender.status"));
        List<List<Object>> rows = new ArrayList<>();
        for (Tender t : tenders.search(CurrentStaff.scope(), project, TenderStatus.parse(status), q, Pageable.unpaged())
                .getContent()) {
            rows.add(List.of(
                    t.title(),
                    t.project().name(),
                    YuanFormat.INSTANCE.of(t.ceilingFen()),
                    t.opensOn().toString(),
                    t.closesOn().toString(),
                    t.bidCount(),
                    messages.get(t.status().messageKey())));
        }
        ExcelExport.write(response, messages.get("charity.tender.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(@RequestParam(required = false) Long project, Model model) {
        model.addAttribute("tenderForm", TenderForm.forProject(project));
        return form(model);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("tenderForm") TenderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Long ceiling = null;
        if (!errors.hasFieldErrors("ceilingYuan")) {
            ceiling = YuanInput.fen(form.ceilingYuan());
            if (ceiling == null) {
                errors.rejectValue("ceilingYuan", "charity.tender.validation.ceiling");
            }
        }
        TenderProject project = null;
        if (form.projectId() != null) {
            project = tenders.project(form.projectId(), CurrentStaff.scope())
                    .filter(TenderController::changeable)
                    .orElse(null);
            if (project == null) {
                errors.rejectValue("projectId", "charity.tender.validation.project");
            }
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            long id = service.create(
                    project, form, ceiling, CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.tender.flash.created"));
            return "redirect:" + BASE + "/" + id;
        } catch (ProviderRefusedException refused) {
            reject(errors, refused);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Tender tender = visible(id);
        return page(model, tender, BidForm.empty(), null);
    }

    @PostMapping("/{id}/bids")
    @PreAuthorize(MANAGE)
    String bid(
            @PathVariable long id,
            @Valid @ModelAttribute("bidForm") BidForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Tender tender = changeable(id);
        Long amount = null;
        if (!errors.hasFieldErrors("amountYuan")) {
            amount = YuanInput.fen(form.amountYuan());
            if (amount == null) {
                errors.rejectValue("amountYuan", "charity.bid.validation.amount");
            }
        }
        ServiceProvider provider = null;
        if (form.providerId() != null) {
            provider = providers.find(form.providerId(), CurrentStaff.scope()).orElse(null);
            if (provider == null) {
                errors.rejectValue("providerId", "charity.bid.validation.provider");
            }
        }
        if (!errors.hasErrors()) {
            try {
                service.bid(
                        tender, provider, form, amount, CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("charity.bid.flash.created", provider.name()));
                return "redirect:" + BASE + "/" + id;
            } catch (ProviderRefusedException refused) {
                reject(errors, refused);
            }
        }
        model.addAttribute("flashError", complaint(errors));
        return page(model, tender, form, null);
    }

    @PostMapping("/{id}/bids/{bidId}/score")
    @PreAuthorize(MANAGE)
    String score(
            @PathVariable long id,
            @PathVariable long bidId,
            @RequestParam(defaultValue = "") String score,
            RedirectAttributes redirect) {
        Tender tender = changeable(id);
        try {
            service.score(tender, bidId, parseScore(score));
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.bid.flash.scored"));
        } catch (ProviderRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/award")
    @PreAuthorize(MANAGE)
    String award(
            @PathVariable long id,
            @Valid @ModelAttribute("awardForm") AwardForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Tender tender = changeable(id);
        if (!errors.hasErrors()) {
            try {
                long contract =
                        service.award(tender, form, CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("charity.tender.flash.awarded"));
                return "redirect:" + ServiceContractController.BASE + "/" + contract;
            } catch (ProviderRefusedException refused) {
                reject(errors, refused);
            }
        }
        model.addAttribute("flashError", complaint(errors));
        return page(model, tender, BidForm.empty(), form);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(MANAGE)
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        Tender tender = changeable(id);
        try {
            service.cancel(tender, reason);
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.tender.flash.cancelled"));
        } catch (ProviderRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private String page(Model model, Tender tender, BidForm bidForm, AwardForm awardForm) {
        List<Bid> bids = tenders.bids(tender.id());
        var recommended = AwardPolicy.recommended(bids).orElse(null);
        model.addAttribute("tender", tender);
        model.addAttribute("bids", bids);
        model.addAttribute("recommended", recommended);
        boolean changeable = changeable(tender.project());
        model.addAttribute("changeable", changeable);
        model.addAttribute(
                "canScore",
                changeable && tender.open() && CurrentStaff.authorities().contains(CharityProviderConsole.MANAGE));
        model.addAttribute("closed", tender.closedOn(TenderService.today()));
        model.addAttribute("contractId", tenders.contractOf(tender.id()).orElse(null));
        model.addAttribute("providers", providers.visible(CurrentStaff.scope()));
        model.addAttribute("bidForm", bidForm);
        model.addAttribute(
                "awardForm",
                awardForm != null
                        ? awardForm
                        : AwardForm.suggest(
                                recommended == null ? null : recommended.id(),
                                tender.project(),
                                TenderService.today()));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/provider/tender";
    }

    private String form(Model model) {
        model.addAttribute("projects", tenders.tenderingProjects(CurrentStaff.scope()));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/provider/tender-form";
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

    private static int parseScore(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new ProviderRefusedException("charity.bid.refused.score");
        }
    }

    private Tender visible(long id) {
        return tenders.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("tender " + id));
    }

    /** A tender of a project kept within the staff member's own area; others are not theirs to change. */
    private Tender changeable(long id) {
        Tender tender = visible(id);
        if (!changeable(tender.project())) {
            throw new NotFoundException("tender " + id);
        }
        return tender;
    }

    static boolean changeable(TenderProject project) {
        return CurrentStaff.scope().covers(RegionCode.of(project.regionCode()));
    }
}
