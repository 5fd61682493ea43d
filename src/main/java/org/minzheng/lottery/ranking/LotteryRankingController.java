package org.minzheng.lottery.ranking;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.lottery.sales.PeriodChoice;
import org.minzheng.lottery.sales.SalesPeriod;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

/** 擂台排名: live weekly and monthly rankings, publishing them as bulletins, the bulletins and their interviews. */
@Controller
@RequestMapping(LotteryRankingController.BASE)
@PreAuthorize("hasAuthority('lottery:sales:view')")
class LotteryRankingController {

    static final String BASE = "/console/lottery/rankings";
    private static final String MANAGE = "hasAuthority('lottery:sales:manage')";
    private static final int PAGE_SIZE = 30;
    private static final int MAX_COMMENT = 1000;

    private final RankingService service;
    private final RankingRepository repository;
    private final Messages messages;

    LotteryRankingController(RankingService service, RankingRepository repository, Messages messages) {
        this.service = service;
        this.repository = repository;
        this.messages = messages;
    }

    @GetMapping
    String ranking(
            @RequestParam(defaultValue = "WEEK") String kind,
            @RequestParam(required = false) String week,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "TEAM") String subject,
            @RequestParam(defaultValue = "SALES") String measure,
            Model model) {
        SalesPeriod period = period(kind, week, month);
        RankingSubject s = subject(subject);
        RankingMeasure m = measure(measure);
        model.addAttribute("period", period);
        model.addAttribute("choice", PeriodChoice.of(period));
        model.addAttribute("subject", s);
        model.addAttribute("measure", m);
        model.addAttribute("subjects", RankingSubject.values());
        model.addAttribute("measures", RankingMeasure.values());
        model.addAttribute(
                "rows", service.rank(period, s, m, CurrentStaff.scope().prefix()));
        model.addAttribute("published", repository.published(period.kind().name(), period.start(), s, m));
        model.addAttribute("finished", period.end().isBefore(today()));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/ranking/ranking";
    }

    @PostMapping("/publish")
    @PreAuthorize(MANAGE)
    String publish(
            @RequestParam(defaultValue = "WEEK") String kind,
            @RequestParam(required = false) String week,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "TEAM") String subject,
            @RequestParam(defaultValue = "SALES") String measure,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        SalesPeriod period = period(kind, week, month);
        RankingSubject s = subject(subject);
        RankingMeasure m = measure(measure);
        String back = "redirect:" + BASE + "?" + PeriodChoice.of(period).query() + "&subject=" + s + "&measure=" + m;
        if (comment.length() > MAX_COMMENT || comment.contains("<") || comment.contains(">")) {
            redirect.addFlashAttribute("flashError", messages.get("lottery.ranking.publish.badComment", MAX_COMMENT));
            return back;
        }
        try {
            long id = service.publish(
                    period, s, m, comment, CurrentStaff.require().username(), region(), today(), false);
            redirect.addFlashAttribute("flashSuccess", messages.get("lottery.ranking.published"));
            return "redirect:" + BASE + "/bulletins/" + id;
        } catch (RankingRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
            return back;
        }
    }

    @GetMapping("/bulletins")
    String bulletins(
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "0") int page, Model model) {
        String filter = List.of("WEEK", "MONTH").contains(kind) ? kind : "";
        var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        var found = new PageImpl<>(
                repository.bulletins(filter, request.getPageSize(), request.getOffset()),
                request,
                repository.countBulletins(filter));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?kind=" + filter + "&");
        model.addAttribute("kind", filter);
        return "lottery/ranking/bulletins";
    }

    @GetMapping("/bulletins/{id}")
    String bulletin(@PathVariable long id, Model model) {
        Bulletin bulletin = bulletinOf(id);
        if (!model.containsAttribute("lotteryInterviewForm")) {
            model.addAttribute("lotteryInterviewForm", new LotteryInterviewForm(null, today(), "", "", ""));
        }
        return showBulletin(bulletin, model, "lottery/ranking/bulletin");
    }

    @GetMapping("/bulletins/{id}/print")
    String print(@PathVariable long id, Model model) {
        return showBulletin(bulletinOf(id), model, "lottery/ranking/print");
    }

    @PostMapping("/bulletins/{id}/interviews")
    @PreAuthorize(MANAGE)
    String interview(
            @PathVariable long id,
            @Valid @ModelAttribute("lotteryInterviewForm") LotteryInterviewForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Bulletin bulletin = bulletinOf(id);
        if (!binding.hasErrors()) {
            try {
                service.recordInterview(id, form, CurrentStaff.require().username(), region(), today());
                redirect.addFlashAttribute("flashSuccess", messages.get("lottery.interview.saved"));
                return "redirect:" + BASE + "/bulletins/" + id;
            } catch (RankingRefusedException refused) {
                binding.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return showBulletin(bulletin, model, "lottery/ranking/bulletin");
    }

    private String showBulletin(Bulletin bulletin, Model model, String view) {
        List<BulletinRow> rows = repository.rows(bulletin.id());
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "awaiting", rows.stream().filter(BulletinRow::awaitingInterview).toList());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return view;
    }

    private Bulletin bulletinOf(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("No bulletin " + id));
    }

    private static SalesPeriod period(String kind, String week, String month) {
        LocalDate lastWeek = today().minusWeeks(1);
        String monthChoice = month == null || month.isBlank()
                ? java.time.YearMonth.from(today()).minusMonths(1).toString()
                : month;
        String weekChoice = week == null || week.isBlank() ? lastWeek.toString() : week;
        String k = "MONTH".equals(kind) ? "MONTH" : "WEEK";
        return new PeriodChoice(k, monthChoice, weekChoice, null, null).period(lastWeek);
    }

    private static RankingSubject subject(String text) {
        try {
            return RankingSubject.valueOf(text);
        } catch (IllegalArgumentException e) {
            return RankingSubject.TEAM;
        }
    }

    private static RankingMeasure measure(String text) {
        try {
            return RankingMeasure.valueOf(text);
        } catch (IllegalArgumentException e) {
            return RankingMeasure.SALES;
        }
    }

    private static RegionCode region() {
        return CurrentStaff.require().regionCode();
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
