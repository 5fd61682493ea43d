package org.minzheng.lottery.sales;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 销量分析: totals of a period against its baseline, the growth from new channels, and the per-outlet list. */
@Controller
@RequestMapping(LotterySalesController.BASE)
@PreAuthorize("hasAuthority('lottery:sales:view')")
class LotterySalesController {

    static final String BASE = "/console/lottery/sales";
    private static final int PAGE_SIZE = 30;
    private static final int EXPORT_LIMIT = 20_000;

    private final SalesOverviewRepository repository;
    private final Regions regions;
    private final Messages messages;
    private final AuditLog audit;

    LotterySalesController(SalesOverviewRepository repository, Regions regions, Messages messages, AuditLog audit) {
        this.repository = repository;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String overview(
            @RequestParam(defaultValue = "MONTH") String kind,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String week,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") long team,
            Model model) {
        SalesPeriod period = new PeriodChoice(kind, month, week, from, to).period(yesterday());
        String prefix = CurrentStaff.scope().prefix();
        List<SalesFigure> kinds = repository.grouped("o.kind", period, prefix, team).stream()
                .map(f -> new SalesFigure(
                        f.key(), messages.get("lottery.sales.outletKind." + f.key()), f.currentFen(), f.baselineFen()))
                .toList();
        List<SalesFigure> counties =
                repository.grouped("substring(o.region_code, 1, 6) || '000000'", period, prefix, team).stream()
                        .map(f -> new SalesFigure(f.key(), countyName(f.key()), f.currentFen(), f.baselineFen()))
                        .toList();
        List<SalesFigure> games = repository.grouped("s.game", period, prefix, team).stream()
                .map(f -> new SalesFigure(
                        f.key(), messages.get("lottery.game." + f.key()), f.currentFen(), f.baselineFen()))
                .toList();
        SalesGrowth growth = growth(kinds);
        SalesOverviewRepository.OutletCounts counts = repository.counts(period, prefix, team);
        long instant = games.stream()
                .filter(g -> g.key().equals(Game.GGL.name()))
                .mapToLong(SalesFigure::currentFen)
                .sum();
        model.addAttribute("period", period);
        model.addAttribute("choice", PeriodChoice.of(period));
        model.addAttribute("team", team);
        model.addAttribute("teams", repository.teams());
        model.addAttribute("growth", growth);
        model.addAttribute("kinds", kinds);
        model.addAttribute("counties", counties);
        model.addAttribute("games", games);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "instantShare",
                SalesGrowth.percent(instant, growth.currentFen()).orElse(null));
        model.addAttribute(
                "perOutlet", counts.active() == 0 ? null : Math.round((double) growth.currentFen() / counts.active()));
        model.addAttribute("query", PeriodChoice.of(period).query() + "&team=" + team);
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/sales/overview";
    }

    @GetMapping("/outlets")
    String outlets(
            @RequestParam(defaultValue = "MONTH") String kind,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String week,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") long team,
            @RequestParam(defaultValue = "increment") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        SalesPeriod period = new PeriodChoice(kind, month, week, from, to).period(yesterday());
        String prefix = CurrentStaff.scope().prefix();
        String order = SalesOverviewRepository.SORTS.containsKey(sort) ? sort : "increment";
        var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        var found = new PageImpl<>(
                repository.outlets(period, prefix, team, order, request.getPageSize(), request.getOffset()),
                request,
                repository.countOutlets(period, prefix, team));
        String query = PeriodChoice.of(period).query() + "&team=" + team;
        model.addAttribute("period", period);
        model.addAttribute("choice", PeriodChoice.of(period));
        model.addAttribute("team", team);
        model.addAttribute("teams", repository.teams());
        model.addAttribute("sort", order);
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + query + "&sort=" + order + "&");
        model.addAttribute("query", query);
        model.addAttribute("exportLink", BASE + "/outlets/export?" + query + "&sort=" + order);
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/sales/outlets";
    }

    @GetMapping("/outlets/export")
    void export(
            @RequestParam(defaultValue = "MONTH") String kind,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String week,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") long team,
            @RequestParam(defaultValue = "increment") String sort,
            HttpServletResponse response) {
        SalesPeriod period = new PeriodChoice(kind, month, week, from, to).period(yesterday());
        List<OutletSales> rows = repository.outlets(period, CurrentStaff.scope().prefix(), team, sort, EXPORT_LIMIT, 0);
        audit.record(AuditEvent.operation(
                        "lottery.sales.export",
                        "lottery.sales",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " outlets, " + period.start() + ".." + period.end()));
        ExcelExport.write(
                response,
                messages.get("lottery.sales.outlets.file"),
                List.of(
                        messages.get("lottery.sales.outlet.code"),
                        messages.get("lottery.sales.outlet.name"),
                        messages.get("lottery.sales.outlet.kind"),
                        messages.get("lottery.sales.county"),
                        messages.get("lottery.sales.outlet.team"),
                        messages.get("lottery.sales.outlet.openedOn"),
                        messages.get("lottery.sales.current"),
                        messages.get("lottery.sales.baseline"),
                        messages.get("lottery.sales.increment")),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.code(),
                                r.name(),
                                messages.get("lottery.sales.outletKind." + r.kind()),
                                countyName(r.regionCode().substring(0, 6) + "000000"),
                                r.teamName(),
                                r.openedOn().toString(),
                                YuanFormat.INSTANCE.of(r.currentFen()),
                                YuanFormat.INSTANCE.of(r.baselineFen()),
                                YuanFormat.INSTANCE.of(r.incrementFen())))
                        .toList());
    }

    /** Every kind but the traditional betting outlet is a new channel. */
    static SalesGrowth growth(List<SalesFigure> kinds) {
        long current = 0;
        long baseline = 0;
        long newCurrent = 0;
        long newBaseline = 0;
        for (SalesFigure kind : kinds) {
            current += kind.currentFen();
            baseline += kind.baselineFen();
            if (!"TRADITIONAL".equals(kind.key())) {
                newCurrent += kind.currentFen();
                newBaseline += kind.baselineFen();
            }
        }
        return new SalesGrowth(current, baseline, newCurrent, newBaseline);
    }

    private String countyName(String code) {
        return Optional.of(code)
                .filter(RegionCode::isValid)
                .map(c -> regions.nameOf(RegionCode.of(c)))
                .orElse(code);
    }

    private static LocalDate yesterday() {
        return LocalDate.now(SalesImports.BEIJING).minusDays(1);
    }
}
