package org.minzheng.lottery.channel;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
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

/** 渠道商: the enterprises selling lottery in their premises, their agreements and the outlets opened under them. */
@Controller
@RequestMapping(LotteryPartnerController.BASE)
@PreAuthorize(LotteryChannelConsole.CAN_VIEW)
class LotteryPartnerController {

    static final String BASE = "/console/lottery/partners";
    private static final int PAGE_SIZE = 20;
    private static final RegionCode CITY = RegionCode.of("3716");

    private final LotteryPartnerRepository repository;
    private final LotteryPartnerService service;
    private final Regions regions;
    private final Messages messages;

    LotteryPartnerController(
            LotteryPartnerRepository repository, LotteryPartnerService service, Regions regions, Messages messages) {
        this.repository = repository;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String county,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<Partner> partners = repository.search(
                CurrentStaff.scope().prefix(), search(kind, county, q), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("partners", partners);
        model.addAttribute("kind", kind);
        model.addAttribute("county", county);
        model.addAttribute("q", q);
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("counties", counties());
        model.addAttribute(
                "names",
                names(partners.getContent().stream().map(Partner::regionCode).toList()));
        model.addAttribute("pages", PageLinks.of(partners));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParam("kind", kind)
                                .queryParam("county", county)
                                .queryParam("q", q)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        return "lottery/channel/partners";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String county,
            @RequestParam(defaultValue = "") String q,
            HttpServletResponse response) {
        List<Partner> partners = repository
                .search(CurrentStaff.scope().prefix(), search(kind, county, q), Pageable.unpaged())
                .getContent();
        Map<String, String> names =
                names(partners.stream().map(Partner::regionCode).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (Partner p : partners) {
            rows.add(List.of(
                    p.name(),
                    messages.get(p.kindKey()),
                    p.creditCode(),
                    p.contactName(),
                    p.phoneMasked() == null ? "" : p.phoneMasked(),
                    names.get(p.regionCode()),
                    p.plannedOutlets(),
                    p.openOutlets()));
        }
        ExcelExport.write(
                response,
                messages.get("lottery.partner.export.name"),
                List.of(
                        messages.get("lottery.partner.name"),
                        messages.get("lottery.partner.kind"),
                        messages.get("lottery.partner.creditCode"),
                        messages.get("lottery.partner.contact"),
                        messages.get("lottery.partner.phone"),
                        messages.get("lottery.partner.region"),
                        messages.get("lottery.partner.planned"),
                        messages.get("lottery.partner.opened")),
                rows);
    }

    @GetMapping("/new")
    @PreAuthorize(LotteryChannelConsole.CAN_MANAGE)
    String newForm(Model model) {
        model.addAttribute("lotteryPartnerForm", LotteryPartnerForm.empty());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(LotteryChannelConsole.CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("lotteryPartnerForm") LotteryPartnerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!form.phoneGiven() && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "lottery.validation.phoneRequired");
        }
        String code = check(form, errors, null);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        long id = service.create(form, code, CurrentStaff.require().username());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.partner.flash.saved", form.name().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Partner partner = visible(id);
        if (!model.containsAttribute("lotteryAgreementForm")) {
            model.addAttribute("lotteryAgreementForm", LotteryAgreementForm.empty());
        }
        var outlets = repository.outlets(id, CurrentStaff.scope().prefix());
        List<String> codes = new ArrayList<>(List.of(partner.regionCode()));
        outlets.forEach(o -> codes.add(o.regionCode()));
        model.addAttribute("partner", partner);
        model.addAttribute("agreements", repository.agreements(id));
        model.addAttribute("outlets", outlets);
        model.addAttribute("names", names(codes));
        return "lottery/channel/partner";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(LotteryChannelConsole.CAN_MANAGE)
    String editForm(@PathVariable long id, Model model) {
        Partner partner = visible(id);
        model.addAttribute("lotteryPartnerForm", LotteryPartnerForm.of(partner));
        return form(model, partner);
    }

    @PostMapping("/{id}")
    @PreAuthorize(LotteryChannelConsole.CAN_MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("lotteryPartnerForm") LotteryPartnerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Partner partner = visible(id);
        String code = check(form, errors, id);
        if (errors.hasErrors()) {
            return form(model, partner);
        }
        service.update(partner, form, code);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.partner.flash.saved", form.name().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/agreements")
    @PreAuthorize(LotteryChannelConsole.CAN_MANAGE)
    String addAgreement(
            @PathVariable long id,
            @Valid @ModelAttribute("lotteryAgreementForm") LotteryAgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Partner partner = visible(id);
        if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            errors.rejectValue("validTo", "lottery.agreement.validation.period");
        }
        if (!errors.hasFieldErrors("number")
                && repository.agreementNumberTaken(form.number().strip())) {
            errors.rejectValue("number", "lottery.agreement.validation.duplicate");
        }
        if (errors.hasErrors()) {
            model.addAttribute("agreementFailed", true);
            return show(id, model);
        }
        service.addAgreement(partner, form, CurrentStaff.require().username());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.agreement.flash.added", form.number().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    /** Ends an agreement as planned, or terminates it early with a reason; outlets opened under it stay. */
    @PostMapping("/{id}/agreements/{agreementId}/close")
    @PreAuthorize(LotteryChannelConsole.CAN_MANAGE)
    String closeAgreement(
            @PathVariable long id,
            @PathVariable long agreementId,
            @RequestParam(defaultValue = "false") boolean terminate,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Partner partner = visible(id);
        Agreement agreement = repository
                .agreement(agreementId)
                .filter(a -> a.partnerId() == id)
                .orElseThrow(() -> new NotFoundException("agreement " + agreementId));
        String text = reason.strip();
        if (!agreement.active()) {
            redirect.addFlashAttribute("flashError", messages.get("lottery.agreement.closed.already"));
        } else if (terminate && (text.isEmpty() || text.length() > 300 || !plain(text))) {
            redirect.addFlashAttribute("flashError", messages.get("lottery.agreement.validation.reason"));
        } else {
            service.close(partner, agreement, terminate, terminate ? text : null);
            redirect.addFlashAttribute(
                    "flashSuccess",
                    messages.get(
                            terminate ? "lottery.agreement.flash.terminated" : "lottery.agreement.flash.ended",
                            agreement.number()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private static boolean plain(String text) {
        return text.chars().noneMatch(c -> c == '<' || c == '>' || Character.isISOControl(c));
    }

    /** Checks kind, credit code (normalised and returned), uniqueness and region; null when the code is bad. */
    private String check(LotteryPartnerForm form, BindingResult errors, Long id) {
        if (!errors.hasFieldErrors("kind") && PartnerKind.parse(form.kind()) == null) {
            errors.rejectValue("kind", "lottery.partner.validation.kind");
        }
        if (!errors.hasFieldErrors("name") && repository.nameTaken(form.name().strip(), id)) {
            errors.rejectValue("name", "lottery.partner.validation.duplicateName");
        }
        String code = CreditCode.normalise(form.creditCode());
        if (!errors.hasFieldErrors("creditCode")) {
            if (!CreditCode.isValid(code)) {
                errors.rejectValue("creditCode", "lottery.partner.validation.creditCode");
            } else if (repository.creditCodeTaken(code, id)) {
                errors.rejectValue("creditCode", "lottery.partner.validation.duplicateCode");
            }
        }
        if (!errors.hasFieldErrors("regionCode") && !inCity(form.regionCode())) {
            errors.rejectValue("regionCode", "lottery.validation.region");
        }
        return code;
    }

    private boolean inCity(String code) {
        return code != null
                && code.length() == 12
                && RegionCode.isValid(code)
                && CITY.contains(RegionCode.of(code))
                && regions.find(RegionCode.of(code), CurrentStaff.scope()).isPresent();
    }

    private String form(Model model, Partner partner) {
        model.addAttribute("partner", partner);
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute(
                "regionChoices",
                regions.within(CurrentStaff.scope()).stream()
                        .filter(r -> r.level() == RegionLevel.COUNTY || r.level() == RegionLevel.TOWNSHIP)
                        .filter(r -> CITY.contains(r.code()))
                        .toList());
        return "lottery/channel/partner-form";
    }

    private Partner visible(long id) {
        return repository
                .find(id, CurrentStaff.scope().prefix())
                .orElseThrow(() -> new NotFoundException("partner " + id));
    }

    private List<RegionSummary> counties() {
        return regions.within(CurrentStaff.scope()).stream()
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .toList();
    }

    private Map<String, String> names(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        for (String code : codes) {
            names.computeIfAbsent(code, c -> regions.nameOf(RegionCode.of(c)));
        }
        return names;
    }

    private static LotteryPartnerRepository.PartnerSearch search(String kind, String county, String q) {
        String countyDigits =
                RegionCode.isValid(county) && RegionCode.of(county).level() == RegionLevel.COUNTY
                        ? RegionCode.of(county).significantDigits()
                        : null;
        return new LotteryPartnerRepository.PartnerSearch(PartnerKind.parse(kind), countyDigits, q);
    }
}
