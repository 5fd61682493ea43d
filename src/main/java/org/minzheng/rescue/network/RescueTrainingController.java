package org.minzheng.rescue.network;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
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

/**
 * 培训: the network's shared training, organised by a station, with who attended. Staff of any station in the
 * scope and the scope's grid workers may be entered as attendees.
 */
@Controller
@RequestMapping(RescueTrainingController.BASE)
@PreAuthorize(RescueNetworkConsole.CAN_VIEW)
class RescueTrainingController {

    static final String BASE = "/console/rescue/trainings";
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final int SEARCH_LIMIT = 20;

    private final RescueTrainingRepository repository;
    private final RescueTrainingService service;
    private final RescueStationRepository stations;
    private final GridWorkerRepository gridWorkers;
    private final Regions regions;
    private final Messages messages;

    RescueTrainingController(
            RescueTrainingRepository repository,
            RescueTrainingService service,
            RescueStationRepository stations,
            GridWorkerRepository gridWorkers,
            Regions regions,
            Messages messages) {
        this.repository = repository;
        this.service = service;
        this.stations = stations;
        this.gridWorkers = gridWorkers;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Long station, Model model) {
        DataScope scope = CurrentStaff.scope();
        int thisYear = LocalDate.now().getYear();
        int chosen = year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
        List<Training> trainings = repository.list(scope, chosen, station);
        model.addAttribute("year", chosen);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(thisYear - 4, thisYear + 1)
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("station", station);
        model.addAttribute("stations", stations.list(scope));
        model.addAttribute("trainings", trainings);
        model.addAttribute(
                "totalHours",
                trainings.stream()
                        .map(Training::hours)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                        .stripTrailingZeros()
                        .toPlainString());
        return "rescue/network/trainings";
    }

    @GetMapping("/new")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String newForm(@RequestParam(required = false) Long station, Model model) {
        model.addAttribute("trainingForm", new TrainingForm("", null, null, station, "", ""));
        return form(model);
    }

    @PostMapping
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("trainingForm") TrainingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Station station = null;
        if (form.stationId() != null) {
            station = stations.find(form.stationId(), CurrentStaff.scope()).orElse(null);
            if (station == null) {
                errors.rejectValue("stationId", "rescue.training.validation.station");
            }
        }
        if (form.heldOn() != null
                && (form.heldOn().isBefore(EARLIEST)
                        || form.heldOn().isAfter(LocalDate.now().plusYears(1)))) {
            errors.rejectValue("heldOn", "rescue.training.validation.heldOnRange");
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        long id = service.create(form, station, CurrentStaff.require().username());
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.training.flash.created"));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        Training training = visible(id);
        DataScope scope = CurrentStaff.scope();
        List<Attendee> attendees = repository.attendees(id);
        Set<Long> staffThere = attendees.stream()
                .filter(a -> !a.gridWorker())
                .map(Attendee::personId)
                .collect(Collectors.toSet());
        Set<Long> gridThere = attendees.stream()
                .filter(Attendee::gridWorker)
                .map(Attendee::personId)
                .collect(Collectors.toSet());
        Map<String, String> regionNames = new HashMap<>();
        attendees.stream()
                .filter(Attendee::gridWorker)
                .forEach(a -> regionNames.computeIfAbsent(a.where(), c -> regions.nameOf(RegionCode.of(c))));
        List<GridWorker> found = q.isBlank()
                ? List.of()
                : gridWorkers.named(q, scope, SEARCH_LIMIT).stream()
                        .filter(g -> !gridThere.contains(g.id()))
                        .toList();
        found.forEach(g -> regionNames.computeIfAbsent(g.regionCode(), c -> regions.nameOf(RegionCode.of(c))));
        model.addAttribute("training", training);
        model.addAttribute("attendees", attendees);
        model.addAttribute("regionNames", regionNames);
        model.addAttribute(
                "staffChoices",
                stations.activeStaff(scope).stream()
                        .filter(m -> !staffThere.contains(m.id()))
                        .toList());
        model.addAttribute("q", q);
        model.addAttribute("found", found);
        return "rescue/network/training";
    }

    @PostMapping("/{id}/staff")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String attendStaff(
            @PathVariable long id, @RequestParam(required = false) Long staffId, RedirectAttributes redirect) {
        Training training = visible(id);
        if (staffId == null) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.training.validation.attendee"));
            return "redirect:" + BASE + "/" + id;
        }
        StaffMember member = stations.member(staffId, CurrentStaff.scope())
                .filter(StaffMember::active)
                .orElseThrow(() -> new NotFoundException("station staff " + staffId));
        service.attend(training, member);
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.training.flash.attended", member.name()));
        return "redirect:" + BASE + "/" + id + "#attendees";
    }

    @PostMapping("/{id}/grid-workers")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String attendGridWorker(@PathVariable long id, @RequestParam long gridWorkerId, RedirectAttributes redirect) {
        Training training = visible(id);
        GridWorker worker = gridWorkers
                .find(gridWorkerId, CurrentStaff.scope())
                .filter(GridWorker::active)
                .orElseThrow(() -> new NotFoundException("grid worker " + gridWorkerId));
        service.attend(training, worker);
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.training.flash.attended", worker.name()));
        return "redirect:" + BASE + "/" + id + "#attendees";
    }

    @PostMapping("/{id}/attendees/remove")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String unattend(
            @PathVariable long id,
            @RequestParam boolean gridWorker,
            @RequestParam long personId,
            RedirectAttributes redirect) {
        Training training = visible(id);
        service.unattend(training, gridWorker, personId);
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.training.flash.unattended"));
        return "redirect:" + BASE + "/" + id + "#attendees";
    }

    private String form(Model model) {
        model.addAttribute("stations", stations.list(CurrentStaff.scope()));
        model.addAttribute("latest", LocalDate.now().plusYears(1));
        return "rescue/network/training-form";
    }

    private Training visible(long id) {
        return repository.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("training " + id));
    }
}
