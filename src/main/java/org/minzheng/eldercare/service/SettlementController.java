package org.minzheng.eldercare.service;

import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.MonthParameter;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 服务结算: per provider and month, visits delivered against the plan and the amount payable. */
@Controller
@RequestMapping(SettlementController.BASE)
@PreAuthorize("hasAuthority('" + ServiceConsole.SETTLEMENT_VIEW + "')")
class SettlementController {

    static final String BASE = "/console/eldercare/settlements";

    /** One provider's month: the frozen figures once confirmed, else the live ones. */
    record Row(
            SettlementRepository.ProviderMonth provider,
            MonthlySettlement figures,
            SettlementRepository.Confirmed confirmed) {}

    private final SettlementRepository repository;
    private final Settlements settlements;
    private final ServicePlanning planning;
    private final Regions regions;
    private final Messages messages;

    SettlementController(
            SettlementRepository repository,
            Settlements settlements,
            ServicePlanning planning,
            Regions regions,
            Messages messages) {
        this.repository = repository;
        this.settlements = settlements;
        this.planning = planning;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String month, Model model) {
        YearMonth chosen = month(month);
        DataScope scope = CurrentStaff.scope();
        List<Row> rows = repository.providers(chosen, scope).stream()
                .map(p -> row(p, chosen, scope))
                .toList();
        model.addAttribute("month", chosen);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "plannedVisits",
                rows.stream().mapToInt(r -> r.figures().plannedVisits()).sum());
        model.addAttribute(
                "deliveredVisits",
                rows.stream().mapToInt(r -> r.figures().deliveredVisits()).sum());
        model.addAttribute(
                "plannedFen",
                rows.stream().mapToLong(r -> r.figures().plannedFen()).sum());
        model.addAttribute(
                "payableFen",
                rows.stream().mapToLong(r -> r.figures().payableFen()).sum());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "eldercare/service/settlements";
    }

    @GetMapping("/{provider}")
    String show(@PathVariable long provider, @RequestParam(defaultValue = "") String month, Model model) {
        YearMonth chosen = month(month);
        DataScope scope = CurrentStaff.scope();
        Row row = row(visible(provider, chosen, scope), chosen, scope);
        model.addAttribute("month", chosen);
        model.addAttribute("row", row);
        model.addAttribute("lines", lines(row, chosen, scope));
        model.addAttribute("confirmable", chosen.isBefore(YearMonth.from(planning.today())) && row.confirmed() == null);
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "eldercare/service/settlement";
    }

    @PostMapping("/{provider}/confirm")
    @PreAuthorize("hasAuthority('" + ServiceConsole.SETTLEMENT_CONFIRM + "')")
    String confirm(
            @PathVariable long provider, @RequestParam(defaultValue = "") String month, RedirectAttributes redirect) {
        YearMonth chosen = month(month);
        DataScope scope = CurrentStaff.scope();
        visible(provider, chosen, scope);
        try {
            MonthlySettlement done = settlements.confirm(
                    provider, chosen, scope, CurrentStaff.require().username());
            redirect.addFlashAttribute(
                    "flashSuccess",
                    messages.get("eldercare.settlement.flash.confirmed", YuanFormat.INSTANCE.of(done.payableFen())));
        } catch (ServiceRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + BASE + "/" + provider + "?month=" + chosen;
    }

    @GetMapping("/{provider}/export")
    void export(
            @PathVariable long provider, @RequestParam(defaultValue = "") String month, HttpServletResponse response) {
        YearMonth chosen = month(month);
        DataScope scope = CurrentStaff.scope();
        Row row = row(visible(provider, chosen, scope), chosen, scope);
        var yuan = YuanFormat.INSTANCE;
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : lines(row, chosen, scope)) {
            rows.add(List.of(
                    line.bed().elderName(),
                    line.villageName(),
                    line.bed().capabilityLevel(),
                    line.figures().plannedVisits(),
                    line.figures().deliveredVisits(),
                    yuan.of(line.figures().plannedFen()),
                    yuan.of(line.figures().payableFen())));
        }
        rows.add(List.of(
                messages.get("eldercare.settlement.total"),
                "",
                "",
                row.figures().plannedVisits(),
                row.figures().deliveredVisits(),
                yuan.of(row.figures().plannedFen()),
                yuan.of(row.figures().payableFen())));
        ExcelExport.write(
                response,
                messages.get("eldercare.settlement.export.name", row.provider().providerName(), chosen.toString()),
                List.of(
                        messages.get("eldercare.visit.elder"),
                        messages.get("eldercare.visit.village"),
                        messages.get("eldercare.plan.level"),
                        messages.get("eldercare.settlement.plannedVisits"),
                        messages.get("eldercare.settlement.deliveredVisits"),
                        messages.get("eldercare.settlement.plannedYuan"),
                        messages.get("eldercare.settlement.payableYuan")),
                rows);
    }

    /** A bed's line of the settlement with its elder. */
    record Line(SettlementRepository.BedLine bed, String villageName, MonthlySettlement.Line figures) {}

    private List<Line> lines(Row row, YearMonth month, DataScope scope) {
        Map<Long, MonthlySettlement.Line> figures = row.figures().lines().stream()
                .collect(Collectors.toMap(MonthlySettlement.Line::planId, Function.identity()));
        return repository.beds(row.provider().providerId(), month, scope).stream()
                .filter(bed -> figures.containsKey(bed.planId()))
                .map(bed -> new Line(bed, regions.nameOf(RegionCode.of(bed.regionCode())), figures.get(bed.planId())))
                .toList();
    }

    private Row row(SettlementRepository.ProviderMonth provider, YearMonth month, DataScope scope) {
        var confirmed = repository.confirmed(provider.providerId(), month);
        MonthlySettlement figures = confirmed
                .map(c -> new MonthlySettlement(repository.confirmedLines(c.id())))
                .orElseGet(() -> settlements.live(provider.providerId(), month, scope));
        return new Row(provider, figures, confirmed.orElse(null));
    }

    private SettlementRepository.ProviderMonth visible(long provider, YearMonth month, DataScope scope) {
        return repository
                .provider(provider, month, scope)
                .orElseThrow(() -> new NotFoundException("eldercare settlement " + provider));
    }

    private YearMonth month(String text) {
        return MonthParameter.parse(text, YearMonth.from(planning.today()).minusMonths(1));
    }
}
