package org.minzheng.childwelfare.child;

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

/** Changes to a child in care: the room, the two fund registrations and the discharge. */
@Controller
@RequestMapping(ChildController.BASE + "/{id}")
@PreAuthorize("hasAuthority('childwelfare:child:manage')")
class ChildProfileController {

    private final ChildService children;
    private final ChildProfilePage page;
    private final Messages messages;

    ChildProfileController(ChildService children, ChildProfilePage page, Messages messages) {
        this.children = children;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/room")
    String changeRoom(
            @PathVariable long id,
            @ModelAttribute("roomForm") RoomForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            children.changeRoom(id, form, errors, CurrentStaff.scope());
        }
        return done(id, errors, model, redirect, "childwelfare.child.flash.roomChanged");
    }

    @PostMapping("/flags")
    String changeFlags(
            @PathVariable long id,
            @ModelAttribute("flagsForm") FlagsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            children.changeFlags(id, form, CurrentStaff.scope());
        }
        return done(id, errors, model, redirect, "childwelfare.child.flash.flagsChanged");
    }

    @PostMapping("/discharge")
    String discharge(
            @PathVariable long id,
            @Valid @ModelAttribute("dischargeForm") DischargeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        children.discharge(id, form, errors, CurrentStaff.scope());
        return done(id, errors, model, redirect, "childwelfare.child.flash.discharged");
    }

    private String done(long id, BindingResult errors, Model model, RedirectAttributes redirect, String successKey) {
        if (errors.hasErrors()) {
            return page.render(id, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get(successKey));
        return "redirect:" + ChildController.BASE + "/" + id;
    }
}
