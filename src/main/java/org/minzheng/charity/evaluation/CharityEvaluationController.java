package org.minzheng.charity.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.dao.DuplicateKeyException;
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
 * 季度评估: the list with the projects still waiting for last quarter's evaluation, one project's trend, the
 * evaluation form, the evaluation page and its print view. Evaluations of projects kept by another area are
 * visible when the project is, but only the keeping area's staff record or correct them.
 */
@Controller
@RequestMapping(CharityEvaluationController.BASE)
@PreAuthorize("hasAuthority('" + CharityEvaluationConsole.VIEW + "')")
class CharityEvaluationController {

    static final String BASE = "/console/charity/evaluations";
    private static final String MANAGE = "hasAuthority('" + CharityEvaluationConsole.MANAGE + "')";
    private static final int PAGE_SIZE = 20;

    private final EvaluationRepository repository;
    private final EvaluationService service;
    private final Messages messages;

    CharityEvaluationController(EvaluationRepository repository, EvaluationService service, Messages messages) {
        this.repository = repository;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String project,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String quarter,
            @RequestParam(defaultValue = "") String grade,
            @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var search = EvaluationSearch.of(project, year, quarter, grade, sort);
        var scope = CurrentStaff.scope();
        EvaluatedProject chosen = search.project() == null
                ? null
                : repository.project(search.project(), scope).orElse(null);
        Page<ProjectEvaluation> found = repository.search(search, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Quarter due = Quarter.lastCompleted(service.today());
        model.addAttribute("search", search);
        model.addAttribute("chosenProject", chosen);
        model.addAttribute("grades", EvaluationGrade.values());
        model.addAttribute("years", years());
        model.addAttribute("evaluations", found);
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", query(search) + "&");
        model.addAttribute("exportQuery", query(search));
        List<OverdueProject> overdue = repository.overdue(due, search.project(), scope);
        model.addAttribute("overdue", overdue);
        model.addAttribute(
                "changeableOverdue",
                overdue.stream()
                        .filter(o -> changeable(o.regionCode()))
                        .map(OverdueProject::id)
                        .toList());
        model.addAttribute("due", due);
        if (chosen != null) {
            List<ProjectEvaluation> history = repository.ofProject(chosen.id(), scope);
            List<TrendBar> bars = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                bars.add(TrendBar.of(history.get(i), i));
            }
            model.addAttribute("trend", bars);
            model.addAttribute("trendWidth", Math.max(320, 60 + bars.size() * TrendBar.BAR_STEP));
            model.addAttribute("changeableProject", changeable(chosen.regionCode()) && chosen.evaluable());
        }
        return "charity/evaluation/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String project,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String quarter,
            @RequestParam(defaultValue = "") String grade,
            @RequestParam(defaultValue = "") String sort,
            HttpServletResponse response) {
        var search = EvaluationSearch.of(project, year, quarter, grade, sort);
        List<String> headers = new ArrayList<>(List.of(
                messages.get("charity.evaluation.project"),
                messages.get("charity.evaluation.period"),
                messages.get("charity.evaluation.evaluator")));
        for (EvaluationPart part : EvaluationPart.values()) {
            headers.add(messages.get(part.messageKey()) + " (" + part.maximum() + ")");
        }
        headers.addAll(List.of(
                messages.get("charity.evaluation.total"),
                messages.get("charity.evaluation.grade"),
                messages.get("charity.evaluation.evaluatedOn"),
                messages.get("charity.evaluation.findings")));
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectEvaluation e : repository
                .search(search, CurrentStaff.scope(), Pageable.unpaged())
                .getContent()) {
            List<Object> row = new ArrayList<>(List.of(
                    e.projectName(),
                    messages.get("charity.evaluation.quarterOf", e.year(), e.quarter()),
                    e.evaluator()));
            for (EvaluationPart part : EvaluationPart.values()) {
                row.add(e.score(part));
            }
            row.addAll(List.of(
                    e.totalScore(),
                    messages.get(e.grade().messageKey()),
                    e.evaluatedOn().toString(),
                    e.findings()));
            rows.add(row);
        }
        ExcelExport.write(response, messages.get("charity.evaluation.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(@RequestParam(required = false) Long project, Model model) {
        Long preset = project != null
                        && repository
                                .project(project, CurrentStaff.scope())
                                .filter(p -> changeable(p.regionCode()) && p.evaluable())
                                .isPresent()
                ? project
                : null;
        model.addAttribute("quarterlyEvaluationForm", EvaluationForm.startingFor(preset, service.today()));
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("quarterlyEvaluationForm") EvaluationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        EvaluatedProject project = null;
        if (form.projectId() != null) {
            project = repository
                    .project(form.projectId(), CurrentStaff.scope())
                    .filter(p -> changeable(p.regionCode()))
                    .orElseThrow(() -> new NotFoundException("project " + form.projectId()));
            if (!project.evaluable()) {
                errors.rejectValue("projectId", "charity.evaluation.validation.notRunning");
            }
        }
        check(form, project, null, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = service.create(project, form, CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("charity.evaluation.flash.created"));
            return "redirect:" + BASE + "/" + id;
        } catch (DuplicateKeyException raced) {
            errors.rejectValue("quarter", "charity.evaluation.validation.duplicate");
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ProjectEvaluation evaluation = visible(id);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("parts", EvaluationPart.values());
        model.addAttribute("changeable", changeable(evaluation.regionCode()));
        return "charity/evaluation/show";
    }

    @GetMapping("/{id}/print")
    String print(@PathVariable long id, Model model) {
        ProjectEvaluation evaluation = visible(id);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("parts", EvaluationPart.values());
        model.addAttribute(
                "project",
                repository.project(evaluation.projectId(), CurrentStaff.scope()).orElseThrow());
        return "charity/evaluation/print";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MANAGE)
    String editForm(@PathVariable long id, Model model) {
        ProjectEvaluation evaluation = changeable(id);
        model.addAttribute("quarterlyEvaluationForm", EvaluationForm.of(evaluation));
        return form(model, evaluation);
    }

    @PostMapping("/{id}")
    @PreAuthorize(MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("quarterlyEvaluationForm") EvaluationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProjectEvaluation evaluation = changeable(id);
        EvaluationForm fixed = new EvaluationForm(
                evaluation.projectId(),
                evaluation.year(),
                evaluation.quarter(),
                form.evaluator(),
                form.managementScore(),
                form.outcomeScore(),
                form.fundsScore(),
                form.satisfactionScore(),
                form.disclosureScore(),
                form.findings(),
                form.evaluatedOn());
        EvaluatedProject project =
                repository.project(evaluation.projectId(), CurrentStaff.scope()).orElseThrow();
        check(fixed, project, evaluation.id(), errors);
        if (errors.hasErrors()) {
            return form(model, evaluation);
        }
        service.update(evaluation, fixed, CurrentStaff.require().username());
        redirect.addFlashAttribute("flashSuccess", messages.get("charity.evaluation.flash.updated"));
        return "redirect:" + BASE + "/" + id;
    }

    /** The checks about time and duplicates that Bean Validation cannot make. */
    private void check(EvaluationForm form, EvaluatedProject project, Long except, BindingResult errors) {
        LocalDate today = service.today();
        if (form.year() != null
                && form.quarter() != null
                && !errors.hasFieldErrors("year")
                && !errors.hasFieldErrors("quarter")) {
            Quarter period = new Quarter(form.year(), form.quarter());
            if (period.compareTo(Quarter.of(today)) > 0) {
                errors.rejectValue("quarter", "charity.evaluation.validation.future");
            } else if (project != null && period.lastDay().isBefore(project.startsOn())) {
                errors.rejectValue(
                        "quarter",
                        "charity.evaluation.validation.beforeStart",
                        new Object[] {project.startsOn().toString()},
                        null);
            } else if (project != null && repository.exists(project.id(), form.year(), form.quarter(), except)) {
                errors.rejectValue("quarter", "charity.evaluation.validation.duplicate");
            }
            if (form.evaluatedOn() != null && form.evaluatedOn().isBefore(period.firstDay())) {
                errors.rejectValue("evaluatedOn", "charity.evaluation.validation.evaluatedBeforeQuarter");
            }
        }
        if (form.evaluatedOn() != null && form.evaluatedOn().isAfter(today)) {
            errors.rejectValue("evaluatedOn", "charity.evaluation.validation.evaluatedInFuture");
        }
    }

    private String form(Model model, ProjectEvaluation evaluation) {
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("projects", repository.evaluableProjects(CurrentStaff.scope()));
        model.addAttribute("parts", EvaluationPart.values());
        model.addAttribute("years", years());
        return "charity/evaluation/form";
    }

    private List<Integer> years() {
        int now = service.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    private ProjectEvaluation visible(long id) {
        return repository
                .find(id, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("charity evaluation " + id));
    }

    private ProjectEvaluation changeable(long id) {
        ProjectEvaluation evaluation = visible(id);
        if (!changeable(evaluation.regionCode())) {
            throw new NotFoundException("charity evaluation " + id);
        }
        return evaluation;
    }

    private static boolean changeable(String regionCode) {
        return CurrentStaff.scope().covers(RegionCode.of(regionCode));
    }

    private static String query(EvaluationSearch search) {
        return UriComponentsBuilder.fromPath("")
                .queryParam("project", search.project() == null ? "" : search.project())
                .queryParam("year", search.year() == null ? "" : search.year())
                .queryParam("quarter", search.quarter() == null ? "" : search.quarter())
                .queryParam("grade", search.gradeName())
                .queryParam("sort", search.sort())
                .build()
                .encode()
                .toUriString();
    }
}
