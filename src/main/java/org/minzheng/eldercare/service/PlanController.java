package org.minzheng.eldercare.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
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

/** 服务计划与派单: the month's plans of the beds in the staff member's area, planning and dispatching them. */
@Controller
@RequestMapping(PlanController.BASE)
@PreAuthorize("hasAuthority('" + ServiceConsole.VIEW + "')")
class PlanController {

    static final String BASE = "/console/eldercare/service-plans";
    private static final String DISPATCH = "hasAuthority('" + ServiceConsole.DISPATCH + "')";

    private final VisitRepository visits;
    private final ServicePlanning planning;
    private final Dispatch dispatch;
    private final Regions regions;
    private final Messages messages;

    PlanController(
            VisitRepository visits, ServicePlanning planning, Dispatch dispatch, Regions regions, Messages messages) {
        this.visits = visits;
        this.planning = planning;
        this.dispatch = dispatch;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String month, @RequestParam(required = false) Long provider, Model model) {
        YearMonth chosen = MonthParameter.parse(month, YearMonth.from(planning.today()));
        var scope = CurrentStaff.scope();
        List<PlanView> plans = visits.plans(chosen, scope, provider);
        model.addAttribute("month", chosen);
        model.addAttribute("plannable", planning.plannable(chosen));
        model.addAttribute("plans", plans);
        model.addAttribute("unplanned", visits.bedsWithoutPlan(chosen, scope));
        model.addAttribute("villageNames", villageNames());
        model.addAttribute(
                "totalFen", plans.stream().mapToLong(PlanView::plannedFen).sum());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "eldercare/service/plans";
    }

    @PostMapping
    @PreAuthorize(DISPATCH)
    String plan(@RequestParam String month, RedirectAttributes redirect) {
        YearMonth chosen = MonthParameter.parse(month, YearMonth.from(planning.today()));
        try {
            int made = planning.plan(
                    chosen, CurrentStaff.scope(), CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.plan.flash.planned", made));
        } catch (ServiceRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + BASE + "?month=" + chosen;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        PlanView plan = visible(id);
        model.addAttribute("plan", plan);
        model.addAttribute("villageName", regions.nameOf(org.minzheng.shared.RegionCode.of(plan.regionCode())));
        model.addAttribute("visits", visits.visitsOfPlan(id));
        model.addAttribute("caregivers", visits.caregivers(plan.providerId()));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "eldercare/service/plan";
    }

    @PostMapping("/{id}/dispatch")
    @PreAuthorize(DISPATCH)
    String dispatch(
            @PathVariable long id, @RequestParam(required = false) Long caregiver, RedirectAttributes redirect) {
        PlanView plan = visible(id);
        try {
            if (caregiver == null) {
                throw new ServiceRefusedException("eldercare.dispatch.refused.caregiver");
            }
            int sent = dispatch.dispatchPlan(
                    plan, caregiver, CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.dispatch.flash.sent", sent));
        } catch (ServiceRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private PlanView visible(long id) {
        return visits.plan(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("eldercare plan " + id));
    }

    private Map<String, String> villageNames() {
        return regions.within(CurrentStaff.scope()).stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE)
                .collect(Collectors.toMap(r -> r.code().value(), RegionSummary::name));
    }
}
