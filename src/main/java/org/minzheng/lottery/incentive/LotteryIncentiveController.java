package org.minzheng.lottery.incentive;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 激励: rules, the monthly runs, one run with its totals and lines, approval and the Excel files. */
@Controller
@RequestMapping(LotteryIncentiveController.BASE)
@PreAuthorize("hasAuthority('lottery:incentive:view')")
class LotteryIncentiveController {

    static final String BASE = "/console/lottery/incentives";
    private static final String MANAGE = "hasAuthority('lottery:incentive:manage')";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final IncentiveService service;
    private final IncentiveRepository repository;
    private final Messages messages;

    LotteryIncentiveController(IncentiveService service, IncentiveRepository repository, Messages messages) {
        this.service = service;
        this.repository = repository;
        this.messages = messages;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("rules", repository.rules());
        model.addAttribute("runs", repository.runs());
        model.addAttribute("lastMonth", YearMonth.from(today()).minusMonths(1).toString());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/incentive/index";
    }

    @GetMapping("/rules/new")
    @PreAuthorize(MANAGE)
    String newRule(Model model) {
        model.addAttribute("lotteryRuleForm", LotteryRuleForm.empty(today()));
        return ruleForm(model);
    }

    @PostMapping("/rules")
    @PreAuthorize(MANAGE)
    String createRule(
            @Valid @ModelAttribute("lotteryRuleForm") LotteryRuleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.createRule(form, CurrentStaff.require().username(), region(), false);
                redirect.addFlashAttribute("flashSuccess", messages.get("lottery.incentive.rule.saved"));
                return "redirect:" + BASE;
            } catch (IncentiveRefusedException refused) {
                binding.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return ruleForm(model);
    }

    @PostMapping("/rules/{id}/deactivate")
    @PreAuthorize(MANAGE)
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        try {
            service.deactivateRule(id, region());
            redirect.addFlashAttribute("flashSuccess", messages.get("lottery.incentive.rule.deactivated"));
        } catch (IncentiveRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE;
    }

    @PostMapping("/runs")
    @PreAuthorize(MANAGE)
    String calculate(@RequestParam(defaultValue = "") String month, RedirectAttributes redirect) {
        YearMonth chosen;
        try {
            chosen = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("flashError", messages.get("lottery.incentive.run.refused.month"));
            return "redirect:" + BASE;
        }
        try {
            long id = service.calculate(chosen, CurrentStaff.require().username(), region(), today(), false);
            redirect.addFlashAttribute("flashSuccess", messages.get("lottery.incentive.run.calculated", chosen));
            return "redirect:" + BASE + "/runs/" + id;
        } catch (IncentiveRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
            return "redirect:" + BASE;
        }
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        IncentiveRun run = runOf(id);
        List<IncentiveTotal> totals = repository.totals(id);
        model.addAttribute("run", run);
        model.addAttribute("totals", totals);
        model.addAttribute("teamTotals", IncentiveTeamTotal.of(totals));
        model.addAttribute("lines", repository.lines(id));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/incentive/run";
    }

    @PostMapping("/runs/{id}/approve")
    @PreAuthorize("hasAuthority('lottery:incentive:approve')")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        runOf(id);
        try {
            service.approve(id, CurrentStaff.require().username(), region());
            redirect.addFlashAttribute("flashSuccess", messages.get("lottery.incentive.run.approved"));
        } catch (IncentiveRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/runs/" + id;
    }

    @GetMapping("/runs/{id}/people.xlsx")
    void people(@PathVariable long id, HttpServletResponse response) {
        IncentiveRun run = runOf(id);
        ExcelExport.write(
                response,
                messages.get(
                        "lottery.incentive.export.people",
                        YearMonth.from(run.periodStart()).toString()),
                List.of(
                        messages.get("lottery.incentive.team"),
                        messages.get("lottery.incentive.member"),
                        messages.get("lottery.incentive.outlets"),
                        messages.get("lottery.incentive.kind.OPENING"),
                        messages.get("lottery.incentive.kind.PERFORMANCE"),
                        messages.get("lottery.incentive.total")),
                repository.totals(id).stream()
                        .map(t -> List.<Object>of(
                                t.teamName(),
                                t.memberName() == null ? messages.get("lottery.incentive.teamItself") : t.memberName(),
                                t.outlets(),
                                YuanFormat.INSTANCE.of(t.openingFen()),
                                YuanFormat.INSTANCE.of(t.performanceFen()),
                                YuanFormat.INSTANCE.of(t.totalFen())))
                        .toList());
    }

    @GetMapping("/runs/{id}/lines.xlsx")
    void lines(@PathVariable long id, HttpServletResponse response) {
        IncentiveRun run = runOf(id);
        ExcelExport.write(
                response,
                messages.get(
                        "lottery.incentive.export.lines",
                        YearMonth.from(run.periodStart()).toString()),
                List.of(
                        messages.get("lottery.incentive.team"),
                        messages.get("lottery.incentive.member"),
                        messages.get("lottery.incentive.rule"),
                        messages.get("lottery.incentive.outlet"),
                        messages.get("lottery.incentive.basis"),
                        messages.get("lottery.incentive.amount")),
                repository.lines(id).stream()
                        .map(l -> List.<Object>of(
                                l.teamName(),
                                l.memberName() == null ? messages.get("lottery.incentive.teamItself") : l.memberName(),
                                l.ruleName(),
                                l.detail(),
                                l.basisFen() == null ? "" : YuanFormat.INSTANCE.of(l.basisFen()),
                                YuanFormat.INSTANCE.of(l.amountFen())))
                        .toList());
    }

    private String ruleForm(Model model) {
        model.addAttribute("outletKinds", List.of("TRADITIONAL", "CHAIN_STORE", "MALL", "HAPPY_HALL", "DISTRIBUTED"));
        return "lottery/incentive/rule-form";
    }

    private IncentiveRun runOf(long id) {
        return repository.run(id).orElseThrow(() -> new NotFoundException("No incentive run " + id));
    }

    private static RegionCode region() {
        return CurrentStaff.require().regionCode();
    }

    private static LocalDate today() {
        return LocalDate.now(BEIJING);
    }
}
