package org.minzheng.lottery.team;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The teams of the "1+3" model and their members. */
@Controller
@RequestMapping(LotteryTeamController.BASE)
@PreAuthorize("hasAuthority('lottery:channel:view')")
class LotteryTeamController {

    static final String BASE = "/console/lottery/teams";
    static final String CAN_MANAGE = "hasAuthority('lottery:channel:manage')";

    private final LotteryTeamRepository repository;
    private final LotteryAreaRepository areas;
    private final LotteryTeamService service;
    private final Messages messages;

    LotteryTeamController(
            LotteryTeamRepository repository,
            LotteryAreaRepository areas,
            LotteryTeamService service,
            Messages messages) {
        this.repository = repository;
        this.areas = areas;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("lotteryTeamForm")) {
            model.addAttribute("lotteryTeamForm", LotteryTeamForm.empty());
        }
        model.addAttribute("teams", repository.teams(CurrentStaff.scope().prefix()));
        model.addAttribute("kinds", TeamKind.values());
        return "lottery/team/teams";
    }

    @PostMapping
    @PreAuthorize(CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("lotteryTeamForm") LotteryTeamForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("kind") && TeamKind.parse(form.kind()) == null) {
            errors.rejectValue("kind", "lottery.team.validation.kind");
        }
        if (!errors.hasFieldErrors("name") && repository.nameTaken(form.name().strip())) {
            errors.rejectValue("name", "lottery.team.validation.duplicate");
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        long id = service.createTeam(form);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.team.flash.created", form.name().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Team team = visible(id);
        if (!model.containsAttribute("lotteryMemberForm")) {
            model.addAttribute("lotteryMemberForm", LotteryMemberForm.empty());
        }
        String prefix = CurrentStaff.scope().prefix();
        model.addAttribute("team", team);
        model.addAttribute("members", repository.members(id, prefix));
        model.addAttribute("areas", areas.areas(prefix, id));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("yuan", org.minzheng.shared.web.YuanFormat.INSTANCE);
        return "lottery/team/team";
    }

    @PostMapping("/{id}/members")
    @PreAuthorize(CAN_MANAGE)
    String addMember(
            @PathVariable long id,
            @Valid @ModelAttribute("lotteryMemberForm") LotteryMemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Team team = visible(id);
        if (errors.hasErrors()) {
            return show(id, model);
        }
        service.addMember(team, form);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.member.flash.added", form.name().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    /** A member who leaves keeps the record, so the outlets they opened still name them. */
    @PostMapping("/{id}/members/{memberId}/leave")
    @PreAuthorize(CAN_MANAGE)
    String leave(
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
            RedirectAttributes redirect) {
        Team team = visible(id);
        String prefix = CurrentStaff.scope().prefix();
        TeamMember member = repository
                .member(memberId, prefix)
                .filter(m -> m.teamId() == id)
                .orElseThrow(() -> new NotFoundException("member " + memberId));
        LocalDate date = leftOn == null ? LocalDate.now() : leftOn;
        if (!member.current() || date.isBefore(member.joinedOn()) || date.isAfter(LocalDate.now())) {
            redirect.addFlashAttribute("flashError", messages.get("lottery.member.leave.refused", member.name()));
        } else {
            service.leave(team, member, date);
            redirect.addFlashAttribute("flashSuccess", messages.get("lottery.member.flash.left", member.name()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private Team visible(long id) {
        return repository
                .team(id, CurrentStaff.scope().prefix())
                .orElseThrow(() -> new NotFoundException("team " + id));
    }
}
