package org.minzheng.rescue.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.rescue.matching.MatchScore;
import org.minzheng.rescue.matching.PersonMatcher;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 反复流浪: the matcher's suggestions with both persons side by side, to confirm or reject, and the confirmed links.
 * Only the station holding the new case decides on it.
 */
@Controller
@RequestMapping(RepeatController.BASE)
@PreAuthorize("hasAuthority('rescue:followup:view')")
class RepeatController {

    static final String BASE = "/console/rescue/repeats";
    private static final int LIMIT = 100;

    private final RepeatRepository repeats;
    private final Messages messages;
    private final AuditLog audit;

    RepeatController(RepeatRepository repeats, Messages messages, AuditLog audit) {
        this.repeats = repeats;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        var scope = CurrentStaff.scope();
        List<RepeatLink> suggested = repeats.links("SUGGESTED", scope, LIMIT);
        Map<Long, MatchScore> scores = new LinkedHashMap<>();
        for (RepeatLink l : suggested) {
            scores.put(
                    l.id(),
                    PersonMatcher.score(l.later().description(), l.earlier().description()));
        }
        model.addAttribute("suggested", suggested);
        model.addAttribute("scores", scores);
        model.addAttribute("confirmed", repeats.links("CONFIRMED", scope, LIMIT));
        return "rescue/followup/repeats";
    }

    @PostMapping("/{id}/{decision:confirm|reject}")
    @PreAuthorize("hasAuthority('rescue:followup:manage')")
    @Transactional
    String decide(@PathVariable long id, @PathVariable String decision, RedirectAttributes redirect) {
        RepeatLink link = repeats.link(id, CurrentStaff.scope())
                .filter(RepeatLink::canDecide)
                .orElseThrow(() -> new NotFoundException("repeat link " + id));
        String status = "confirm".equals(decision) ? "CONFIRMED" : "REJECTED";
        if (repeats.decide(id, status, CurrentStaff.require().username()) != 1) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.repeat.refused.decided"));
            return "redirect:" + BASE;
        }
        audit.record(AuditEvent.operation(
                        "rescue.repeat." + decision,
                        "rescue.repeat",
                        String.valueOf(id),
                        CurrentStaff.require().regionCode())
                .withDetail(link.later().number() + " ~ "
                        + (link.earlier().number() != null
                                ? link.earlier().number()
                                : "returnee " + link.earlier().returneeId())));
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.repeat.flash." + decision));
        return "redirect:" + BASE;
    }
}
