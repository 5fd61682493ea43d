package org.minzheng.policy.monitoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Optional;
import org.minzheng.policy.rule.AttributeSchema;
import org.minzheng.policy.rule.CompiledRule;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleReading;
import org.minzheng.policy.rule.RuleRejected;
import org.minzheng.registry.Warnings.WarningLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 监测预警规则 in the console: counties and townships read what raises the warnings that reach their
 * villages, city administrators write the rules, switch them on and off and start a run over the city.
 * The rules are city-wide, so there is no data scope to apply to them; a run covers the starter's region.
 */
@Controller
@RequestMapping(MonitoringRuleController.BASE)
@PreAuthorize("hasAuthority('policy:monitoring:view')")
class MonitoringRuleController {

    static final String BASE = "/console/policy/monitoring-rules";
    private static final int PAGE_SIZE = 20;
    private static final List<String> SORTS = List.of("code", "name", "level", "updated");

    private final MonitoringRuleRepository rules;
    private final MonitoringRuleEditor editor;
    private final MonitoringJobs jobs;
    private final RuleCompiler compiler;
    private final RuleReading reading;
    private final Messages messages;

    MonitoringRuleController(
            MonitoringRuleRepository rules,
            MonitoringRuleEditor editor,
            MonitoringJobs jobs,
            RuleCompiler compiler,
            RuleReading reading,
            Messages messages) {
        this.rules = rules;
        this.editor = editor;
        this.jobs = jobs;
        this.compiler = compiler;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @ModelAttribute("search") MonitoringRuleSearch search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "level") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            Model model) {
        sort = SORTS.contains(sort) ? sort : "level";
        Sort.Direction direction = Sort.Direction.fromOptionalString(dir).orElse(Sort.Direction.ASC);
        Page<MonitoringRule> found =
                rules.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(direction, sort)));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute(
                "pageBase",
                "?" + search.queryString() + "sort=" + sort + "&dir="
                        + direction.name().toLowerCase() + "&");
        model.addAttribute("sortBase", "?" + search.queryString());
        model.addAttribute("sort", sort);
        model.addAttribute("dir", direction.name().toLowerCase());
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("statuses", List.of(MonitoringRuleSearch.ACTIVE, MonitoringRuleSearch.INACTIVE));
        model.addAttribute("regionName", CurrentStaff.require().regionName());
        return "policy/monitoring/list";
    }

    @GetMapping("/export")
    void export(@ModelAttribute("search") MonitoringRuleSearch search, HttpServletResponse response) {
        ExcelExport.write(
                response,
                messages.get("monitoringRule.export.file"),
                List.of(
                        messages.get("monitoringRule.code"),
                        messages.get("monitoringRule.name"),
                        messages.get("monitoringRule.level"),
                        messages.get("monitoringRule.daysToAct"),
                        messages.get("monitoringRule.stopPayment"),
                        messages.get("monitoringRule.rule"),
                        messages.get("monitoringRule.note"),
                        messages.get("monitoringRule.status"),
                        messages.get("monitoringRule.version"),
                        messages.get("monitoringRule.changedBy"),
                        messages.get("monitoringRule.demo")),
                rules.all(search).stream().map(this::exportRow).toList());
    }

    private List<Object> exportRow(MonitoringRule rule) {
        RuleSettings settings = rule.settings();
        return List.of(
                rule.code(),
                settings.name(),
                messages.get("monitoringRule.level." + settings.level().name()),
                settings.daysToAct(),
                messages.get(settings.stopPayment() ? "monitoringRule.yes" : "monitoringRule.no"),
                settings.rule(),
                settings.note() == null ? "" : settings.note(),
                messages.get(rule.active() ? "monitoringRule.status.active" : "monitoringRule.status.inactive"),
                rule.version(),
                rule.changedBy(),
                rule.demo() ? messages.get("monitoringRule.demo.badge") : "");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return showPage(editor.existing(id), model);
    }

    @GetMapping("/{id}/versions/{version}")
    String version(@PathVariable long id, @PathVariable int version, Model model) {
        return showPage(editor.existing(id, version), model);
    }

    private String showPage(MonitoringRule rule, Model model) {
        model.addAttribute("rule", rule);
        try {
            CompiledRule compiled = compiler.compile(rule.settings().rule());
            model.addAttribute("scope", RuleScope.of(compiled));
            model.addAttribute("trial", new RuleTrial(compiled.source(), reading.describe(compiled)));
        } catch (RuleRejected e) {
            // a version saved under an older schema: shown as text, without the reading or the trial
            model.addAttribute("scope", null);
            model.addAttribute("trial", null);
        }
        model.addAttribute("history", rules.history(rule.id()));
        return "policy/monitoring/show";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('policy:monitoring:manage')")
    String newForm(Model model) {
        model.addAttribute("ruleForm", MonitoringRuleForm.empty());
        return formPage(null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy:monitoring:manage')")
    String create(
            @Validated({Default.class, MonitoringRuleForm.New.class}) @ModelAttribute("ruleForm")
                    MonitoringRuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        editor.check(form, true, errors);
        Optional<Long> id = errors.hasErrors() ? Optional.empty() : editor.create(form, CurrentStaff.require());
        if (id.isEmpty()) {
            if (!errors.hasErrors()) {
                errors.rejectValue("code", "monitoringRule.validation.codeTaken", new Object[] {form.code()}, null);
            }
            return formPage(null, model);
        }
        redirect.addFlashAttribute(
                "flashSuccess", messages.get("monitoringRule.flash.created", form.code(), form.name()));
        return "redirect:" + BASE + "/" + id.get();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('policy:monitoring:manage')")
    String editForm(@PathVariable long id, Model model) {
        MonitoringRule rule = editor.existing(id);
        model.addAttribute("ruleForm", MonitoringRuleForm.of(rule));
        return formPage(rule, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('policy:monitoring:manage')")
    String update(
            @PathVariable long id,
            @Validated({Default.class, MonitoringRuleForm.Edit.class}) @ModelAttribute("ruleForm")
                    MonitoringRuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MonitoringRule rule = editor.existing(id);
        editor.check(form, false, errors);
        if (form.baseVersion() == null) {
            errors.reject("monitoringRule.validation.stale");
        }
        if (errors.hasErrors()) {
            return formPage(rule, model);
        }
        Optional<Integer> version = editor.edit(id, form, CurrentStaff.require());
        if (version.isEmpty()) {
            errors.reject("monitoringRule.validation.stale");
            return formPage(rule, model);
        }
        redirect.addFlashAttribute(
                "flashSuccess", messages.get("monitoringRule.flash.edited", rule.code(), version.get()));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasAuthority('policy:monitoring:manage')")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        return switchTo(id, true, redirect);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('policy:monitoring:manage')")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        return switchTo(id, false, redirect);
    }

    private String switchTo(long id, boolean active, RedirectAttributes redirect) {
        MonitoringRule rule = editor.existing(id);
        if (editor.switchTo(id, active, CurrentStaff.require())) {
            String key = active ? "monitoringRule.flash.activated" : "monitoringRule.flash.deactivated";
            redirect.addFlashAttribute("flashSuccess", messages.get(key, rule.code()));
        } else {
            redirect.addFlashAttribute("flashError", messages.get("monitoringRule.flash.unchanged", rule.code()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** Checks every household of the starter's region now, as a background job. */
    @PostMapping("/run")
    @PreAuthorize("hasAuthority('policy:monitoring:manage')")
    String run() {
        StaffPrincipal staff = CurrentStaff.require();
        long job = jobs.start(staff.regionCode(), staff.regionName());
        return "redirect:/console/jobs/" + job;
    }

    /** The rule as the shared "try it" box (policy/rule-trial.html) reads it. */
    record RuleTrial(String rule, String ruleReading) {}

    private String formPage(MonitoringRule rule, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("attributes", AttributeSchema.standard().attributes());
        return "policy/monitoring/form";
    }
}
