package org.minzheng.childwelfare.child;

import jakarta.validation.Valid;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
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

/** The child's medical notes on a page of their own, so that opening the profile reveals nothing. */
@Controller
@RequestMapping(ChildController.BASE + "/{id}/medical-notes")
@PreAuthorize("hasAuthority('childwelfare:medical:view')")
class MedicalNoteController {

    private final ChildService children;
    private final MedicalNotes notes;
    private final Messages messages;

    MedicalNoteController(ChildService children, MedicalNotes notes, Messages messages) {
        this.children = children;
        this.notes = notes;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", MedicalNoteForm.empty());
        }
        ChildSummary child = children.child(id, CurrentStaff.scope());
        model.addAttribute("child", child);
        model.addAttribute("notes", notes.read(child));
        return "childwelfare/child/notes";
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("noteForm") MedicalNoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(id, model);
        }
        notes.add(id, form, CurrentStaff.scope(), CurrentStaff.require().username());
        redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.child.flash.noteAdded"));
        return "redirect:" + ChildController.BASE + "/" + id + "/medical-notes";
    }
}
