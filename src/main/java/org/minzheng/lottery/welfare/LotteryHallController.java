package org.minzheng.lottery.welfare;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
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

/** 快乐吧 综合厅: daily visitors, the events held there, and the year month by month. */
@Controller
@RequestMapping(LotteryHallController.BASE)
@PreAuthorize(LotteryHallController.CAN_VIEW)
class LotteryHallController {

    static final String BASE = "/console/lottery/halls";
    static final String CAN_VIEW = "hasAuthority('lottery:welfare:view')";
    static final String CAN_MANAGE = "hasAuthority('lottery:welfare:manage')";

    private final LotteryHallRepository repository;
    private final LotteryWelfareService service;
    private final Regions regions;
    private final Messages messages;

    LotteryHallController(
            LotteryHallRepository repository, LotteryWelfareService service, Regions regions, Messages messages) {
        this.repository = repository;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        List<Hall> halls =
                repository.halls(CurrentStaff.scope().prefix(), LocalDate.now().getYear());
        if (halls.size() == 1) {
            return "redirect:" + BASE + "/" + halls.get(0).id();
        }
        model.addAttribute("halls", halls);
        return "lottery/welfare/halls";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null || year < 2000 || year > LocalDate.now().getYear()
                ? LocalDate.now().getYear()
                : year;
        Hall hall = visible(id, shown);
        if (!model.containsAttribute("lotteryHallVisitForm")) {
            model.addAttribute("lotteryHallVisitForm", LotteryHallVisitForm.today());
        }
        if (!model.containsAttribute("lotteryHallEventForm")) {
            model.addAttribute("lotteryHallEventForm", LotteryHallEventForm.empty());
        }
        LocalDate from = LocalDate.of(shown, 1, 1);
        LocalDate to = LocalDate.of(shown, 12, 31);
        List<HallMonth> months = repository.months(id, shown);
        model.addAttribute("hall", hall);
        model.addAttribute("year", shown);
        model.addAttribute(
                "years", List.of(LocalDate.now().getYear(), LocalDate.now().getYear() - 1));
        model.addAttribute("regionName", regions.nameOf(RegionCode.of(hall.regionCode())));
        model.addAttribute("months", months);
        model.addAttribute("days", months.stream().mapToInt(HallMonth::days).sum());
        model.addAttribute(
                "participants",
                months.stream().mapToInt(HallMonth::participants).sum());
        model.addAttribute("recentVisits", repository.visits(id, LocalDate.now().minusDays(13), LocalDate.now()));
        model.addAttribute("events", repository.events(id, from, to));
        model.addAttribute("eventKinds", LotteryHallEventForm.KINDS);
        return "lottery/welfare/hall";
    }

    @GetMapping("/{id}/export")
    void export(@PathVariable long id, @RequestParam(required = false) Integer year, HttpServletResponse response) {
        int shown = year == null ? LocalDate.now().getYear() : year;
        Hall hall = visible(id, shown);
        List<List<Object>> rows = new ArrayList<>();
        List<HallVisit> visits =
                new ArrayList<>(repository.visits(id, LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31)));
        java.util.Collections.reverse(visits);
        for (HallVisit v : visits) {
            rows.add(List.of(v.visitDate().toString(), v.visitors(), v.note() == null ? "" : v.note()));
        }
        ExcelExport.write(
                response,
                messages.get("lottery.hall.export.name", hall.code(), String.valueOf(shown)),
                List.of(
                        messages.get("lottery.hall.visitDate"),
                        messages.get("lottery.hall.visitors"),
                        messages.get("lottery.hall.note")),
                rows);
    }

    @PostMapping("/{id}/visits")
    @PreAuthorize(CAN_MANAGE)
    String recordVisit(
            @PathVariable long id,
            @Valid @ModelAttribute("lotteryHallVisitForm") LotteryHallVisitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Hall hall = visible(id, LocalDate.now().getYear());
        if (errors.hasErrors()) {
            return show(id, null, model);
        }
        boolean replaced =
                service.recordVisit(hall, form, CurrentStaff.require().username());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get(
                        replaced ? "lottery.hall.flash.replaced" : "lottery.hall.flash.recorded",
                        form.visitDate(),
                        form.visitors()));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/events")
    @PreAuthorize(CAN_MANAGE)
    String addEvent(
            @PathVariable long id,
            @Valid @ModelAttribute("lotteryHallEventForm") LotteryHallEventForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Hall hall = visible(id, LocalDate.now().getYear());
        if (errors.hasErrors()) {
            return show(id, null, model);
        }
        service.addEvent(hall, form, CurrentStaff.require().username());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.hall.flash.event", form.title().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    private Hall visible(long id, int year) {
        return repository
                .hall(id, CurrentStaff.scope().prefix(), year)
                .orElseThrow(() -> new NotFoundException("hall " + id));
    }
}
