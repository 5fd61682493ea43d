package org.minzheng.charity.donation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
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
 * 捐赠人: enterprises, organisations and private persons who give, with what they gave and pledged. Donors are
 * kept by the county (or the city) that registered them; staff above or below see them, only the keepers change
 * them.
 */
@Controller
@RequestMapping(DonorController.BASE)
@PreAuthorize(CharityDonationConsole.CAN_VIEW)
class DonorController {

    static final String BASE = "/console/charity/donors";
    private static final int PAGE_SIZE = 20;

    private final DonorRepository repository;
    private final DonorService service;
    private final DonationRepository donations;
    private final PledgeRepository pledges;
    private final Messages messages;

    DonorController(
            DonorRepository repository,
            DonorService service,
            DonationRepository donations,
            PledgeRepository pledges,
            Messages messages) {
        this.repository = repository;
        this.service = service;
        this.donations = donations;
        this.pledges = pledges;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) Long project,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DonorKind chosen = DonorKind.parse(kind);
        DataScope scope = CurrentStaff.scope();
        Page<Donor> donors = repository.search(scope, q, chosen, project, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("project", project);
        model.addAttribute(
                "projectName",
                project == null ? null : donations.projectName(project, scope).orElse(null));
        model.addAttribute("q", q);
        model.addAttribute("kind", chosen == null ? "" : chosen.name());
        model.addAttribute("kinds", DonorKind.values());
        model.addAttribute("donors", donors);
        model.addAttribute("pages", PageLinks.of(donors));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParam("q", q)
                                .queryParam("kind", kind)
                                .queryParam("project", project == null ? "" : project)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/donation/donors";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) Long project,
            HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("charity.donor.name"),
                messages.get("charity.donor.kind"),
                messages.get("charity.donor.creditCode"),
                messages.get("charity.donor.contactName"),
                messages.get("charity.donor.phone"),
                messages.get("charity.donor.namedConsent"),
                messages.get("charity.donor.given"),
                messages.get("charity.donor.donationCount"),
                messages.get("charity.donation.region"));
        List<List<Object>> rows = new ArrayList<>();
        for (Donor d : repository
                .search(CurrentStaff.scope(), q, DonorKind.parse(kind), project, Pageable.unpaged())
                .getContent()) {
            rows.add(List.of(
                    d.name(),
                    messages.get(d.kind().messageKey()),
                    orEmpty(d.creditCode()),
                    orEmpty(d.contactName()),
                    orEmpty(d.phoneMasked()),
                    messages.get(d.namedConsent() ? "charity.donor.consent.yes" : "charity.donor.consent.no"),
                    YuanFormat.INSTANCE.of(d.givenFen()),
                    d.donations(),
                    d.regionCode()));
        }
        ExcelExport.write(response, messages.get("charity.donor.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String newForm(Model model) {
        model.addAttribute("donorForm", DonorForm.empty());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("donorForm") DonorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        check(form, null, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        var staff = CurrentStaff.require();
        long id = service.create(form, KeepingRegion.of(staff.regionCode()), staff.username());
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.donor.flash.created"));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        DataScope scope = CurrentStaff.scope();
        Donor donor = visible(id);
        model.addAttribute("donor", donor);
        model.addAttribute("changeable", KeepingRegion.changeable(scope, donor.regionCode()));
        model.addAttribute(
                "donations",
                donations.search(
                        scope,
                        new DonationSearch(null, null, null, null, null, id, null, null, null, null),
                        PageRequest.of(0, 50)));
        model.addAttribute("pledges", pledges.ofDonor(id, scope, KeepingRegion.today()));
        model.addAttribute("scopePrefix", scope.prefix());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/donation/donor";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String editForm(@PathVariable long id, Model model) {
        Donor donor = changeable(id);
        model.addAttribute("donorForm", DonorForm.of(donor));
        return form(model, donor);
    }

    @PostMapping("/{id}")
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("donorForm") DonorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Donor donor = changeable(id);
        check(form, id, errors);
        if (errors.hasErrors()) {
            return form(model, donor);
        }
        service.update(donor, form);
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.donor.flash.updated"));
        return "redirect:" + BASE + "/" + id;
    }

    /** The credit code: required, well-formed and unused for enterprises and organisations, absent for persons. */
    private void check(DonorForm form, Long id, BindingResult errors) {
        if (form.kind() == null || !form.kind().needsCreditCode()) {
            return;
        }
        String code = form.creditCodeOrNull();
        if (code == null) {
            errors.rejectValue("creditCode", "charity.donor.validation.creditCodeRequired");
        } else if (!CreditCode.isValid(code)) {
            errors.rejectValue("creditCode", "charity.donor.validation.creditCode");
        } else if (repository.creditCodeTaken(code, id)) {
            errors.rejectValue("creditCode", "charity.donor.validation.creditCodeTaken");
        }
    }

    private String form(Model model, Donor donor) {
        model.addAttribute("donor", donor);
        model.addAttribute("kinds", DonorKind.values());
        return "charity/donation/donor-form";
    }

    private Donor visible(long id) {
        return repository.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("donor " + id));
    }

    private Donor changeable(long id) {
        Donor donor = visible(id);
        if (!KeepingRegion.changeable(CurrentStaff.scope(), donor.regionCode())) {
            throw new NotFoundException("donor " + id);
        }
        return donor;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
