package org.minzheng.childwelfare.child;

import java.time.LocalDate;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The child's page with its forms. Shared by showing the page and by re-showing it after a rejected form, so the
 * rejected form keeps what was typed and its messages while the other forms start afresh.
 */
@Component
class ChildProfilePage {

    static final String VIEW = "childwelfare/child/show";

    private final ChildService children;

    ChildProfilePage(ChildService children) {
        this.children = children;
    }

    String render(long id, Model model) {
        ChildDetails child =
                children.details(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("child"));
        ChildSummary s = child.summary();
        LocalDate today = ChildService.today();
        model.addAttribute("child", child);
        model.addAttribute("age", s.ageOn(today));
        model.addAttribute("today", today);
        model.addAttribute(
                "rooms",
                children.institutions(CurrentStaff.scope()).stream()
                        .filter(i -> i.id() == s.institutionId())
                        .findFirst()
                        .map(Institution::rooms)
                        .orElse(java.util.List.of()));
        addUnlessRejected(model, "roomForm", new RoomForm(s.roomId()));
        addUnlessRejected(
                model, "flagsForm", new FlagsForm(s.rehabAssistanceRegistered(), s.medicalInsuranceEnrolled()));
        addUnlessRejected(model, "dischargeForm", DischargeForm.on(today));
        return VIEW;
    }

    private static void addUnlessRejected(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
