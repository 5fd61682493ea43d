package org.minzheng.eldercare.elder;

import jakarta.validation.Valid;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changes to an existing elder profile: contacts, living situation, economic category and consents. */
@Controller
@RequestMapping("/console/eldercare/elders/{id}")
@PreAuthorize("hasAuthority('eldercare:elder:manage')")
class ElderProfileController {

    private final ElderProfileService profiles;
    private final ElderProfilePage page;
    private final Messages messages;

    ElderProfileController(ElderProfileService profiles, ElderProfilePage page, Messages messages) {
        this.profiles = profiles;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/contacts")
    String addContact(
            @PathVariable long id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        profiles.addContact(id, form, errors, CurrentStaff.scope());
        return done(id, errors, model, redirect, "eldercare.elder.flash.contactAdded");
    }

    @PostMapping("/contacts/{contactId}/remove")
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
        profiles.removeContact(id, contactId, CurrentStaff.scope());
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.elder.flash.contactRemoved"));
        return back(id);
    }

    @PostMapping("/living")
    String changeLiving(
            @PathVariable long id,
            @Valid @ModelAttribute("livingForm") LivingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            profiles.changeLivingSituation(id, form, CurrentStaff.scope());
        }
        return done(id, errors, model, redirect, "eldercare.elder.flash.livingChanged");
    }

    @PostMapping("/economic")
    String changeEconomic(
            @PathVariable long id,
            @Valid @ModelAttribute("economicForm") EconomicForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            profiles.changeEconomicCategory(id, form, errors, CurrentStaff.scope());
        }
        return done(id, errors, model, redirect, "eldercare.elder.flash.economicChanged");
    }

    @PostMapping("/consents")
    String recordConsent(
            @PathVariable long id,
            @Valid @ModelAttribute("consentForm") ConsentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        profiles.recordConsent(
                id, form, errors, CurrentStaff.scope(), CurrentStaff.require().username());
        return done(id, errors, model, redirect, "eldercare.elder.flash.consentRecorded");
    }

    @PostMapping("/consents/{consentId}/withdraw")
    String withdrawConsent(
            @PathVariable long id,
            @PathVariable long consentId,
            @Valid @ModelAttribute("withdrawalForm") WithdrawalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        profiles.withdrawConsent(
                id,
                consentId,
                form,
                errors,
                CurrentStaff.scope(),
                CurrentStaff.require().username());
        if (errors.hasErrors()) {
            model.addAttribute("withdrawingId", consentId);
        }
        return done(id, errors, model, redirect, "eldercare.elder.flash.consentWithdrawn");
    }

    private String done(long id, BindingResult errors, Model model, RedirectAttributes redirect, String successKey) {
        if (errors.hasErrors()) {
            return page.render(id, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get(successKey));
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/console/eldercare/elders/" + id;
    }
}
