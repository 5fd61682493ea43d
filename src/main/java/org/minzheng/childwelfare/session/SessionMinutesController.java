package org.minzheng.childwelfare.session;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.MonthParameter;
import org.minzheng.shared.web.PageLinks;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 训练记录: the minutes each child received on a day and in a month against the daily target, the
 * therapists' workload and the missed sessions with their reasons, within the staff member's scope.
 */
@Controller
@RequestMapping(SessionMinutesController.BASE)
@PreAuthorize("hasAuthority('" + SessionConsole.VIEW + "')")
class SessionMinutesController {

    static final String BASE = "/console/childwelfare/sessions";
    private static final int PAGE_SIZE = 30;
    private static final int MISSED_SHOWN = 100;
    private static final int EXPORT_LIMIT = 50_000;
    private static final int MAX_NAME = 50;

    private final TherapySessionRepository repository;
    private final TherapySessions sessions;
    private final Messages messages;

    SessionMinutesController(TherapySessionRepository repository, TherapySessions sessions, Messages messages) {
        this.repository = repository;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping
    String minutes(
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean below,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate today = sessions.today();
        LocalDate chosenDay = day(day, today);
        YearMonth chosenMonth = MonthParameter.parse(month, YearMonth.from(chosenDay));
        String name = name(q);
        var scope = CurrentStaff.scope();
        var found = repository.minutes(
                chosenDay, chosenMonth, name, below, today, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("day", chosenDay);
        model.addAttribute("month", chosenMonth);
        model.addAttribute("q", name);
        model.addAttribute("below", below);
        model.addAttribute("target", TherapySessions.DAILY_TARGET_MINUTES);
        model.addAttribute("rows", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", query(chosenDay, chosenMonth, name, below));
        model.addAttribute("workload", repository.workload(chosenDay, chosenMonth, scope));
        model.addAttribute("missed", repository.missed(chosenMonth, scope, MISSED_SHOWN));
        model.addAttribute("missedTotal", repository.missedCount(chosenMonth, scope));
        model.addAttribute("therapyNames", therapyNames());
        return "childwelfare/session/minutes";
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "") String month, HttpServletResponse response) {
        YearMonth chosen = MonthParameter.parse(month, YearMonth.from(sessions.today()));
        Map<String, String> therapies = therapyNames();
        List<List<Object>> rows = new ArrayList<>();
        for (var row : repository.export(chosen, CurrentStaff.scope(), EXPORT_LIMIT)) {
            rows.add(List.of(
                    row.id(),
                    row.day().toString(),
                    row.childName(),
                    therapies.getOrDefault(row.therapyCode(), row.therapyCode()),
                    row.therapistName() == null ? "" : row.therapistName(),
                    messages.get("childwelfare.session.status." + row.status()),
                    row.minutes(),
                    row.reason() == null ? "" : messages.get("childwelfare.session.reason." + row.reason()),
                    row.costFen() / 100.0,
                    row.notes() == null ? "" : row.notes()));
        }
        ExcelExport.write(
                response,
                messages.get("childwelfare.session.export.name", chosen.toString()),
                List.of(
                        messages.get("childwelfare.session.id"),
                        messages.get("childwelfare.session.day"),
                        messages.get("childwelfare.session.child"),
                        messages.get("childwelfare.session.therapy"),
                        messages.get("childwelfare.session.therapist"),
                        messages.get("childwelfare.session.status"),
                        messages.get("childwelfare.session.minutes"),
                        messages.get("childwelfare.session.missedReason"),
                        messages.get("childwelfare.session.costYuan"),
                        messages.get("childwelfare.session.notes")),
                rows);
    }

    private Map<String, String> therapyNames() {
        Map<String, String> names = new HashMap<>();
        for (TherapyType type : repository.therapyTypes()) {
            names.put(type.code(), type.name(LocaleContextHolder.getLocale()));
        }
        return names;
    }

    private static String query(LocalDate day, YearMonth month, String name, boolean below) {
        return "?day=" + day + "&month=" + month + "&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + (below ? "&below=true" : "") + "&";
    }

    private static String name(String q) {
        String name = q == null ? "" : q.strip();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    static LocalDate day(String text, LocalDate otherwise) {
        if (text == null || text.isBlank() || text.length() > 10) {
            return otherwise;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return day.getYear() < 2000 || day.getYear() > 2100 ? otherwise : day;
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
