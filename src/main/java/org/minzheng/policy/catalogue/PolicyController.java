package org.minzheng.policy.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.policy.PolicyCategory;
import org.minzheng.policy.TargetGroup;
import org.minzheng.policy.rule.AttributeSchema;
import org.minzheng.shared.security.CurrentStaff;
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
 * 政策目录 in the console: every member of staff looks policies up (to answer a caller), city
 * administrators write them. The catalogue is city-wide, so there is no data scope to apply.
 */
@Controller
@RequestMapping("/console/policy/policies")
@PreAuthorize("hasAuthority('policy:catalogue:view')")
class PolicyController {

    static final String BASE = "/console/policy/policies";
    private static final int PAGE_SIZE = 20;
    private static final List<String> SORTS = List.of("code", "name", "department", "updated");
    private static final DateTimeFormatter CHANGED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final PolicyRepository policies;
    private final PolicyCatalogue catalogue;
    private final PolicyEditor editor;
    private final Messages messages;

    PolicyController(PolicyRepository policies, PolicyCatalogue catalogue, PolicyEditor editor, Messages messages) {
        this.policies = policies;
        this.catalogue = catalogue;
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @ModelAttribute("search") PolicySearch search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "department") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            Model model) {
        sort = SORTS.contains(sort) ? sort : "department";
        Sort.Direction direction = Sort.Direction.fromOptionalString(dir).orElse(Sort.Direction.ASC);
        Page<PolicyVersion> found = policies.search(
                search, editor.today(), PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(direction, sort)));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        String sortParameters = "sort=" + sort + "&dir=" + direction.name().toLowerCase() + "&";
        model.addAttribute("pageBase", "?" + search.queryString() + sortParameters);
        model.addAttribute("sortBase", "?" + search.queryString());
        model.addAttribute("sort", sort);
        model.addAttribute("dir", direction.name().toLowerCase());
        addChoices(model);
        return "policy/catalogue/list";
    }

    @GetMapping("/export")
    void export(@ModelAttribute("search") PolicySearch search, HttpServletResponse response) {
        List<PolicyVersion> rows = policies.all(search, editor.today());
        ExcelExport.write(
                response,
                messages.get("policy.export.file"),
                List.of(
                        messages.get("policy.code"),
                        messages.get("policy.name"),
                        messages.get("policy.department"),
                        messages.get("policy.category"),
                        messages.get("policy.targetGroup"),
                        messages.get("policy.conditions"),
                        messages.get("policy.standard"),
                        messages.get("policy.howToApply"),
                        messages.get("policy.whereToApply"),
                        messages.get("policy.phone"),
                        messages.get("policy.legalBasis"),
                        messages.get("policy.effectiveFrom"),
                        messages.get("policy.effectiveUntil"),
                        messages.get("policy.rule"),
                        messages.get("policy.status"),
                        messages.get("policy.retiredOn"),
                        messages.get("policy.retiredReason"),
                        messages.get("policy.version"),
                        messages.get("policy.changedBy"),
                        messages.get("policy.changedAt"),
                        messages.get("policy.demo")),
                rows.stream().map(this::exportRow).toList());
    }

    private List<Object> exportRow(PolicyVersion row) {
        PolicyContent content = row.content();
        List<Object> cells = new ArrayList<>();
        cells.add(row.code());
        cells.add(content.name());
        cells.add(row.department().name());
        cells.add(messages.get(content.category().labelKey()));
        cells.add(messages.get(content.targetGroup().labelKey()));
        cells.add(content.conditions());
        cells.add(content.standard());
        cells.add(content.howToApply());
        cells.add(content.whereToApply());
        cells.add(content.phone());
        cells.add(content.legalBasis());
        cells.add(content.effectiveFrom().toString());
        cells.add(text(content.effectiveUntil()));
        cells.add(content.rule() == null ? "" : content.rule());
        cells.add(messages.get(row.status().labelKey()));
        cells.add(text(row.retiredOn()));
        cells.add(row.retiredReason() == null ? "" : row.retiredReason());
        cells.add(row.version());
        cells.add(row.changedBy());
        cells.add(CHANGED_AT.format(row.changedAt()));
        cells.add(row.demo() ? messages.get("policy.demo.yes") : "");
        return cells;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return showPage(editor.existing(id), RetireForm.empty(), model);
    }

    @GetMapping("/{id}/versions/{version}")
    String version(@PathVariable long id, @PathVariable int version, Model model) {
        return showPage(editor.existing(id, version), RetireForm.empty(), model);
    }

    private String showPage(PolicyVersion version, RetireForm retireForm, Model model) {
        model.addAttribute("policy", version);
        model.addAttribute("details", catalogue.details(version));
        model.addAttribute("history", policies.history(version.id()));
        model.addAttribute("retireForm", retireForm);
        return "policy/catalogue/show";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('policy:catalogue:manage')")
    String newForm(Model model) {
        model.addAttribute("policyForm", PolicyForm.empty(editor.today()));
        return formPage(null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('policy:catalogue:manage')")
    String create(
            @Validated({Default.class, PolicyForm.New.class}) @ModelAttribute("policyForm") PolicyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        editor.check(form, true, errors);
        Optional<Long> id = errors.hasErrors() ? Optional.empty() : editor.create(form, CurrentStaff.require());
        if (id.isEmpty()) {
            if (!errors.hasErrors()) {
                errors.rejectValue("code", "policy.validation.codeTaken", new Object[] {form.code()}, null);
            }
            return formPage(null, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("policy.flash.created", form.code(), form.name()));
        return "redirect:" + BASE + "/" + id.get();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('policy:catalogue:manage')")
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        PolicyVersion policy = editor.existing(id);
        if (policy.isRetired()) {
            return retiredAlready(policy, redirect);
        }
        model.addAttribute("policyForm", PolicyForm.of(policy));
        return formPage(policy, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('policy:catalogue:manage')")
    String update(
            @PathVariable long id,
            @Validated({Default.class, PolicyForm.Edit.class}) @ModelAttribute("policyForm") PolicyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PolicyVersion policy = editor.existing(id);
        if (policy.isRetired()) {
            return retiredAlready(policy, redirect);
        }
        editor.check(form, false, errors);
        if (form.baseVersion() == null) {
            errors.reject("policy.validation.stale");
        }
        if (errors.hasErrors()) {
            return formPage(policy, model);
        }
        Optional<Integer> version = editor.edit(id, form, CurrentStaff.require());
        if (version.isEmpty()) {
            errors.reject("policy.validation.stale");
            return formPage(policy, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("policy.flash.edited", policy.code(), version.get()));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('policy:catalogue:manage')")
    String retire(
            @PathVariable long id,
            @Valid @ModelAttribute("retireForm") RetireForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PolicyVersion policy = editor.existing(id);
        if (errors.hasErrors()) {
            return showPage(policy, form, model);
        }
        if (!editor.retire(id, form.reason(), CurrentStaff.require())) {
            return retiredAlready(policy, redirect);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("policy.flash.retired", policy.code()));
        return "redirect:" + BASE + "/" + id;
    }

    private String retiredAlready(PolicyVersion policy, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", messages.get("policy.flash.retiredAlready", policy.code()));
        return "redirect:" + BASE + "/" + policy.id();
    }

    private String formPage(PolicyVersion policy, Model model) {
        model.addAttribute("policy", policy);
        model.addAttribute("attributes", AttributeSchema.standard().attributes());
        addChoices(model);
        return "policy/catalogue/form";
    }

    private void addChoices(Model model) {
        model.addAttribute("departments", policies.departments());
        model.addAttribute("categories", PolicyCategory.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("statuses", List.of(PolicySearch.IN_FORCE, PolicySearch.NOT_IN_FORCE, PolicySearch.RETIRED));
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
