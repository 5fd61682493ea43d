package org.minzheng.childwelfare.supervision;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.MonthParameter;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 两院监督评价: the month's indicators of the welfare home's rehabilitation with a twelve-month trend, and the
 * monthly evaluation forms — the home fills its own, the hospital its own; each sees both.
 */
@Controller
@RequestMapping(RehabSupervisionController.BASE)
@PreAuthorize("hasAuthority('" + RehabSupervisionConsole.VIEW + "')")
class RehabSupervisionController {

    static final String BASE = "/console/childwelfare/supervision";
    private static final int TREND_MONTHS = 12;

    private final SupervisionRecords records;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    RehabSupervisionController(SupervisionRecords records, AuditLog audit, Messages messages, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** One month's bar of the trend chart. */
    record TrendBar(String label, int percent, int y, int width, String satisfaction) {}

    @GetMapping
    String show(
            @RequestParam(required = false) Long institution,
            @RequestParam(defaultValue = "") String month,
            Model model) {
        var institutions = records.institutions(CurrentStaff.scope());
        if (institutions.isEmpty()) {
            model.addAttribute("institutions", institutions);
            return "childwelfare/supervision/centre";
        }
        var chosen = institution == null
                ? institutions.get(0)
                : institutions.stream()
                        .filter(i -> i.id() == institution)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("institution " + institution));
        YearMonth chosenMonth = month(month);
        return page(chosen, chosenMonth, null, model);
    }

    @PostMapping("/evaluations")
    @Transactional
    String evaluate(
            @RequestParam long institution,
            @RequestParam(defaultValue = "") String month,
            @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var chosen = records.institutions(CurrentStaff.scope()).stream()
                .filter(i -> i.id() == institution)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("institution " + institution));
        YearMonth chosenMonth = month(month);
        if (form.evaluator() == null || !mayFill(form.evaluator())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            throw new org.springframework.security.access.AccessDeniedException("evaluator " + form.evaluator());
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(chosen, chosenMonth, form, model);
        }
        records.save(chosen.id(), chosenMonth, form, CurrentStaff.require().username());
        audit.record(AuditEvent.operation(
                        "childwelfare.evaluation.save",
                        "childwelfare.institution",
                        String.valueOf(chosen.id()),
                        CurrentStaff.scope().root())
                .withDetail(chosenMonth + " " + form.evaluator()));
        redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.evaluation.flash.saved"));
        return "redirect:" + BASE + "?institution=" + chosen.id() + "&month=" + chosenMonth;
    }

    private String page(
            SupervisionRecords.Institution institution, YearMonth month, EvaluationForm failed, Model model) {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        model.addAttribute("institutions", records.institutions(CurrentStaff.scope()));
        model.addAttribute("institution", institution);
        model.addAttribute("month", month);
        model.addAttribute("indicators", records.indicators(institution.id(), month, yesterday));
        List<TrendBar> trend = new ArrayList<>();
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            YearMonth m = month.minusMonths(back);
            MonthIndicators i = records.indicators(institution.id(), m, yesterday);
            int row = TREND_MONTHS - 1 - back;
            trend.add(new TrendBar(
                    m.toString(),
                    i.deliveredPercent(),
                    8 + row * 22,
                    Math.min(300, i.deliveredPercent() * 2),
                    i.satisfactionText()));
        }
        model.addAttribute("trend", trend);
        for (String side : List.of("HOME", "HOSPITAL")) {
            var saved = records.evaluation(institution.id(), month, side).orElse(null);
            model.addAttribute("evaluation" + side, saved);
        }
        String mine = mayFill("HOME") ? "HOME" : mayFill("HOSPITAL") ? "HOSPITAL" : null;
        model.addAttribute("mySide", mine);
        if (mine != null) {
            EvaluationForm form = failed != null
                    ? failed
                    : records.evaluation(institution.id(), month, mine)
                            .map(e -> new EvaluationForm(
                                    mine, e.hoursScore(), e.goalsScore(), e.satisfaction(), e.comments()))
                            .orElse(EvaluationForm.empty(mine));
            model.addAttribute("evaluationForm", form);
        }
        return "childwelfare/supervision/centre";
    }

    private static boolean mayFill(String evaluator) {
        String authority = "HOME".equals(evaluator) ? RehabSupervisionConsole.HOME : RehabSupervisionConsole.HOSPITAL;
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    private YearMonth month(String text) {
        return MonthParameter.notAfter(text, YearMonth.now(clock));
    }
}
