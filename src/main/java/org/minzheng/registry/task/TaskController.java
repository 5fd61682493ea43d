package org.minzheng.registry.task;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.HouseholdTasks.TaskOrigin;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
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
import org.springframework.web.util.UriComponentsBuilder;

/** 我的任务: the tasks of the staff member's region, open and most urgent first, and one task with its outcome. */
@Controller
@RequestMapping(TaskController.BASE)
@PreAuthorize("hasAuthority('registry:task:view')")
class TaskController {

    static final String BASE = "/console/registry/tasks";
    private static final int PAGE_SIZE = 20;

    private final TaskService tasks;
    private final Regions regions;
    private final Messages messages;

    TaskController(TaskService tasks, Regions regions, Messages messages) {
        this.tasks = tasks;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String origin,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        List<RegionSummary> choices = regionChoices(regions, scope);
        TaskSearch asked = TaskSearch.of(state, origin, region);
        TaskSearch search = choices.stream().anyMatch(r -> r.code().value().equals(asked.region()))
                ? asked
                : new TaskSearch(asked.state(), asked.origin(), "");
        Page<TaskRow> found = tasks.search(search, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        String query = UriComponentsBuilder.newInstance()
                .queryParam("state", search.state())
                .queryParam("origin", search.origin())
                .queryParam("region", search.region())
                .encode()
                .build()
                .toUriString();
        model.addAttribute("search", search);
        model.addAttribute("regions", choices);
        model.addAttribute("origins", TaskOrigin.values());
        model.addAttribute("rows", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("villageNames", villageNames(found.getContent()));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", query + "&");
        model.addAttribute("today", tasks.today());
        return "registry/task/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("completion", CompletionForm.empty());
        return show(inScope(id), model);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasAuthority('registry:task:handle')")
    String complete(
            @PathVariable long id,
            @Valid @ModelAttribute("completion") CompletionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TaskRow task = inScope(id);
        if (!task.open()) {
            redirect.addFlashAttribute("flashError", messages.get("task.complete.already"));
            return "redirect:" + BASE + "/" + id;
        }
        if (!errors.hasFieldErrors("followUpOn")
                && form.followUpOn() != null
                && form.followUpOn().isBefore(tasks.today())) {
            errors.rejectValue("followUpOn", "task.form.followUp.past");
        }
        if (!errors.hasFieldErrors("outcome")
                && !errors.hasFieldErrors("followUpOn")
                && form.outcome() != null
                && form.outcome().needsFollowUp()
                && form.followUpOn() == null) {
            errors.rejectValue("followUpOn", "task.form.followUp.required");
        }
        if (errors.hasErrors()) {
            return show(task, model);
        }
        try {
            tasks.complete(
                    id,
                    form.completion(),
                    CurrentStaff.scope(),
                    CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("task.complete.done"));
        } catch (TaskAlreadyDoneException raced) {
            redirect.addFlashAttribute("flashError", messages.get("task.complete.already"));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private String show(TaskRow task, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("villageName", regions.nameOf(task.village()));
        model.addAttribute("outcomes", TaskOutcome.values());
        model.addAttribute("today", tasks.today());
        return "registry/task/show";
    }

    private TaskRow inScope(long id) {
        return tasks.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("task"));
    }

    private Map<RegionCode, String> villageNames(List<TaskRow> rows) {
        return regions.namesOf(rows.stream().map(TaskRow::village).distinct().toList());
    }

    /**
     * What the region filter offers: the villages of a township (or the assistant's own village), the
     * townships of a county or the city, so that the list stays short.
     */
    static List<RegionSummary> regionChoices(Regions regions, DataScope scope) {
        RegionLevel wanted = scope.root().level().ordinal() >= RegionLevel.TOWNSHIP.ordinal()
                ? RegionLevel.VILLAGE
                : RegionLevel.TOWNSHIP;
        return regions.within(scope).stream().filter(r -> r.level() == wanted).toList();
    }
}
