package org.minzheng.rescue.search;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 滞留人员: every unidentified person not released in the scope's stations, longest stay first, with what the search
 * has done for them; the county sees its station, the city all.
 */
@Controller
@RequestMapping(StrandedController.BASE)
@PreAuthorize("hasAuthority('rescue:search:view')")
class StrandedController {

    static final String BASE = "/console/rescue/stranded";
    static final List<StepKind> SHOWN_KINDS =
            List.of(StepKind.FINGERPRINT, StepKind.FACE, StepKind.DNA, StepKind.NATIONAL_NOTICE, StepKind.LIVE_STREAM);

    private final FamilySearchRepository searches;
    private final FamilySearchService service;
    private final Messages messages;
    private final AuditLog audit;

    StrandedController(
            FamilySearchRepository searches, FamilySearchService service, Messages messages, AuditLog audit) {
        this.searches = searches;
        this.service = service;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String dashboard(Model model) {
        fill(model);
        return "rescue/search/stranded";
    }

    @GetMapping("/print")
    String print(Model model) {
        fill(model);
        return "rescue/search/stranded-print";
    }

    @GetMapping("/export")
    void export(HttpServletResponse response) {
        List<SearchRow> rows = rows(CurrentStaff.scope(), service.now());
        audit.record(AuditEvent.operation(
                        "rescue.search.stranded.export",
                        "rescue.family-search",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " rows"));
        List<String> headers = new java.util.ArrayList<>(List.of(
                messages.get("rescue.search.case"),
                messages.get("rescue.search.person"),
                messages.get("rescue.search.station"),
                messages.get("rescue.search.admittedAt"),
                messages.get("rescue.search.days")));
        SHOWN_KINDS.forEach(k -> headers.add(messages.get(k.messageKey())));
        headers.add(messages.get("rescue.search.lastStep"));
        headers.add(messages.get("rescue.search.flags"));
        ExcelExport.write(
                response,
                messages.get("rescue.search.stranded.export.file"),
                headers,
                rows.stream()
                        .map(r -> {
                            List<Object> line = new java.util.ArrayList<>(List.of(
                                    r.caseNumber(),
                                    (r.name() == null ? messages.get("rescue.search.unnamed") : r.name()) + " "
                                            + messages.get("rescue.search.sex." + r.sex())
                                            + (r.age() == null ? "" : " " + r.age()),
                                    r.stationName(),
                                    SearchTime.INSTANCE.of(r.admittedAt()),
                                    r.days()));
                            SHOWN_KINDS.forEach(k -> line.add(r.kinds().contains(k) ? "✓" : "—"));
                            line.add(SearchTime.INSTANCE.day(r.lastStep()));
                            line.add(String.join(
                                    "、",
                                    FamilySearchController.FLAGS.stream()
                                            .filter(r::hasFlag)
                                            .map(f -> messages.get("rescue.search.flag." + f))
                                            .toList()));
                            return line;
                        })
                        .toList());
    }

    private void fill(Model model) {
        DataScope scope = CurrentStaff.scope();
        List<SearchRow> rows = rows(scope, service.now());
        Map<String, Long> perStation = new LinkedHashMap<>();
        rows.stream().filter(SearchRow::stranded).forEach(r -> perStation.merge(r.stationName(), 1L, Long::sum));
        int year = service.today().getYear();
        model.addAttribute("rows", rows);
        model.addAttribute("unidentified", rows.size());
        model.addAttribute(
                "strandedNow", rows.stream().filter(SearchRow::stranded).count());
        model.addAttribute(
                "settlement", rows.stream().filter(SearchRow::settlementDue).count());
        model.addAttribute("perStation", perStation);
        model.addAttribute("reunited", searches.reunitedIn(scope, year));
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("kinds", SHOWN_KINDS);
        model.addAttribute("times", SearchTime.INSTANCE);
        model.addAttribute("printedOn", service.today());
    }

    private List<SearchRow> rows(DataScope scope, Instant now) {
        return searches.stranded(scope, now).stream()
                .sorted(Comparator.comparingLong(SearchRow::days).reversed())
                .toList();
    }
}
