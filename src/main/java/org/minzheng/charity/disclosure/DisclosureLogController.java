package org.minzheng.charity.disclosure;

import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 公开更新记录: the weekly update log as staff see it, with the public page a click away. */
@Controller
@RequestMapping(DisclosureLogController.BASE)
@PreAuthorize("hasAuthority('" + CharityDisclosureConsole.VIEW + "')")
class DisclosureLogController {

    static final String BASE = "/console/charity/disclosure";
    static final int WEEKS = 52;

    private final WeeklyUpdates updates;
    private final Messages messages;

    DisclosureLogController(WeeklyUpdates updates, Messages messages) {
        this.updates = updates;
        this.messages = messages;
    }

    @GetMapping
    String log(Model model) {
        model.addAttribute("weeks", updates.latest(WEEKS));
        model.addAttribute("thisWeek", updates.thisWeek());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/disclosure/log";
    }

    /** Publishes the running week now, so that a large gift shows before Monday's run. */
    @PostMapping("/publish")
    @PreAuthorize("hasAuthority('" + CharityDisclosureConsole.PUBLISH + "')")
    String publish(RedirectAttributes redirect) {
        var staff = CurrentStaff.require();
        WeeklyUpdate week = updates.publish(updates.thisWeek(), staff.username(), staff.regionCode());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get(
                        "charity.disclosure.flash.published", week.weekStart().toString()));
        return "redirect:" + BASE;
    }
}
