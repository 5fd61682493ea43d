package org.minzheng.charity.donation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.charity.ledger.LedgerRefusedException;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
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
 * 捐赠: the list of gifts with their totals, the form that records one with its receipt, the printable receipt
 * (捐赠票据) and voiding.
 */
@Controller
@RequestMapping(DonationController.BASE)
@PreAuthorize(CharityDonationConsole.CAN_VIEW)
class DonationController {

    static final String BASE = "/console/charity/donations";
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final int PAGE_SIZE = 20;

    private final DonationRepository repository;
    private final DonationService service;
    private final DonorRepository donors;
    private final PledgeRepository pledges;
    private final Regions regions;
    private final Messages messages;

    DonationController(
            DonationRepository repository,
            DonationService service,
            DonorRepository donors,
            PledgeRepository pledges,
            Regions regions,
            Messages messages) {
        this.repository = repository;
        this.service = service;
        this.donors = donors;
        this.pledges = pledges;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String brand,
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(required = false) Long project,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        DonationSearch search = search(q, channel, brand, purpose, project, from, to, status, sort);
        Page<Donation> gifts = repository.search(scope, search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("q", q);
        model.addAttribute("purpose", search.directed() == null ? "" : search.directed() ? "directed" : "general");
        model.addAttribute("status", search.voided() == null ? "" : search.voided() ? "VOID" : "RECEIVED");
        model.addAttribute("sort", DonationSearch.SORTS.contains(sort) ? sort : "date-desc");
        model.addAttribute("sorts", DonationSearch.SORTS);
        model.addAttribute("channels", DonationChannel.values());
        model.addAttribute("brands", DonationBrand.values());
        model.addAttribute(
                "projectName",
                project == null ? null : repository.projectName(project, scope).orElse(null));
        model.addAttribute("donations", gifts);
        model.addAttribute("totals", repository.totals(scope, search));
        model.addAttribute("pages", PageLinks.of(gifts));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParam("q", q)
                                .queryParam("channel", channel)
                                .queryParam("brand", brand)
                                .queryParam("purpose", purpose)
                                .queryParam("project", project == null ? "" : project)
                                .queryParam("from", from)
                                .queryParam("to", to)
                                .queryParam("status", status)
                                .queryParam("sort", sort)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/donation/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String brand,
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(required = false) Long project,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String sort,
            HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("charity.donation.receiptNumber"),
                messages.get("charity.donation.receivedOn"),
                messages.get("charity.donation.donor"),
                messages.get("charity.donation.amount"),
                messages.get("charity.donation.channel"),
                messages.get("charity.donation.brand"),
                messages.get("charity.donation.fundName"),
                messages.get("charity.donation.purpose"),
                messages.get("charity.donation.status"),
                messages.get("charity.donation.voidReason"),
                messages.get("charity.donation.region"),
                messages.get("charity.donation.recordedBy"));
        List<List<Object>> rows = new ArrayList<>();
        DonationSearch search = search(q, channel, brand, purpose, project, from, to, status, sort);
        for (Donation g : repository
                .search(CurrentStaff.scope(), search, Pageable.unpaged())
                .getContent()) {
            rows.add(List.of(
                    g.receiptNumber(),
                    g.receivedOn().toString(),
                    g.donorName(),
                    YuanFormat.INSTANCE.of(g.amountFen()),
                    messages.get(g.channel().messageKey()),
                    messages.get(g.brand().messageKey()),
                    g.fundName() == null ? "" : g.fundName(),
                    g.directed() ? g.projectName() : messages.get("charity.donation.general"),
                    messages.get(g.voided() ? "charity.donation.status.VOID" : "charity.donation.status.RECEIVED"),
                    g.voidReason() == null ? "" : g.voidReason(),
                    g.regionCode(),
                    g.recordedBy()));
        }
        ExcelExport.write(response, messages.get("charity.donation.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String newForm(
            @RequestParam(required = false) Long donor, @RequestParam(required = false) Long project, Model model) {
        model.addAttribute("donationForm", DonationForm.empty(donor, project, KeepingRegion.today()));
        return form(model, false);
    }

    @PostMapping
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("donationForm") DonationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LocalDate today = KeepingRegion.today();
        Long fen = check(form, errors, today);
        boolean twin = false;
        if (!errors.hasErrors() && !form.confirmedNotDuplicate() && repository.recentTwin(form, fen)) {
            errors.reject("charity.donation.validation.duplicate");
            twin = true;
        }
        if (errors.hasErrors()) {
            return form(model, twin || form.confirmedNotDuplicate());
        }
        var staff = CurrentStaff.require();
        long id;
        try {
            id = service.record(form, fen, KeepingRegion.of(staff.regionCode()), today, staff.username());
        } catch (DonationRefusedException refused) {
            errors.reject(refused.messageKey());
            return form(model, true);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.donation.flash.created"));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Donation gift = visible(id);
        model.addAttribute("donation", gift);
        model.addAttribute("changeable", KeepingRegion.changeable(CurrentStaff.scope(), gift.regionCode()));
        model.addAttribute("keeper", regions.nameOf(RegionCode.of(gift.regionCode())));
        model.addAttribute("capital", ChineseAmount.of(gift.amountFen()));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/donation/show";
    }

    @GetMapping("/{id}/receipt")
    String receipt(@PathVariable long id, Model model) {
        Donation gift = visible(id);
        model.addAttribute("donation", gift);
        model.addAttribute("keeper", regions.nameOf(RegionCode.of(gift.regionCode())));
        model.addAttribute("capital", ChineseAmount.of(gift.amountFen()));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/donation/receipt";
    }

    @PostMapping("/{id}/void")
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String voidDonation(
            @PathVariable long id,
            @Valid @ModelAttribute ReasonForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Donation gift = visible(id);
        if (!KeepingRegion.changeable(CurrentStaff.scope(), gift.regionCode())) {
            throw new NotFoundException("donation " + id);
        }
        if (errors.hasErrors()) {
            redirect.addFlashAttribute(
                    "flashError", errors.getFieldErrors().get(0).getDefaultMessage());
            return "redirect:" + BASE + "/" + id;
        }
        try {
            service.voidDonation(
                    gift, form.reason().strip(), CurrentStaff.require().username());
            redirect.addFlashAttribute(
                    "flashSuccess", messages.get("charity.donation.flash.voided", gift.receiptNumber()));
        } catch (LedgerRefusedException refused) {
            redirect.addFlashAttribute(
                    "flashError",
                    messages.get("charity.donation.refused.spent")
                            + messages.get(refused.messageKey(), refused.arguments()));
        } catch (DonationRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** The checks Bean Validation cannot make; returns the amount in fen when it reads. */
    private Long check(DonationForm form, BindingResult errors, LocalDate today) {
        DataScope scope = CurrentStaff.scope();
        Long fen = YuanInput.read(form.amountYuan(), errors, "amountYuan");
        if (form.receivedOn() != null) {
            if (form.receivedOn().isAfter(today)) {
                errors.rejectValue("receivedOn", "charity.donation.validation.receivedInFuture");
            } else if (form.receivedOn().isBefore(EARLIEST)) {
                errors.rejectValue("receivedOn", "charity.donation.validation.receivedTooEarly");
            }
        }
        if (form.brand() != null && form.brand().needsFundName() && form.fundNameOrNull() == null) {
            errors.rejectValue(
                    "fundName",
                    "charity.donation.validation.fundName." + form.brand().name());
        }
        if (form.donorId() != null && donors.find(form.donorId(), scope).isEmpty()) {
            errors.rejectValue("donorId", "charity.donation.validation.donor");
        }
        if (form.projectId() != null
                && repository.openProject(form.projectId(), scope).isEmpty()) {
            errors.rejectValue("projectId", "charity.donation.validation.projectClosed");
        }
        if (form.pledgeId() != null) {
            var pledge = pledges.find(form.pledgeId(), scope, today);
            if (pledge.isEmpty()
                    || pledge.get().status() == PledgeStatus.CANCELLED
                    || form.donorId() == null
                    || pledge.get().donorId() != form.donorId()) {
                errors.rejectValue("pledgeId", "charity.donation.validation.pledge");
            }
        }
        return fen;
    }

    private String form(Model model, boolean askTwin) {
        DataScope scope = CurrentStaff.scope();
        model.addAttribute("donors", repository.donorChoices(scope));
        model.addAttribute("projects", repository.openProjects(scope));
        model.addAttribute(
                "pledges",
                pledges.search(scope, null, null, null, null, KeepingRegion.today(), Pageable.unpaged()).stream()
                        .filter(p -> p.status() != PledgeStatus.CANCELLED)
                        .toList());
        model.addAttribute("channels", DonationChannel.values());
        model.addAttribute("brands", DonationBrand.values());
        model.addAttribute("askTwin", askTwin);
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/donation/form";
    }

    private Donation visible(long id) {
        return repository.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("donation " + id));
    }

    private static DonationSearch search(
            String q,
            String channel,
            String brand,
            String purpose,
            Long project,
            String from,
            String to,
            String status,
            String sort) {
        return new DonationSearch(
                q,
                DonationChannel.parse(channel),
                DonationBrand.parse(brand),
                switch (purpose) {
                    case "directed" -> Boolean.TRUE;
                    case "general" -> Boolean.FALSE;
                    default -> null;
                },
                project,
                null,
                date(from),
                date(to),
                switch (status) {
                    case "VOID" -> Boolean.TRUE;
                    case "RECEIVED" -> Boolean.FALSE;
                    default -> null;
                },
                sort);
    }

    /** A filter date as typed; one that does not read is ignored rather than failing the list. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
