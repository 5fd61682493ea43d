package org.minzheng.childwelfare.session;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.childwelfare.plan.PlannedDay;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 今日康复: the therapist's tablet or phone. Today's children of the therapist's home with their minutes
 * against the daily target and the plan's therapies of the day to tick off, a form for any other session,
 * and the therapist's own sessions of the last days to correct. Works without scripts.
 */
@Controller
@RequestMapping(TherapistSessionController.BASE)
@PreAuthorize("hasAuthority('" + SessionConsole.RECORD + "')")
class TherapistSessionController {

    static final String BASE = "/console/childwelfare/sessions/today";

    /** A therapy the child's plan schedules today; status is what has been recorded for it, if anything. */
    record PlannedRow(String therapyCode, int minutes, boolean mine, String status) {}

    /** A child on today's page with the plan's therapies of the day. */
    record ChildToday(TherapySessionRepository.TodayChild child, List<PlannedRow> planned) {}

    private final TherapySessions sessions;
    private final TherapySessionRepository repository;
    private final PlannedDay plannedDay;
    private final Messages messages;

    TherapistSessionController(
            TherapySessions sessions, TherapySessionRepository repository, PlannedDay plannedDay, Messages messages) {
        this.sessions = sessions;
        this.repository = repository;
        this.plannedDay = plannedDay;
        this.messages = messages;
    }

    @GetMapping
    String today(Model model) {
        return page(SessionForm.on(sessions.today()), model);
    }

    @PostMapping("/sessions")
    String record(
            @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Therapist therapist = therapist();
        if (!errors.hasErrors()) {
            try {
                sessions.record(therapist, form, CurrentStaff.scope());
                redirect.addFlashAttribute(
                        "flashSuccess",
                        messages.get(
                                form.missed()
                                        ? "childwelfare.session.flash.missed"
                                        : "childwelfare.session.flash.recorded"));
                return "redirect:" + BASE;
            } catch (SessionRefused refused) {
                reject(errors, refused, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(form, model);
    }

    @GetMapping("/sessions/{id}")
    String edit(@PathVariable long id, Model model) {
        var session = sessions.own(therapist(), id, CurrentStaff.scope());
        return editPage(session, session.form(), model);
    }

    @PostMapping("/sessions/{id}")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Therapist therapist = therapist();
        var session = sessions.own(therapist, id, CurrentStaff.scope());
        if (!errors.hasErrors()) {
            try {
                sessions.correct(therapist, id, form, CurrentStaff.scope());
                redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.session.flash.corrected"));
                return "redirect:" + BASE;
            } catch (SessionRefused refused) {
                reject(errors, refused, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return editPage(session, form, model);
    }

    @PostMapping("/sessions/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        sessions.delete(therapist(), id, CurrentStaff.scope());
        redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.session.flash.deleted"));
        return "redirect:" + BASE;
    }

    private String page(SessionForm form, Model model) {
        LocalDate today = sessions.today();
        var therapist = sessions.therapistOf(CurrentStaff.require().username()).orElse(null);
        model.addAttribute("linked", therapist != null);
        model.addAttribute("today", today);
        model.addAttribute("target", TherapySessions.DAILY_TARGET_MINUTES);
        model.addAttribute("earliest", today.minusDays(TherapySessions.DAYS_BACK));
        model.addAttribute("therapyTypes", repository.therapyTypes());
        model.addAttribute("therapyNames", therapyNames());
        model.addAttribute("reasons", MissedReason.values());
        model.addAttribute("sessionForm", form);
        if (therapist == null) {
            model.addAttribute("children", List.of());
            model.addAttribute("mine", List.of());
            return "childwelfare/session/today";
        }
        model.addAttribute("therapist", therapist);
        model.addAttribute("children", childrenToday(therapist, today));
        model.addAttribute(
                "mine",
                repository.mine(therapist.id(), today.minusDays(TherapySessions.DAYS_BACK), CurrentStaff.scope()));
        return "childwelfare/session/today";
    }

    private String editPage(TherapySessions.OwnSession session, SessionForm form, Model model) {
        LocalDate today = sessions.today();
        model.addAttribute("entry", session);
        model.addAttribute("today", today);
        model.addAttribute("earliest", today.minusDays(TherapySessions.DAYS_BACK));
        model.addAttribute("therapyTypes", repository.therapyTypes());
        model.addAttribute("reasons", MissedReason.values());
        model.addAttribute("sessionForm", form);
        return "childwelfare/session/edit";
    }

    private List<ChildToday> childrenToday(Therapist therapist, LocalDate today) {
        Map<String, List<String>> recorded = new HashMap<>();
        for (var r : repository.recordedOn(therapist.institutionId(), today, CurrentStaff.scope())) {
            recorded.computeIfAbsent(r.childId() + "/" + r.therapyCode(), k -> new ArrayList<>())
                    .add(r.status());
        }
        List<ChildToday> children = new ArrayList<>();
        for (var child : repository.childrenOn(therapist.institutionId(), today, CurrentStaff.scope())) {
            List<PlannedRow> planned = new ArrayList<>();
            for (var therapy : plannedDay.of(child.id(), today)) {
                List<String> done = recorded.getOrDefault(child.id() + "/" + therapy.therapyCode(), new ArrayList<>());
                String status = done.isEmpty() ? null : done.remove(0);
                planned.add(new PlannedRow(
                        therapy.therapyCode(),
                        therapy.minutes(),
                        therapy.therapistId() == null || therapy.therapistId() == therapist.id(),
                        status));
            }
            children.add(new ChildToday(child, planned));
        }
        return children;
    }

    private Map<String, String> therapyNames() {
        Map<String, String> names = new HashMap<>();
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        for (TherapyType type : repository.therapyTypes()) {
            names.put(type.code(), type.name(locale));
        }
        return names;
    }

    private static void reject(BindingResult errors, SessionRefused refused, Model model) {
        if (refused.field() == null) {
            errors.reject(refused.messageKey());
            model.addAttribute("refusal", refused.messageKey());
        } else {
            errors.rejectValue(refused.field(), refused.messageKey());
        }
    }

    private Therapist therapist() {
        return sessions.therapistOf(CurrentStaff.require().username())
                .orElseThrow(() -> new NotFoundException(
                        "therapist " + CurrentStaff.require().username()));
    }
}
