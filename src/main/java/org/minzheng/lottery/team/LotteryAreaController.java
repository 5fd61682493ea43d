package org.minzheng.lottery.team;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.region.Regions;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.YuanFormat;
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

/** 承包区: the counties and townships contracted to a team, with a yearly sales target. */
@Controller
@RequestMapping(LotteryAreaController.BASE)
@PreAuthorize("hasAuthority('lottery:channel:view')")
class LotteryAreaController {

    static final String BASE = "/console/lottery/areas";
    private static final RegionCode CITY = RegionCode.of("3716");

    private final LotteryAreaRepository repository;
    private final LotteryTeamRepository teams;
    private final LotteryTeamService service;
    private final Regions regions;
    private final Messages messages;

    LotteryAreaController(
            LotteryAreaRepository repository,
            LotteryTeamRepository teams,
            LotteryTeamService service,
            Regions regions,
            Messages messages) {
        this.repository = repository;
        this.teams = teams;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        List<Area> areas = repository.areas(CurrentStaff.scope().prefix(), null);
        model.addAttribute("areas", areas);
        model.addAttribute(
                "names",
                names(areas.stream().flatMap(a -> a.regionCodes().stream()).toList()));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/team/areas";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Area area = visible(id);
        var outlets = repository.outlets(id, CurrentStaff.scope().prefix());
        model.addAttribute("area", area);
        model.addAttribute("outlets", outlets);
        List<String> codes = new java.util.ArrayList<>(area.regionCodes());
        outlets.forEach(o -> codes.add(o.regionCode()));
        model.addAttribute("names", names(codes));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/team/area";
    }

    @GetMapping("/new")
    @PreAuthorize(LotteryTeamController.CAN_MANAGE)
    String newForm(Model model) {
        model.addAttribute("lotteryAreaForm", LotteryAreaForm.empty());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(LotteryTeamController.CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("lotteryAreaForm") LotteryAreaForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        check(form, errors, null);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        long id = service.createArea(form, Money.parseYuan(form.yearlyTarget()).fen());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.area.flash.saved", form.name().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(LotteryTeamController.CAN_MANAGE)
    String editForm(@PathVariable long id, Model model) {
        Area area = visible(id);
        model.addAttribute("lotteryAreaForm", LotteryAreaForm.of(area));
        return form(model, area);
    }

    @PostMapping("/{id}")
    @PreAuthorize(LotteryTeamController.CAN_MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("lotteryAreaForm") LotteryAreaForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Area area = visible(id);
        check(form, errors, id);
        if (errors.hasErrors()) {
            return form(model, area);
        }
        service.updateArea(area, form, Money.parseYuan(form.yearlyTarget()).fen());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.area.flash.saved", form.name().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    private void check(LotteryAreaForm form, BindingResult errors, Long areaId) {
        if (!errors.hasFieldErrors("name") && repository.nameTaken(form.name().strip(), areaId)) {
            errors.rejectValue("name", "lottery.area.validation.duplicate");
        }
        if (form.teamId() != null && teams.team(form.teamId(), "").isEmpty()) {
            errors.rejectValue("teamId", "lottery.area.validation.team");
        }
        if (form.contractFrom() != null
                && form.contractTo() != null
                && form.contractTo().isBefore(form.contractFrom())) {
            errors.rejectValue("contractTo", "lottery.area.validation.period");
        }
        if (form.regionCodes() == null || errors.hasFieldErrors("regionCodes")) {
            return;
        }
        for (String code : form.regionCodes()) {
            if (!RegionCode.isValid(code)
                    || !CITY.contains(RegionCode.of(code))
                    || regions.find(RegionCode.of(code), CurrentStaff.scope())
                            .filter(r -> r.level() == RegionLevel.COUNTY || r.level() == RegionLevel.TOWNSHIP)
                            .isEmpty()) {
                errors.rejectValue("regionCodes", "lottery.area.validation.region");
                return;
            }
        }
        var clashes = repository.clashes(form.regionCodes(), areaId);
        if (!clashes.isEmpty()) {
            var clash = clashes.get(0);
            errors.rejectValue(
                    "regionCodes",
                    "lottery.area.validation.taken",
                    new Object[] {
                        regions.nameOf(RegionCode.of(clash.requested())),
                        clash.areaName(),
                        regions.nameOf(RegionCode.of(clash.existing()))
                    },
                    null);
        }
    }

    private String form(Model model, Area area) {
        model.addAttribute("area", area);
        model.addAttribute("teams", teams.teams(CurrentStaff.scope().prefix()));
        model.addAttribute(
                "regionChoices",
                regions.within(CurrentStaff.scope()).stream()
                        .filter(r -> r.level() == RegionLevel.COUNTY || r.level() == RegionLevel.TOWNSHIP)
                        .filter(r -> CITY.contains(r.code()))
                        .toList());
        return "lottery/team/area-form";
    }

    private Area visible(long id) {
        return repository
                .area(id, CurrentStaff.scope().prefix())
                .orElseThrow(() -> new NotFoundException("area " + id));
    }

    private Map<String, String> names(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        for (String code : codes) {
            names.computeIfAbsent(code, c -> regions.nameOf(RegionCode.of(c)));
        }
        return names;
    }
}
