package org.minzheng.charity.award;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
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
 * "三个十"评选: the cycles, one cycle with its nominations by category, the nomination form, review scores, the
 * choice of winners, publication and the printable results. The city civil-affairs bureau runs the selection:
 * only city-wide managers create a cycle, close nominations, score, choose winners and publish. County managers
 * nominate within their own area and see how the review goes; other areas' nominations are not found.
 */
@Controller
@RequestMapping(AwardController.BASE)
@PreAuthorize("hasAuthority('charity:evaluation:view')")
class AwardController {

    static final String BASE = "/console/charity/awards";
    private static final String MANAGE_PERMISSION = "charity:evaluation:manage";
    private static final String MANAGE = "hasAuthority('" + MANAGE_PERMISSION + "')";

    private final AwardRepository repository;
    private final AwardService service;
    private final Messages messages;

    AwardController(AwardRepository repository, AwardService service, Messages messages) {
        this.repository = repository;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("cycles", repository.cycles());
        model.addAttribute("runsCycle", runsCycle());
        return "charity/award/list";
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(Model model) {
        requireCityBureau();
        var today = service.today();
        int first = today.getYear() % 2 == 1 ? today.getYear() : today.getYear() + 1;
        model.addAttribute("cycleForm", CycleForm.startingIn(first, today.plusMonths(3)));
        return "charity/award/form";
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("cycleForm") CycleForm form, BindingResult errors, RedirectAttributes redirect) {
        requireCityBureau();
        if (!errors.hasFieldErrors("name") && repository.nameTaken(form.name().strip())) {
            errors.rejectValue("name", "charity.award.validation.nameTaken");
        }
        if (form.nominationsClose() != null && form.nominationsClose().isBefore(service.today())) {
            errors.rejectValue("nominationsClose", "charity.award.validation.closePast");
        }
        if (errors.hasErrors()) {
            return "charity/award/form";
        }
        var staff = CurrentStaff.require();
        try {
            long id = service.createCycle(form, staff.regionCode(), staff.username());
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.award.flash.cycleCreated"));
            return "redirect:" + BASE + "/" + id;
        } catch (DuplicateKeyException raced) {
            errors.rejectValue("name", "charity.award.validation.nameTaken");
            return "charity/award/form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        AwardCycle cycle = cycle(id);
        List<Nomination> nominations = repository.nominations(id, CurrentStaff.scope());
        Map<AwardCategory, List<Nomination>> byCategory = new EnumMap<>(AwardCategory.class);
        for (AwardCategory c : AwardCategory.values()) {
            byCategory.put(
                    c, nominations.stream().filter(n -> n.category() == c).toList());
        }
        Map<AwardCategory, Integer> winners = new EnumMap<>(AwardCategory.class);
        for (AwardCategory c : AwardCategory.values()) {
            winners.put(c, repository.winnersIn(id, c));
        }
        model.addAttribute("cycle", cycle);
        model.addAttribute("categories", AwardCategory.values());
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("winners", winners);
        model.addAttribute("cap", AwardCategory.WINNERS_PER_CATEGORY);
        model.addAttribute("takesNominations", cycle.takesNominations(service.today()));
        model.addAttribute("runsCycle", runsCycle());
        return "charity/award/show";
    }

    @GetMapping("/{id}/results")
    String results(@PathVariable long id, Model model) {
        AwardCycle cycle = cycle(id);
        List<Nomination> winners = repository.winners(id);
        Map<AwardCategory, List<Nomination>> byCategory = new EnumMap<>(AwardCategory.class);
        for (AwardCategory c : AwardCategory.values()) {
            byCategory.put(c, winners.stream().filter(n -> n.category() == c).toList());
        }
        model.addAttribute("cycle", cycle);
        model.addAttribute("categories", AwardCategory.values());
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("withheld", messages.get("charity.award.nameWithheld"));
        return "charity/award/results";
    }

    @GetMapping("/{id}/nominations/new")
    @PreAuthorize(MANAGE)
    String nominationForm(
            @PathVariable long id,
            @RequestParam(defaultValue = "ENTERPRISE") String category,
            @RequestParam(defaultValue = "") String donorQuery,
            Model model,
            RedirectAttributes redirect) {
        AwardCycle cycle = cycle(id);
        if (!cycle.takesNominations(service.today())) {
            redirect.addFlashAttribute(
                    "flashError", messages.get("charity.award.refused.nominationsClosed", cycle.nominationsClose()));
            return "redirect:" + BASE + "/" + id;
        }
        AwardCategory chosen = AwardCategory.parse(category);
        model.addAttribute("nominationForm", NominationForm.of(chosen == null ? AwardCategory.ENTERPRISE : chosen));
        return nominationPage(cycle, donorQuery, model);
    }

    @PostMapping("/{id}/nominations")
    @PreAuthorize(MANAGE)
    String nominate(
            @PathVariable long id,
            @Valid @ModelAttribute("nominationForm") NominationForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "") String donorQuery,
            Model model,
            RedirectAttributes redirect) {
        AwardCycle cycle = cycle(id);
        var scope = CurrentStaff.scope();
        AwardCategory category = AwardCategory.parse(form.category());
        if (category == null && !errors.hasFieldErrors("category")) {
            errors.rejectValue("category", "charity.award.validation.category");
        }
        String nominee = form.nomineeOrNull();
        Long donor = null;
        Long project = null;
        if (category == AwardCategory.ENTERPRISE && form.donorId() != null) {
            var found = repository.donor(form.donorId(), scope);
            if (found.isEmpty()) {
                errors.rejectValue("donorId", "charity.award.validation.donor");
            } else {
                donor = found.get().id();
                nominee = nominee == null ? found.get().name() : nominee;
            }
        }
        if (category == AwardCategory.PROJECT) {
            var found = form.projectId() == null
                    ? null
                    : repository.project(form.projectId(), scope).orElse(null);
            if (found == null) {
                errors.rejectValue("projectId", "charity.award.validation.project");
            } else {
                project = found.id();
                nominee = nominee == null ? found.name() : nominee;
            }
        }
        if (nominee == null && !errors.hasFieldErrors("nominee")) {
            errors.rejectValue("nominee", "charity.award.validation.nominee");
        }
        if (errors.hasErrors()) {
            return nominationPage(cycle, donorQuery, model);
        }
        var staff = CurrentStaff.require();
        try {
            service.nominate(
                    id,
                    category,
                    nominee,
                    donor,
                    project,
                    form.deeds().strip(),
                    Boolean.TRUE.equals(form.publishConsent()),
                    keeping(staff.regionCode()),
                    staff.username());
        } catch (AwardRefusedException refused) {
            if (refused.messageKey().equals("charity.award.validation.duplicate")) {
                errors.rejectValue("nominee", refused.messageKey());
                return nominationPage(cycle, donorQuery, model);
            }
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
            return "redirect:" + BASE + "/" + id;
        } catch (DuplicateKeyException raced) {
            errors.rejectValue("nominee", "charity.award.validation.duplicate");
            return nominationPage(cycle, donorQuery, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.award.flash.nominated", nominee));
        return "redirect:" + BASE + "/" + id + "#category-" + category.name();
    }

    @PostMapping("/{id}/review")
    @PreAuthorize(MANAGE)
    String startReview(@PathVariable long id, RedirectAttributes redirect) {
        cycle(id);
        requireCityBureau();
        return step(
                id,
                redirect,
                "charity.award.flash.reviewing",
                () -> service.startReview(id, CurrentStaff.require().regionCode()));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(MANAGE)
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        cycle(id);
        requireCityBureau();
        return step(
                id,
                redirect,
                "charity.award.flash.published",
                () -> service.publish(id, CurrentStaff.require().regionCode()));
    }

    @PostMapping("/{id}/nominations/{nomination}/score")
    @PreAuthorize(MANAGE)
    String score(
            @PathVariable long id,
            @PathVariable long nomination,
            @RequestParam(defaultValue = "") String score,
            RedirectAttributes redirect) {
        Nomination n = reviewed(id, nomination);
        Integer value = score(score);
        if (value == null) {
            redirect.addFlashAttribute("flashError", messages.get("charity.award.refused.score"));
            return "redirect:" + BASE + "/" + id;
        }
        return step(id, redirect, "charity.award.flash.scored", () -> service.score(id, n, value));
    }

    @PostMapping("/{id}/nominations/{nomination}/winner")
    @PreAuthorize(MANAGE)
    String select(
            @PathVariable long id,
            @PathVariable long nomination,
            @RequestParam boolean winner,
            RedirectAttributes redirect) {
        Nomination n = reviewed(id, nomination);
        return step(
                id,
                redirect,
                winner ? "charity.award.flash.selected" : "charity.award.flash.dropped",
                () -> service.select(id, n, winner));
    }

    private String nominationPage(AwardCycle cycle, String donorQuery, Model model) {
        var scope = CurrentStaff.scope();
        model.addAttribute("cycle", cycle);
        model.addAttribute("categories", AwardCategory.values());
        model.addAttribute("donorQuery", donorQuery);
        model.addAttribute("donors", repository.donors(donorQuery, scope));
        model.addAttribute("projects", repository.projects(scope));
        return "charity/award/nominate";
    }

    private String step(long id, RedirectAttributes redirect, String successKey, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flashSuccess", messages.get(successKey));
        } catch (AwardRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private AwardCycle cycle(long id) {
        return repository.cycle(id).orElseThrow(() -> new NotFoundException("award cycle " + id));
    }

    /**
     * The nomination to score or choose. One outside the staff member's area is not found, before the question
     * whether they may review at all, so that a county learns nothing of another county's nominations.
     */
    private Nomination reviewed(long cycleId, long id) {
        cycle(cycleId);
        Nomination n = repository
                .nomination(cycleId, id, CurrentStaff.scope())
                .filter(found -> CurrentStaff.scope().covers(RegionCode.of(found.regionCode())))
                .orElseThrow(() -> new NotFoundException("nomination " + id));
        requireCityBureau();
        return n;
    }

    /**
     * The city bureau runs the selection (市民政局开展评选); counties only nominate, townships and the auditor
     * only look, although the auditor's scope is city-wide too.
     */
    private static boolean runsCycle() {
        return CurrentStaff.scope().cityWide() && CurrentStaff.authorities().contains(MANAGE_PERMISSION);
    }

    private static void requireCityBureau() {
        if (!runsCycle()) {
            throw new AccessDeniedException("only the city bureau runs a three-tens cycle");
        }
    }

    private static RegionCode keeping(RegionCode region) {
        return RegionCode.of(region.value().substring(0, 6));
    }

    private static Integer score(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value < 0 || value > 100 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
