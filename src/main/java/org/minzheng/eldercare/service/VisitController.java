package org.minzheng.eldercare.service;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.validation.PlainTextValidator;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.MonthParameter;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 服务工单: every visit in the staff member's area, one visit with its record, photos and flags, and review. */
@Controller
@RequestMapping(VisitController.BASE)
@PreAuthorize("hasAuthority('" + ServiceConsole.VIEW + "')")
class VisitController {

    static final String BASE = "/console/eldercare/visits";
    private static final int PAGE_SIZE = 30;
    private static final int EXPORT_LIMIT = 50_000;
    private static final int MAX_NOTE = 200;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final VisitRepository visits;
    private final Dispatch dispatch;
    private final AnomalyReview review;
    private final VisitPhotos photos;
    private final ServicePlanning planning;
    private final Regions regions;
    private final Messages messages;

    VisitController(
            VisitRepository visits,
            Dispatch dispatch,
            AnomalyReview review,
            VisitPhotos photos,
            ServicePlanning planning,
            Regions regions,
            Messages messages) {
        this.visits = visits;
        this.dispatch = dispatch;
        this.review = review;
        this.photos = photos;
        this.planning = planning;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(required = false) Long provider,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        VisitSearch search = search(month, status, village, provider, flagged);
        var found = visits.search(search, CurrentStaff.scope(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("statuses", VisitStatus.values());
        List<RegionSummary> villages = villages();
        model.addAttribute("villages", villages);
        model.addAttribute(
                "villageNames",
                villages.stream().collect(Collectors.toMap(v -> v.code().value(), RegionSummary::name)));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", query(search));
        return "eldercare/service/visits";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(required = false) Long provider,
            @RequestParam(defaultValue = "false") boolean flagged,
            HttpServletResponse response) {
        VisitSearch search = search(month, status, village, provider, flagged);
        Map<String, String> names =
                villages().stream().collect(Collectors.toMap(v -> v.code().value(), RegionSummary::name));
        List<List<Object>> rows = new ArrayList<>();
        for (VisitRow row : visits.export(search, CurrentStaff.scope(), EXPORT_LIMIT)) {
            rows.add(List.of(
                    row.id(),
                    row.scheduledOn().toString(),
                    row.elderName(),
                    names.getOrDefault(row.regionCode(), row.regionCode()),
                    row.providerName(),
                    row.itemName(),
                    row.caregiverName() == null ? "" : row.caregiverName(),
                    messages.get(row.status().messageKey()),
                    time(row.checkedInAt()),
                    time(row.checkedOutAt()),
                    row.rating() == null ? "" : row.rating(),
                    row.anomalies()));
        }
        ExcelExport.write(
                response,
                messages.get("eldercare.visit.export.name", search.month().toString()),
                List.of(
                        messages.get("eldercare.visit.id"),
                        messages.get("eldercare.visit.scheduledOn"),
                        messages.get("eldercare.visit.elder"),
                        messages.get("eldercare.visit.village"),
                        messages.get("eldercare.visit.provider"),
                        messages.get("eldercare.visit.item"),
                        messages.get("eldercare.visit.caregiver"),
                        messages.get("eldercare.visit.status"),
                        messages.get("eldercare.visit.checkedInAt"),
                        messages.get("eldercare.visit.checkedOutAt"),
                        messages.get("eldercare.visit.rating"),
                        messages.get("eldercare.visit.anomalies")),
                rows);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        VisitDetails visit = visible(id);
        model.addAttribute("visit", visit);
        model.addAttribute("villageName", regions.nameOf(RegionCode.of(visit.regionCode())));
        model.addAttribute("anomalies", visits.anomalies(id));
        model.addAttribute("photos", photos.of(id));
        model.addAttribute("caregivers", visits.caregivers(visit.providerId()));
        return "eldercare/service/visit";
    }

    @GetMapping("/{id}/photos/{file}")
    void photo(@PathVariable long id, @PathVariable String file, HttpServletResponse response) throws IOException {
        visible(id);
        photos.stream(id, file, response);
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('" + ServiceConsole.DISPATCH + "')")
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) Long caregiver,
            @RequestParam(defaultValue = "") String day,
            RedirectAttributes redirect) {
        VisitDetails visit = visible(id);
        try {
            if (caregiver == null) {
                throw new ServiceRefusedException("eldercare.dispatch.refused.caregiver");
            }
            dispatch.assign(visit, caregiver, day(day), CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.dispatch.flash.assigned"));
        } catch (ServiceRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/anomalies/{kind}")
    @PreAuthorize("hasAuthority('" + ServiceConsole.REVIEW + "')")
    String review(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(required = false) Boolean valid,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        VisitDetails visit = visible(id);
        AnomalyKind anomaly = parse(kind);
        String cleaned = note.strip();
        if (valid == null
                || cleaned.isEmpty()
                || cleaned.length() > MAX_NOTE
                || !new PlainTextValidator().isValid(cleaned, null)) {
            redirect.addFlashAttribute("flashError", messages.get("eldercare.anomaly.refused.note", MAX_NOTE));
            return "redirect:" + BASE + "/" + id;
        }
        try {
            review.review(visit, anomaly, valid, cleaned, CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.anomaly.flash.reviewed"));
        } catch (ServiceRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** Blank keeps the day; anything but a date is refused like a day outside the month. */
    private static LocalDate day(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.MIN;
        }
    }

    private static AnomalyKind parse(String kind) {
        for (AnomalyKind candidate : AnomalyKind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        throw new NotFoundException("anomaly kind " + kind);
    }

    private VisitSearch search(String month, String status, String village, Long provider, boolean flagged) {
        YearMonth chosen = MonthParameter.parse(month, YearMonth.from(planning.today()));
        String knownStatus = java.util.Arrays.stream(VisitStatus.values())
                        .anyMatch(s -> s.name().equals(status))
                ? status
                : "";
        String knownVillage = village.matches("[0-9]{12}") ? village : "";
        return new VisitSearch(chosen, knownStatus, knownVillage, provider, flagged);
    }

    private static String query(VisitSearch search) {
        return "?month=" + search.month() + "&status=" + encode(search.status()) + "&village="
                + encode(search.village()) + (search.providerId() == null ? "" : "&provider=" + search.providerId())
                + (search.flagged() ? "&flagged=true" : "") + "&";
    }

    private List<RegionSummary> villages() {
        return regions.within(CurrentStaff.scope()).stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE)
                .toList();
    }

    private VisitDetails visible(long id) {
        return visits.details(id, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("eldercare visit " + id));
    }

    private static String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(BEIJING));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
