package org.minzheng.lottery.welfare;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.shared.Money;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.YuanFormat;
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

/** 公益项目: projects funded from the lottery side, their budgets and the grants paid. */
@Controller
@RequestMapping(LotteryWelfareProjectController.BASE)
@PreAuthorize(LotteryHallController.CAN_VIEW)
class LotteryWelfareProjectController {

    static final String BASE = "/console/lottery/welfare-projects";

    private final LotteryWelfareRepository repository;
    private final LotteryWelfareService service;
    private final Messages messages;

    LotteryWelfareProjectController(
            LotteryWelfareRepository repository, LotteryWelfareService service, Messages messages) {
        this.repository = repository;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String q, Model model) {
        String state = "RUNNING".equals(status) || "COMPLETED".equals(status) ? status : null;
        List<WelfareProject> projects = repository.projects(state, q);
        model.addAttribute("projects", projects);
        model.addAttribute("status", state == null ? "" : state);
        model.addAttribute("q", q);
        model.addAttribute(
                "totalBudget",
                projects.stream().mapToLong(WelfareProject::budgetFen).sum());
        model.addAttribute(
                "totalGranted",
                projects.stream().mapToLong(WelfareProject::grantedFen).sum());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/welfare/projects";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            HttpServletResponse response) {
        String state = "RUNNING".equals(status) || "COMPLETED".equals(status) ? status : null;
        List<List<Object>> rows = new ArrayList<>();
        for (WelfareProject p : repository.projects(state, q)) {
            rows.add(List.of(
                    p.name(),
                    p.partnerName() == null ? "" : p.partnerName(),
                    p.purpose(),
                    Money.ofFen(p.budgetFen()).toYuanString(),
                    Money.ofFen(p.grantedFen()).toYuanString(),
                    Money.ofFen(p.remainingFen()).toYuanString(),
                    p.startedOn().toString(),
                    p.endedOn() == null ? "" : p.endedOn().toString(),
                    messages.get("lottery.project.status." + p.status())));
        }
        ExcelExport.write(
                response,
                messages.get("lottery.project.export.name"),
                List.of(
                        messages.get("lottery.project.name"),
                        messages.get("lottery.project.partner"),
                        messages.get("lottery.project.purpose"),
                        messages.get("lottery.project.budget"),
                        messages.get("lottery.project.granted"),
                        messages.get("lottery.project.remaining"),
                        messages.get("lottery.project.startedOn"),
                        messages.get("lottery.project.endedOn"),
                        messages.get("lottery.project.status")),
                rows);
    }

    @GetMapping("/new")
    @PreAuthorize(LotteryHallController.CAN_MANAGE)
    String newForm(Model model) {
        model.addAttribute("lotteryWelfareProjectForm", LotteryWelfareProjectForm.empty());
        return form(model);
    }

    @PostMapping
    @PreAuthorize(LotteryHallController.CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("lotteryWelfareProjectForm") LotteryWelfareProjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("name") && repository.nameTaken(form.name().strip())) {
            errors.rejectValue("name", "lottery.project.validation.duplicate");
        }
        if (form.partnerId() != null
                && repository.partners(CurrentStaff.scope().prefix()).stream()
                        .noneMatch(p -> p.id() == form.partnerId())) {
            errors.rejectValue("partnerId", "lottery.project.validation.partner");
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        long id = service.createProject(
                form,
                Money.parseYuan(form.budget()).fen(),
                CurrentStaff.require().username());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.project.flash.created", form.name().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        WelfareProject project = visible(id);
        if (!model.containsAttribute("lotteryGrantForm")) {
            model.addAttribute("lotteryGrantForm", LotteryGrantForm.empty());
        }
        model.addAttribute("project", project);
        model.addAttribute("grants", repository.grants(id));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "lottery/welfare/project";
    }

    @PostMapping("/{id}/grants")
    @PreAuthorize(LotteryHallController.CAN_MANAGE)
    String grant(
            @PathVariable long id,
            @Valid @ModelAttribute("lotteryGrantForm") LotteryGrantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        visible(id);
        if (!errors.hasErrors()) {
            try {
                service.grant(
                        id,
                        form,
                        Money.parseYuan(form.amount()).fen(),
                        CurrentStaff.require().username());
                redirect.addFlashAttribute(
                        "flashSuccess",
                        messages.get("lottery.grant.flash.added", form.amount().strip()));
                return "redirect:" + BASE + "/" + id;
            } catch (GrantRefusedException e) {
                errors.rejectValue("amount", e.messageKey(), e.arguments(), null);
            }
        }
        return show(id, model);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(LotteryHallController.CAN_MANAGE)
    String complete(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            RedirectAttributes redirect) {
        WelfareProject project = visible(id);
        if (!project.running()) {
            redirect.addFlashAttribute("flashError", messages.get("lottery.grant.refused.completed"));
        } else if (endedOn == null || endedOn.isAfter(LocalDate.now()) || endedOn.isBefore(project.startedOn())) {
            redirect.addFlashAttribute(
                    "flashError", messages.get("lottery.project.complete.date", project.startedOn()));
        } else {
            service.complete(project, endedOn);
            redirect.addFlashAttribute("flashSuccess", messages.get("lottery.project.flash.completed", project.name()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private String form(Model model) {
        model.addAttribute("partners", repository.partners(CurrentStaff.scope().prefix()));
        return "lottery/welfare/project-form";
    }

    private WelfareProject visible(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("welfare project " + id));
    }
}
