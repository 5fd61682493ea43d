package org.minzheng.charity.project;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.charity.ledger.LedgerLine;
import org.minzheng.charity.ledger.LedgerRefusedException;
import org.minzheng.region.Regions;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Households;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 慈善项目: the list, the project form, the project page with its status and its beneficiaries. Only projects
 * proposed within the staff member's own area may be changed.
 */
@Controller
@RequestMapping(ProjectController.BASE)
@PreAuthorize("hasAuthority('" + CharityProjectConsole.VIEW + "')")
class ProjectController {

    static final String BASE = "/console/charity/projects";
    private static final String MANAGE = "hasAuthority('" + CharityProjectConsole.MANAGE + "')";
    private static final int PAGE_SIZE = 20;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ProjectRepository repository;
    private final ProjectService service;
    private final FundLedger ledger;
    private final Households households;
    private final Regions regions;
    private final Messages messages;

    ProjectController(
            ProjectRepository repository,
            ProjectService service,
            FundLedger ledger,
            Households households,
            Regions regions,
            Messages messages) {
        this.repository = repository;
        this.service = service;
        this.ledger = ledger;
        this.households = households;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ProjectStatus chosen = status(status);
        Page<Project> projects =
                repository.search(CurrentStaff.scope(), q, chosen, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("projects", projects);
        model.addAttribute("pages", PageLinks.of(projects));
        model.addAttribute(
                "pageBase",
                UriComponentsBuilder.fromPath("")
                                .queryParam("q", q)
                                .queryParam("status", status)
                                .build()
                                .encode()
                                .toUriString()
                        + "&");
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        model.addAttribute("needNames", needNames());
        return "charity/project/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status,
            HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("charity.project.name"),
                messages.get("charity.project.organisation"),
                messages.get("charity.project.needs"),
                messages.get("charity.project.budget"),
                messages.get("charity.project.target"),
                messages.get("charity.project.startsOn"),
                messages.get("charity.project.endsOn"),
                messages.get("charity.project.status"),
                messages.get("charity.project.region"));
        Map<String, String> names = needNames();
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : repository
                .search(CurrentStaff.scope(), q, status(status), Pageable.unpaged())
                .getContent()) {
            rows.add(List.of(
                    p.name(),
                    p.organisation(),
                    String.join(
                            "、",
                            p.needs().stream()
                                    .map(c -> names.getOrDefault(c, c))
                                    .toList()),
                    YuanFormat.INSTANCE.of(p.budgetFen()),
                    p.targetBeneficiaries(),
                    p.startsOn().toString(),
                    p.endsOn().toString(),
                    messages.get(p.status().messageKey()),
                    p.regionCode()));
        }
        ExcelExport.write(response, messages.get("charity.project.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(Model model) {
        model.addAttribute("projectForm", ProjectForm.empty());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("projectForm") ProjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Long budget = check(form, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        var staff = CurrentStaff.require();
        long id = service.create(form, budget, staff.regionCode(), staff.username());
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.project.flash.created"));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Project project = visible(id);
        model.addAttribute("project", project);
        model.addAttribute("regionName", regions.nameOf(RegionCode.of(project.regionCode())));
        model.addAttribute("changeable", changeable(project));
        model.addAttribute("next", project.status().next().orElse(null));
        model.addAttribute("beneficiaries", repository.beneficiaries(id, CurrentStaff.scope()));
        model.addAttribute("fund", ledger.ofProject(id).orElse(null));
        model.addAttribute("similar", repository.similarOpenProjects(id, CurrentStaff.scope()));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        model.addAttribute("needNames", needNames());
        return "charity/project/show";
    }

    /** The project fund's statement: every fen in and out, with the balance after each line. */
    @GetMapping("/{id}/fund")
    String fund(@PathVariable long id, Model model) {
        Project project = visible(id);
        var fund = ledger.ofProject(id);
        model.addAttribute("project", project);
        model.addAttribute("fund", fund.orElse(null));
        model.addAttribute("lines", fund.map(f -> ledger.lines(f.fundId())).orElse(List.of()));
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        return "charity/project/fund";
    }

    @GetMapping("/{id}/fund/export")
    void exportFund(@PathVariable long id, HttpServletResponse response) {
        Project project = visible(id);
        List<String> headers = List.of(
                messages.get("charity.project.fund.recordedAt"),
                messages.get("charity.project.fund.kind"),
                messages.get("charity.project.fund.in"),
                messages.get("charity.project.fund.out"),
                messages.get("charity.ledger.balance"),
                messages.get("charity.project.fund.memo"),
                messages.get("charity.project.fund.recordedBy"));
        List<List<Object>> rows = new ArrayList<>();
        ledger.ofProject(id).ifPresent(fund -> {
            for (LedgerLine line : ledger.lines(fund.fundId())) {
                rows.add(List.of(
                        line.recordedAt().atZone(CHINA).toLocalDateTime().toString(),
                        messages.get(line.kindKey()),
                        line.in() ? YuanFormat.INSTANCE.of(line.amountFen()) : "",
                        line.in() ? "" : YuanFormat.INSTANCE.of(line.amountFen()),
                        YuanFormat.INSTANCE.of(line.balanceAfterFen()),
                        line.memo() == null ? "" : line.memo(),
                        line.recordedBy()));
            }
        });
        ExcelExport.write(response, messages.get("charity.project.fund.export.name", project.name()), headers, rows);
    }

    /**
     * Passes a running project's whole balance to a similar open project, or to the general fund when {@code to}
     * is blank, so that the project can close (慈善法 art. 58).
     */
    @PostMapping("/{id}/leftover")
    @PreAuthorize(MANAGE)
    String leftover(
            @PathVariable long id,
            @Valid @ModelAttribute("leftoverForm") LeftoverForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Project project = changeable(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", firstError(errors));
            return "redirect:" + BASE + "/" + id;
        }
        try {
            Long target = form.to() == null || form.to().isBlank() ? null : leftoverTarget(id, form.to());
            service.passOnLeftover(
                    project,
                    target,
                    form.reason().strip(),
                    CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.project.flash.leftover"));
        } catch (ProjectRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        } catch (LedgerRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** A similar open project within the staff member's own area, named by its id. */
    private Long leftoverTarget(long id, String to) {
        return repository.similarOpenProjects(id, CurrentStaff.scope()).stream()
                .map(ProjectChoice::id)
                .filter(candidate -> String.valueOf(candidate).equals(to.strip()))
                .findFirst()
                .orElseThrow(() -> new ProjectRefusedException("charity.project.refused.leftoverTarget"));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MANAGE)
    String editForm(@PathVariable long id, Model model) {
        Project project = changeableOpen(id);
        model.addAttribute("projectForm", ProjectForm.of(project));
        return form(model, project);
    }

    @PostMapping("/{id}")
    @PreAuthorize(MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("projectForm") ProjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Project project = changeableOpen(id);
        Long budget = check(form, errors);
        if (form.needs() != null && !form.needs().isEmpty() && !errors.hasFieldErrors("needs")) {
            List<String> inUse = repository.needsInUse(id, form.needs());
            if (!inUse.isEmpty()) {
                errors.rejectValue("needs", "charity.project.validation.needInUse");
            }
        }
        if (errors.hasErrors()) {
            return form(model, project);
        }
        service.update(project, form, budget);
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.project.flash.updated"));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(MANAGE)
    String advance(@PathVariable long id, @RequestParam String to, RedirectAttributes redirect) {
        Project project = changeable(id);
        ProjectStatus target = status(to);
        try {
            if (target == null) {
                throw new ProjectRefusedException("charity.project.refused.status");
            }
            service.advance(project, target);
            redirect.addFlashAttribute(
                    "flashSuccess", messages.get("charity.project.flash.status", messages.get(target.messageKey())));
        } catch (ProjectRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/beneficiaries")
    @PreAuthorize(MANAGE)
    String addBeneficiary(
            @PathVariable long id,
            @Valid @ModelAttribute("beneficiaryForm") BeneficiaryForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Project project = changeable(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", firstError(errors));
            return "redirect:" + BASE + "/" + id;
        }
        DataScope scope = CurrentStaff.scope();
        HouseholdDetails household =
                households.find(new HouseholdId(form.householdId()), scope).orElse(null);
        try {
            if (household == null) {
                throw new ProjectRefusedException("charity.project.refused.household", form.householdId());
            }
            service.addBeneficiary(
                    project,
                    household,
                    form.category(),
                    form.reason(),
                    CurrentStaff.require().username());
            redirect.addFlashAttribute(
                    "flashSuccess", messages.get("charity.project.flash.beneficiaryAdded", household.number()));
        } catch (ProjectRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/beneficiaries/{beneficiaryId}/remove")
    @PreAuthorize(MANAGE)
    String removeBeneficiary(@PathVariable long id, @PathVariable long beneficiaryId, RedirectAttributes redirect) {
        Project project = changeable(id);
        Beneficiary beneficiary = repository
                .beneficiary(id, beneficiaryId, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("beneficiary " + beneficiaryId));
        try {
            service.removeBeneficiary(project, beneficiary);
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.project.flash.beneficiaryRemoved"));
        } catch (ProjectRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** The checks Bean Validation cannot make; returns the budget in fen when it reads. */
    private Long check(ProjectForm form, BindingResult errors) {
        Long budget = null;
        if (form.budgetYuan() != null && !form.budgetYuan().isBlank()) {
            try {
                Money money = Money.parseYuan(form.budgetYuan());
                if (money.fen() <= 0 || money.fen() > 100_000_000_000_00L) {
                    errors.rejectValue("budgetYuan", "charity.project.validation.budget");
                } else {
                    budget = money.fen();
                }
            } catch (InvalidMoneyException bad) {
                errors.rejectValue("budgetYuan", "charity.project.validation.budget");
            }
        }
        String code = form.creditCodeOrNull();
        if (code != null) {
            if (!CreditCode.isValid(code)) {
                errors.rejectValue("creditCode", "charity.project.validation.creditCode");
            } else if (form.organisation() != null
                    && repository.creditCodeTakenByOther(
                            code, form.organisation().strip())) {
                errors.rejectValue("creditCode", "charity.project.validation.creditCodeTaken");
            }
        }
        if (form.endsBeforeStart()) {
            errors.rejectValue("endsOn", "charity.project.validation.endsBeforeStart");
        }
        if (form.needs() != null
                && !repository.categories().stream()
                        .map(NeedName::code)
                        .toList()
                        .containsAll(form.needs())) {
            errors.rejectValue("needs", "charity.project.validation.needs");
        }
        return budget;
    }

    private String form(Model model, Project project) {
        model.addAttribute("project", project);
        model.addAttribute("categories", repository.categories());
        return "charity/project/form";
    }

    private Project visible(long id) {
        return repository.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("project " + id));
    }

    /** A project proposed within the staff member's own area; others, even visible ones, are not theirs to change. */
    private Project changeable(long id) {
        Project project = visible(id);
        if (!changeable(project)) {
            throw new NotFoundException("project " + id);
        }
        return project;
    }

    private Project changeableOpen(long id) {
        Project project = changeable(id);
        if (!project.status().open()) {
            throw new NotFoundException("closed project " + id);
        }
        return project;
    }

    private static boolean changeable(Project project) {
        return CurrentStaff.scope().covers(RegionCode.of(project.regionCode()));
    }

    private static ProjectStatus status(String name) {
        for (ProjectStatus s : ProjectStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The first complaint, already localised by Bean Validation; a household number that does not read is named as such. */
    private String firstError(BindingResult errors) {
        var error = errors.getFieldErrors().get(0);
        return error.isBindingFailure() || error.getDefaultMessage() == null
                ? messages.get("charity.project.validation.household")
                : error.getDefaultMessage();
    }

    private Map<String, String> needNames() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new LinkedHashMap<>();
        repository.categories().forEach(c -> names.put(c.code(), c.name(locale)));
        return names;
    }
}
