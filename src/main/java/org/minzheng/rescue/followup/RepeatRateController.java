package org.minzheng.rescue.followup;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** 反复流浪率: per admitting county and quarter, and how the returnees of each home county are followed. */
@Controller
@RequestMapping(RepeatRateController.BASE)
@PreAuthorize("hasAuthority('rescue:followup:view')")
class RepeatRateController {

    static final String BASE = "/console/rescue/repeat-rate";
    static final int QUARTERS = 8;
    static final int VISITED_WITHIN_DAYS = 90;

    private final RepeatRateRepository figures;
    private final ReturneeService service;
    private final Regions regions;
    private final Messages messages;
    private final AuditLog audit;

    RepeatRateController(
            RepeatRateRepository figures, ReturneeService service, Regions regions, Messages messages, AuditLog audit) {
        this.figures = figures;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String page(Model model) {
        DataScope scope = CurrentStaff.scope();
        LocalDate today = service.today();
        RepeatRate rate = figures.rate(scope, null, RepeatRate.lastQuarters(today, QUARTERS));
        List<ReturneeCountyFigures> returnees = figures.returneeFigures(scope, today.minusDays(VISITED_WITHIN_DAYS));
        model.addAttribute("rate", rate);
        model.addAttribute("returnees", returnees);
        model.addAttribute(
                "names",
                names(rate, returnees).entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                e -> e.getKey().value(), Map.Entry::getValue)));
        model.addAttribute("visitedDays", VISITED_WITHIN_DAYS);
        return "rescue/followup/repeat-rate";
    }

    @GetMapping("/export")
    void export(HttpServletResponse response) {
        DataScope scope = CurrentStaff.scope();
        RepeatRate rate = figures.rate(scope, null, RepeatRate.lastQuarters(service.today(), QUARTERS));
        Map<RegionCode, String> names = names(rate, List.of());
        List<List<Object>> rows = new ArrayList<>();
        for (String county : rate.counties().keySet()) {
            for (LocalDate q : rate.quarters()) {
                RateCell cell = rate.cell(county, q);
                rows.add(List.of(
                        names.getOrDefault(RegionCode.of(county), county),
                        RepeatRate.label(q),
                        cell.admitted(),
                        cell.repeats(),
                        cell.ratePercent() == null ? "" : cell.ratePercent().toPlainString()));
            }
        }
        audit.record(AuditEvent.operation(
                        "rescue.repeat.export",
                        "rescue.repeat",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " rows"));
        ExcelExport.write(
                response,
                messages.get("rescue.repeat.rate.file"),
                List.of(
                        messages.get("rescue.repeat.rate.county"),
                        messages.get("rescue.repeat.rate.quarter"),
                        messages.get("rescue.repeat.rate.admitted"),
                        messages.get("rescue.repeat.rate.repeats"),
                        messages.get("rescue.repeat.rate.percent")),
                rows);
    }

    private Map<RegionCode, String> names(RepeatRate rate, List<ReturneeCountyFigures> returnees) {
        var codes = new java.util.LinkedHashSet<RegionCode>();
        rate.counties().keySet().forEach(c -> codes.add(RegionCode.of(c)));
        returnees.forEach(r -> codes.add(RegionCode.of(r.county())));
        return regions.namesOf(codes);
    }
}
