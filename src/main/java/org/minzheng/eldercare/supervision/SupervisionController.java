package org.minzheng.eldercare.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minzheng.eldercare.service.AnomalyKind;
import org.minzheng.eldercare.service.VisitStatus;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The city supervision centre's page: one level of the drill-down (city, county, township, provider) for a
 * month, its charts and table, and the same table as Excel.
 */
@Controller
@RequestMapping(SupervisionController.BASE)
@PreAuthorize("hasAuthority('" + SupervisionConsole.VIEW + "')")
class SupervisionController {

    static final String BASE = "/console/eldercare/supervision";
    private static final int PAGE_SIZE = 20;
    /** The export of a provider's visits stops here; a month of one provider in one township stays far below. */
    private static final int EXPORT_LIMIT = 10_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SupervisionCentre centre;
    private final Messages messages;

    SupervisionController(SupervisionCentre centre, Messages messages) {
        this.centre = centre;
        this.messages = messages;
    }

    @GetMapping
    String show(
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String provider,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String anomaly,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        ReportMonth chosen = ReportMonth.parse(month, centre.today());
        YearMonth period = chosen.month();
        Drilldown at = centre.locate(region, providerId(provider), scope, period);
        model.addAttribute("month", period.toString());
        model.addAttribute("monthRejected", chosen.rejected());
        model.addAttribute("at", at);
        model.addAttribute("report", centre.report(at, period, scope));
        model.addAttribute("trendMonths", SupervisionCentre.TREND_MONTHS);
        if (at.atProvider()) {
            VisitFilter filter = VisitFilter.of(status, anomaly);
            Page<VisitLine> visits = centre.visits(at, period, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
            model.addAttribute("filter", filter);
            model.addAttribute("visits", visits.getContent());
            model.addAttribute("pages", PageLinks.of(visits));
            model.addAttribute("pageBase", pageBase(period, at, filter));
            model.addAttribute("statuses", VisitStatus.values());
            model.addAttribute("anomalyKinds", AnomalyKind.values());
        }
        return "eldercare/supervision/centre";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String provider,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String anomaly,
            HttpServletResponse response) {
        DataScope scope = CurrentStaff.scope();
        YearMonth period = ReportMonth.parse(month, centre.today()).month();
        Drilldown at = centre.locate(region, providerId(provider), scope, period);
        String name = at.atProvider() ? at.providerName() : at.region().name();
        String baseName = messages.get("eldercare.supervision.export.name", name, period.toString());
        if (at.atProvider()) {
            VisitFilter filter = VisitFilter.of(status, anomaly);
            List<VisitLine> visits = centre.visits(at, period, filter, PageRequest.of(0, EXPORT_LIMIT))
                    .getContent();
            ExcelExport.write(
                    response,
                    baseName,
                    visitHeaders(),
                    visits.stream().map(this::visitCells).toList());
            return;
        }
        SupervisionReport report = centre.report(at, period, scope);
        List<List<Object>> rows = new ArrayList<>();
        report.rows().forEach(row -> rows.add(figureCells(row.name(), row.figures())));
        rows.add(figureCells(messages.get("eldercare.supervision.total"), report.total()));
        ExcelExport.write(response, baseName, figureHeaders(), rows);
    }

    private List<String> figureHeaders() {
        return List.of(
                        "eldercare.supervision.col.name",
                        "eldercare.supervision.col.beds",
                        "eldercare.supervision.col.planned",
                        "eldercare.supervision.col.done",
                        "eldercare.supervision.col.late",
                        "eldercare.supervision.col.onTime",
                        "eldercare.supervision.col.rating",
                        "eldercare.supervision.col.complaints",
                        "eldercare.supervision.anomaly.overlap",
                        "eldercare.supervision.anomaly.check-out-before-check-in",
                        "eldercare.supervision.anomaly.too-short",
                        "eldercare.supervision.anomaly.missed",
                        "eldercare.supervision.col.openAnomalies")
                .stream()
                .map(messages::get)
                .toList();
    }

    private static List<Object> figureCells(String name, ServiceFigures f) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        cells.add(f.beds());
        cells.add(f.planned());
        cells.add(f.done());
        cells.add(f.late());
        cells.add(f.onTimePercent() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", f.onTimePercent()));
        cells.add(f.averageRating() == null ? "—" : String.format(Locale.ROOT, "%.2f", f.averageRating()));
        cells.add(f.complaints() == null ? "—" : f.complaints());
        cells.add(f.overlaps());
        cells.add(f.checkOutsBeforeCheckIn());
        cells.add(f.tooShort());
        cells.add(f.missed());
        cells.add(f.openAnomalies());
        return cells;
    }

    private List<String> visitHeaders() {
        return List.of(
                        "eldercare.supervision.visit.scheduledOn",
                        "eldercare.supervision.visit.item",
                        "eldercare.supervision.visit.elder",
                        "eldercare.supervision.visit.caregiver",
                        "eldercare.supervision.visit.status",
                        "eldercare.supervision.visit.checkedIn",
                        "eldercare.supervision.visit.checkedOut",
                        "eldercare.supervision.visit.minutes",
                        "eldercare.supervision.visit.rating",
                        "eldercare.supervision.visit.anomalies")
                .stream()
                .map(messages::get)
                .toList();
    }

    private List<Object> visitCells(VisitLine visit) {
        List<Object> cells = new ArrayList<>();
        cells.add(visit.scheduledOn().toString());
        cells.add(visit.item());
        cells.add(visit.elderName());
        cells.add(visit.caregiverName() == null ? "" : visit.caregiverName());
        cells.add(messages.get(visit.status().messageKey()));
        cells.add(visit.checkedIn() == null ? "" : visit.checkedIn().format(TIME));
        cells.add(visit.checkedOut() == null ? "" : visit.checkedOut().format(TIME));
        cells.add(visit.minutes() == null ? "" : visit.minutes());
        cells.add(visit.rating() == null ? "" : visit.rating());
        cells.add(String.join(
                "、",
                visit.anomalies().stream()
                        .map(flag -> messages.get(flag.messageKey()))
                        .toList()));
        return cells;
    }

    /** A provider id from the query string; anything else than a plain number is not there. */
    private static Long providerId(String provider) {
        if (provider.isBlank()) {
            return null;
        }
        if (provider.length() > 18 || !provider.chars().allMatch(Character::isDigit)) {
            throw new NotFoundException("Provider");
        }
        return Long.parseLong(provider);
    }

    private static String pageBase(YearMonth month, Drilldown at, VisitFilter filter) {
        return "?month=" + month + "&region=" + at.regionCode() + "&provider=" + at.providerId() + "&status="
                + encode(filter.statusParameter()) + "&anomaly=" + encode(filter.anomalyParameter()) + "&";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
