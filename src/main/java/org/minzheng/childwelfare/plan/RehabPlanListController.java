package org.minzheng.childwelfare.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** All active plans in the staff member's area, soonest review first, with those past review flagged. */
@Controller
@RequestMapping("/console/childwelfare/plans")
@PreAuthorize("hasAuthority('" + ChildPlanConsole.VIEW + "')")
class RehabPlanListController {

    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;

    private final ChildPlanRepository plans;
    private final ChildPlanService service;
    private final Messages messages;
    private final AuditLog audit;

    RehabPlanListController(ChildPlanRepository plans, ChildPlanService service, Messages messages, AuditLog audit) {
        this.plans = plans;
        this.service = service;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var found = plans.activePlans(
                CurrentStaff.scope(), overdue, service.today(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("overdue", overdue);
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?overdue=" + overdue + "&");
        model.addAttribute("exportLink", "/console/childwelfare/plans/export?overdue=" + overdue);
        return "childwelfare/plan/list";
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response) {
        List<PlanListing> rows = plans.exportActivePlans(CurrentStaff.scope(), overdue, service.today(), EXPORT_LIMIT);
        audit.record(AuditEvent.operation(
                        "childwelfare.plan.export",
                        "childwelfare.plan",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " rows, overdue=" + overdue));
        ExcelExport.write(
                response,
                messages.get("childwelfare.plan.export.file"),
                List.of(
                        messages.get("childwelfare.plan.child"),
                        messages.get("childwelfare.plan.startsOn"),
                        messages.get("childwelfare.plan.reviewDueOn"),
                        messages.get("childwelfare.plan.minutesPerWeek"),
                        messages.get("childwelfare.plan.therapists"),
                        messages.get("childwelfare.plan.reviewState")),
                rows.stream()
                        .map(row -> List.<Object>of(
                                row.childName(),
                                row.startsOn().toString(),
                                row.reviewDueOn().toString(),
                                row.minutesPerWeek(),
                                row.therapists(),
                                row.overdue() ? messages.get("childwelfare.plan.overdue") : ""))
                        .toList());
    }
}
