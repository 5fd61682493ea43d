package org.minzheng.charity.donation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** 认捐: promises to give, how far later gifts kept them, and cancelling one. */
@Controller
@RequestMapping(PledgeController.BASE)
@PreAuthorize(CharityDonationConsole.CAN_VIEW)
class PledgeController {

    static final String BASE = "/console/charity/pledges";
    private static final int PAGE_SIZE = 20;

    private final PledgeRepository repository;
    private final PledgeService service;
    private final DonationRepository donations;
    private final DonorRepository donors;
    private final Messages messages;

    PledgeController(
            PledgeRepository repository,
            PledgeService service,
            DonationRepository donations,
            DonorRepository donors,
            Messages messages) {
        this.repository = repository;
        this.service = service;
        this.donations = donations;
        this.donors = donors;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long project,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        PledgeStatus chosen = PledgeStatus.parse(status);
        Page<Pledge> pledges = repository.search(
                scope, q, project, null, chosen, KeepingRegion.today(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("project", project);
        model.addAttribute(
                "projectName",
                project == null ? null : donations.projectName(project, scope).orElse(null));
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statuses", PledgeStatus.values());
        model.addAttribute("pledges", pledges);
        model.addAttribute("scopePrefix", scope.prefix());
        model.addAttribute("pages", PageLinks.of(pledges));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParam("q", q)
                                .queryParam("project", project == null ? "" : project)
                                .queryParam("status", status)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/donation/pledges";
    }

    /** The list as a spreadsheet, with the same filters; amounts in yuan. */
    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long project,
            @RequestParam(defaultValue = "") String status,
            HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("charity.pledge.donor"),
                messages.get("charity.pledge.amount"),
                messages.get("charity.pledge.fulfilledAmount"),
                messages.get("charity.pledge.project"),
                messages.get("charity.pledge.pledgedOn"),
                messages.get("charity.pledge.dueOn"),
                messages.get("charity.pledge.status"),
                messages.get("charity.pledge.note"),
                messages.get("charity.donation.region"),
                messages.get("charity.donation.recordedBy"));
        List<List<Object>> rows = new ArrayList<>();
        for (Pledge l : repository
                .search(
                        CurrentStaff.scope(),
                        q,
                        project,
                        null,
                        PledgeStatus.parse(status),
                        KeepingRegion.today(),
                        Pageable.unpaged())
                .getContent()) {
            rows.add(List.of(
                    l.donorName(),
                    YuanFormat.INSTANCE.of(l.amountFen()),
                    YuanFormat.INSTANCE.of(l.fulfilledFen()),
                    l.projectName() == null ? messages.get("charity.donation.general") : l.projectName(),
                    l.pledgedOn().toString(),
                    l.dueOn().toString(),
                    messages.get(l.status().messageKey()),
                    l.note() == null ? "" : l.note(),
                    l.regionCode(),
                    l.createdBy()));
        }
        ExcelExport.write(response, messages.get("charity.pledge.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String newForm(@RequestParam(required = false) Long donor, Model model) {
        model.addAttribute("pledgeForm", PledgeForm.empty(donor, KeepingRegion.today()));
        return form(model);
    }

    @PostMapping
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("pledgeForm") PledgeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DataScope scope = CurrentStaff.scope();
        Long fen = YuanInput.read(form.amountYuan(), errors, "amountYuan");
        if (form.donorId() != null && donors.find(form.donorId(), scope).isEmpty()) {
            errors.rejectValue("donorId", "charity.donation.validation.donor");
        }
        if (form.projectId() != null
                && donations.openProject(form.projectId(), scope).isEmpty()) {
            errors.rejectValue("projectId", "charity.donation.validation.projectClosed");
        }
        if (form.pledgedOn() != null && form.pledgedOn().isBefore(DonationController.EARLIEST)) {
            errors.rejectValue("pledgedOn", "charity.donation.validation.receivedTooEarly");
        }
        if (form.pledgedOn() != null && form.pledgedOn().isAfter(KeepingRegion.today())) {
            errors.rejectValue("pledgedOn", "charity.pledge.validation.pledgedInFuture");
        }
        if (form.pledgedOn() != null && form.dueOn() != null && form.dueOn().isBefore(form.pledgedOn())) {
            errors.rejectValue("dueOn", "charity.pledge.validation.dueBeforePledged");
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        var staff = CurrentStaff.require();
        service.create(form, fen, KeepingRegion.of(staff.regionCode()), staff.username());
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.pledge.flash.created"));
        return "redirect:" + DonorController.BASE + "/" + form.donorId();
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        DataScope scope = CurrentStaff.scope();
        LocalDate today = KeepingRegion.today();
        Pledge pledge = repository
                .find(id, scope, today)
                .filter(p -> KeepingRegion.changeable(scope, p.regionCode()))
                .orElseThrow(() -> new NotFoundException("pledge " + id));
        try {
            service.cancel(pledge);
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.pledge.flash.cancelled"));
        } catch (DonationRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE;
    }

    private String form(Model model) {
        DataScope scope = CurrentStaff.scope();
        model.addAttribute("donors", donations.donorChoices(scope));
        model.addAttribute("projects", donations.openProjects(scope));
        return "charity/donation/pledge-form";
    }
}
