package org.minzheng.childwelfare.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's rehabilitation: assessments with their progress chart, and the active plan with its goals and
 * weekly schedule. Forms with errors are shown again on the page with status 422 and nothing stored.
 */
@Controller
@RequestMapping("/console/childwelfare/children/{childId}/rehabilitation")
@PreAuthorize("hasAuthority('" + ChildPlanConsole.VIEW + "')")
class ChildPlanController {

    private static final String MANAGE = "hasAuthority('" + ChildPlanConsole.MANAGE + "')";

    private final ChildPlanRepository plans;
    private final ChildPlanService service;
    private final Messages messages;

    ChildPlanController(ChildPlanRepository plans, ChildPlanService service, Messages messages) {
        this.plans = plans;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long childId, Model model) {
        return page(visible(childId), model);
    }

    @PostMapping("/assessments")
    @PreAuthorize(MANAGE)
    String assess(
            @PathVariable long childId,
            @Valid @ModelAttribute("assessmentForm") AssessmentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlanChild child = visible(childId);
        if (!errors.hasErrors()) {
            try {
                service.recordAssessment(child, form, CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.plan.flash.assessed"));
                return "redirect:" + base(childId);
            } catch (PlanRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.args(), null);
            }
        }
        return again(child, model, response);
    }

    @PostMapping("/plans")
    @PreAuthorize(MANAGE)
    String createPlan(
            @PathVariable long childId,
            @Valid @ModelAttribute("planForm") NewPlanForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlanChild child = visible(childId);
        if (!errors.hasErrors()) {
            try {
                var plan =
                        service.createPlan(child, form, CurrentStaff.require().username());
                redirect.addFlashAttribute(
                        "flashSuccess", messages.get("childwelfare.plan.flash.created", plan.scheduleLinesCarried()));
                return "redirect:" + base(childId);
            } catch (PlanRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.args(), null);
            }
        }
        return again(child, model, response);
    }

    @PostMapping("/goals")
    @PreAuthorize(MANAGE)
    String addGoal(
            @PathVariable long childId,
            @Valid @ModelAttribute("goalForm") GoalForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlanChild child = visible(childId);
        ActivePlan plan = activePlan(child);
        if (!errors.hasErrors()) {
            try {
                service.addGoal(child, plan, form.goal());
                redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.plan.flash.goalAdded"));
                return "redirect:" + base(childId);
            } catch (PlanRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.args(), null);
            }
        }
        return again(child, model, response);
    }

    @PostMapping("/goals/{goalId}/met")
    @PreAuthorize(MANAGE)
    String goalMet(
            @PathVariable long childId,
            @PathVariable long goalId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn,
            RedirectAttributes redirect) {
        PlanChild child = visible(childId);
        ActivePlan plan = activePlan(child);
        try {
            service.markGoalMet(child, plan, goalId, metOn == null ? service.today() : metOn);
            redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.plan.flash.goalMet"));
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + base(childId);
    }

    @PostMapping("/schedule")
    @PreAuthorize(MANAGE)
    String addScheduleRow(
            @PathVariable long childId,
            @Valid @ModelAttribute("scheduleForm") ScheduleForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PlanChild child = visible(childId);
        ActivePlan plan = activePlan(child);
        if (!errors.hasErrors()) {
            try {
                service.addScheduleRow(child, plan, form);
                redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.plan.flash.scheduled"));
                return "redirect:" + base(childId) + "#schedule";
            } catch (PlanRefused refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.args(), null);
            }
        }
        return again(child, model, response);
    }

    @PostMapping("/schedule/{rowId}/delete")
    @PreAuthorize(MANAGE)
    String removeScheduleRow(@PathVariable long childId, @PathVariable long rowId, RedirectAttributes redirect) {
        PlanChild child = visible(childId);
        ActivePlan plan = activePlan(child);
        try {
            service.removeScheduleRow(child, plan, rowId);
            redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.plan.flash.unscheduled"));
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + base(childId) + "#schedule";
    }

    private String again(PlanChild child, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("formHasErrors", true);
        return page(child, model);
    }

    /** The page; forms already in the model (shown again with their errors) are kept. */
    private String page(PlanChild child, Model model) {
        LocalDate today = service.today();
        List<ChildAssessment> assessments = plans.assessments(child.id());
        model.addAttribute("child", child);
        model.addAttribute("base", base(child.id()));
        model.addAttribute("today", today);
        model.addAttribute("domains", Domain.values());
        model.addAttribute("assessments", assessments);
        model.addAttribute("chart", ProgressChart.of(assessments));
        var plan = plans.activePlan(child.id()).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("overdue", plan != null && plan.reviewOverdue(today));
        List<ScheduleRow> schedule = plan == null ? List.of() : plans.schedule(plan.id());
        model.addAttribute("goals", plan == null ? List.of() : plans.goals(plan.id()));
        model.addAttribute("schedule", schedule);
        model.addAttribute("daily", DailyMinutes.of(schedule));
        model.addAttribute(
                "weeklyMinutes",
                schedule.stream().mapToInt(ScheduleRow::minutes).sum());
        model.addAttribute("dailyTarget", PlanRules.DAILY_TARGET_MINUTES);
        model.addAttribute("reviewMonths", PlanRules.REVIEW_MONTHS);
        model.addAttribute("therapies", plans.therapies());
        model.addAttribute("therapists", plans.therapists(child.institutionId()));
        if (!model.containsAttribute("assessmentForm")) {
            model.addAttribute("assessmentForm", AssessmentForm.on(today));
        }
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", NewPlanForm.from(today));
        }
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", new GoalForm(""));
        }
        if (!model.containsAttribute("scheduleForm")) {
            model.addAttribute("scheduleForm", ScheduleForm.empty());
        }
        return "childwelfare/plan/child";
    }

    private PlanChild visible(long childId) {
        return plans.child(childId, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("childwelfare child " + childId));
    }

    private ActivePlan activePlan(PlanChild child) {
        return plans.activePlan(child.id())
                .orElseThrow(() -> new NotFoundException("active plan of childwelfare child " + child.id()));
    }

    private static String base(long childId) {
        return "/console/childwelfare/children/" + childId + "/rehabilitation";
    }
}
