package org.minzheng.charity.donation;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.minzheng.charity.ledger.FundBalance;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.charity.ledger.LedgerLine;
import org.minzheng.charity.ledger.LedgerRefusedException;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 非定向资金池: the staff member's county (or city) general fund, its statement, and allocations from it to
 * projects. County staff allocate to their county's open projects; city staff from the city's fund to any open
 * project they see, and may open a county's fund, whose money goes only to that county's open projects so that
 * it stays in the area it was given to.
 */
@Controller
@RequestMapping(GeneralFundController.BASE)
@PreAuthorize(CharityDonationConsole.CAN_VIEW)
class GeneralFundController {

    static final String BASE = "/console/charity/general-fund";
    private static final int LINES_SHOWN = 200;

    private final FundLedger ledger;
    private final GeneralFundService service;
    private final DonationRepository donations;
    private final Regions regions;
    private final Messages messages;

    GeneralFundController(
            FundLedger ledger,
            GeneralFundService service,
            DonationRepository donations,
            Regions regions,
            Messages messages) {
        this.ledger = ledger;
        this.service = service;
        this.donations = donations;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String show(@RequestParam(defaultValue = "") String region, Model model) {
        model.addAttribute("allocationForm", AllocationForm.empty());
        return page(chosen(region), model);
    }

    @PostMapping("/allocations")
    @PreAuthorize(CharityDonationConsole.CAN_MANAGE)
    String allocate(
            @RequestParam(defaultValue = "") String region,
            @Valid @ModelAttribute("allocationForm") AllocationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var staff = CurrentStaff.require();
        RegionCode fundRegion = chosen(region);
        Long fen = YuanInput.read(form.amountYuan(), errors, "amountYuan");
        OpenProject project = form.projectId() == null
                ? null
                : targets(staff.dataScope(), fundRegion).stream()
                        .filter(p -> p.id() == form.projectId())
                        .findFirst()
                        .orElse(null);
        if (form.projectId() != null && project == null) {
            errors.rejectValue("projectId", "charity.fund.validation.project");
        }
        if (errors.hasErrors()) {
            return page(fundRegion, model);
        }
        try {
            service.allocate(fundRegion, project, fen, form.reason().strip(), staff.username());
        } catch (LedgerRefusedException refused) {
            errors.rejectValue("amountYuan", refused.messageKey(), refused.arguments(), refused.messageKey());
            return page(fundRegion, model);
        }
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("charity.fund.flash.allocated", YuanFormat.INSTANCE.of(fen), project.name()));
        return "redirect:" + BASE + "?region=" + fundRegion.value();
    }

    /** The fund asked for: the staff member's own by default; one not offered to them is answered 404. */
    private RegionCode chosen(String region) {
        var staff = CurrentStaff.require();
        String own = KeepingRegion.of(staff.regionCode()).value();
        if (region.isBlank() || region.equals(own)) {
            return RegionCode.of(own);
        }
        return choices(staff.dataScope(), own).stream()
                .filter(r -> r.equals(region))
                .findFirst()
                .map(RegionCode::of)
                .orElseThrow(() -> new NotFoundException("general fund " + region));
    }

    /** City staff may open any county fund below them; county staff only their own. */
    private List<String> choices(DataScope scope, String own) {
        List<String> codes = new ArrayList<>();
        codes.add(own);
        if (scope.cityWide()) {
            donations.fundRegions(scope).stream()
                    .filter(code -> !code.equals(own))
                    .forEach(codes::add);
        }
        return codes;
    }

    private String page(RegionCode region, Model model) {
        var staff = CurrentStaff.require();
        String own = KeepingRegion.of(staff.regionCode()).value();
        FundBalance fund = ledger.generalOf(region.value()).orElse(null);
        List<LedgerLine> lines = new ArrayList<>(fund == null ? List.of() : ledger.lines(fund.fundId()));
        Collections.reverse(lines);
        model.addAttribute("region", region.value());
        model.addAttribute("regionName", regions.nameOf(region));
        model.addAttribute("ownFund", region.value().equals(own));
        model.addAttribute(
                "fundRegions",
                choices(staff.dataScope(), own).stream()
                        .map(code -> new FundRegion(code, regions.nameOf(RegionCode.of(code))))
                        .toList());
        model.addAttribute("fund", fund);
        List<LedgerLine> shown = lines.subList(0, Math.min(LINES_SHOWN, lines.size()));
        model.addAttribute("lines", shown);
        model.addAttribute(
                "receipts",
                donations.receiptLabels(shown.stream()
                        .map(LedgerLine::donationId)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        model.addAttribute("moreLines", lines.size() > LINES_SHOWN);
        model.addAttribute("changeable", KeepingRegion.changeable(staff.dataScope(), region.value()));
        model.addAttribute("projects", targets(staff.dataScope(), region));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/donation/general-fund";
    }

    /** The city's fund may go to any open project the city sees; a county's only to that county's. */
    private List<OpenProject> targets(DataScope scope, RegionCode fundRegion) {
        boolean cityFund = scope.cityWide() && KeepingRegion.of(scope.root()).equals(fundRegion);
        return donations.openProjects(scope).stream()
                .filter(p -> cityFund || p.regionCode().equals(fundRegion.value()))
                .toList();
    }
}
