package org.minzheng.eldercare.elder;

import java.time.LocalDate;
import org.minzheng.region.Regions;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The profile page with its forms. Shared by showing the page and by re-showing it after a rejected form, so the
 * rejected form keeps what was typed and its messages while the other forms start afresh.
 */
@Component
class ElderProfilePage {

    static final String VIEW = "eldercare/elder/show";

    private final ElderService elders;
    private final Regions regions;

    ElderProfilePage(ElderService elders, Regions regions) {
        this.elders = elders;
        this.regions = regions;
    }

    String render(long id, Model model) {
        ElderDetails elder = elders.details(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("elder"));
        LocalDate today = ElderService.today();
        model.addAttribute("elder", elder);
        model.addAttribute("age", elder.summary().birthDate().until(today).getYears());
        model.addAttribute("villageName", regions.nameOf(elder.summary().region()));
        model.addAttribute("today", today);
        model.addAttribute("livingSituations", LivingSituation.values());
        model.addAttribute("economicCategories", EconomicCategory.values());
        model.addAttribute("consentPurposes", ConsentPurpose.values());
        addUnlessRejected(model, "contactForm", ContactForm.empty());
        addUnlessRejected(model, "livingForm", new LivingForm(elder.summary().livingSituation()));
        addUnlessRejected(
                model, "economicForm", new EconomicForm(elder.summary().economicCategory()));
        addUnlessRejected(model, "consentForm", ConsentForm.on(today));
        addUnlessRejected(model, "withdrawalForm", new WithdrawalForm(today));
        return VIEW;
    }

    private static void addUnlessRejected(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
