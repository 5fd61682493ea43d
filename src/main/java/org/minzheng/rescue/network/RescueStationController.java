package org.minzheng.rescue.network;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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
 * 救助管理站: the city station and the county stations, their beds and use, their staff. Only the city or a
 * county keeps a station, so township staff read none and may not open one.
 */
@Controller
@RequestMapping(RescueStationController.BASE)
@PreAuthorize(RescueNetworkConsole.CAN_VIEW)
class RescueStationController {

    static final String BASE = "/console/rescue/stations";

    private final RescueStationRepository repository;
    private final RescueStationService service;
    private final RescueTrainingRepository trainings;
    private final Regions regions;
    private final Messages messages;

    RescueStationController(
            RescueStationRepository repository,
            RescueStationService service,
            RescueTrainingRepository trainings,
            Regions regions,
            Messages messages) {
        this.repository = repository;
        this.service = service;
        this.trainings = trainings;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        List<Station> stations = repository.list(CurrentStaff.scope());
        model.addAttribute("stations", stations);
        model.addAttribute("regions", regions);
        model.addAttribute(
                "totalBeds", stations.stream().mapToInt(Station::beds).sum());
        model.addAttribute(
                "totalInCare", stations.stream().mapToInt(Station::inCare).sum());
        model.addAttribute("mayOpen", !regionChoices().isEmpty());
        return "rescue/network/stations";
    }

    @GetMapping("/export")
    void export(HttpServletResponse response) {
        List<String> headers = List.of(
                messages.get("rescue.station.name"),
                messages.get("rescue.station.kind"),
                messages.get("rescue.station.region"),
                messages.get("rescue.station.address"),
                messages.get("rescue.station.phone"),
                messages.get("rescue.station.director"),
                messages.get("rescue.station.beds"),
                messages.get("rescue.station.staffCount"),
                messages.get("rescue.station.inCare"),
                messages.get("rescue.station.occupancy"));
        List<List<Object>> rows = new ArrayList<>();
        for (Station s : repository.list(CurrentStaff.scope())) {
            rows.add(List.of(
                    s.name(),
                    messages.get("rescue.station.kind." + s.kind().toLowerCase()),
                    regions.nameOf(s.region()),
                    s.address(),
                    s.phone(),
                    s.director(),
                    s.beds(),
                    s.staffCount(),
                    s.inCare(),
                    s.occupancyPercent() == null ? "" : s.occupancyPercent() + "%"));
        }
        ExcelExport.write(response, messages.get("rescue.station.export.name"), headers, rows);
    }

    @GetMapping("/new")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String newForm(Model model) {
        requireRegionChoices();
        model.addAttribute("stationForm", StationForm.empty());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("stationForm") StationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireRegionChoices();
        RegionCode region = check(form, errors, null);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        long id = service.create(form, region);
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.station.flash.created"));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Station station = visible(id);
        model.addAttribute("staffForm", StaffForm.empty());
        return page(station, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String editForm(@PathVariable long id, Model model) {
        Station station = visible(id);
        model.addAttribute("stationForm", StationForm.of(station));
        return form(model, station);
    }

    @PostMapping("/{id}")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("stationForm") StationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Station station = visible(id);
        RegionCode region = check(form, errors, station.id());
        if (errors.hasErrors()) {
            return form(model, station);
        }
        service.update(station, form, region);
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.station.flash.updated"));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/staff")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String addStaff(
            @PathVariable long id,
            @Valid @ModelAttribute("staffForm") StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Station station = visible(id);
        checkPost(form, errors);
        if (errors.hasErrors()) {
            return page(station, model);
        }
        service.addStaff(station, form);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("rescue.staff.flash.created", form.name().strip()));
        return "redirect:" + BASE + "/" + id + "#staff";
    }

    @GetMapping("/{id}/staff/{memberId}/edit")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String editStaff(@PathVariable long id, @PathVariable long memberId, Model model) {
        Station station = visible(id);
        StaffMember member = member(id, memberId);
        model.addAttribute("staffForm", StaffForm.of(member));
        return staffForm(model, station, member);
    }

    @PostMapping("/{id}/staff/{memberId}")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String updateStaff(
            @PathVariable long id,
            @PathVariable long memberId,
            @Valid @ModelAttribute("staffForm") StaffForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Station station = visible(id);
        StaffMember member = member(id, memberId);
        checkPost(form, errors);
        if (errors.hasErrors()) {
            return staffForm(model, station, member);
        }
        service.updateStaff(station, member, form);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("rescue.staff.flash.updated", form.name().strip()));
        return "redirect:" + BASE + "/" + id + "#staff";
    }

    /** Someone leaves the station: kept in the list with the date, no longer chosen for training. */
    @PostMapping("/{id}/staff/{memberId}/leave")
    @PreAuthorize(RescueNetworkConsole.CAN_MANAGE)
    String leave(
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
            RedirectAttributes redirect) {
        Station station = visible(id);
        StaffMember member = member(id, memberId);
        if (!member.active()) {
            throw new NotFoundException("staff member already left " + memberId);
        }
        if (leftOn == null
                || leftOn.isAfter(LocalDate.now())
                || (member.joinedOn() != null && leftOn.isBefore(member.joinedOn()))) {
            redirect.addFlashAttribute("flashError", messages.get("rescue.staff.validation.leftOn"));
            return "redirect:" + BASE + "/" + id + "#staff";
        }
        service.leave(station, member, leftOn);
        redirect.addFlashAttribute("flashSuccess", messages.get("rescue.staff.flash.left", member.name()));
        return "redirect:" + BASE + "/" + id + "#staff";
    }

    private String page(Station station, Model model) {
        DataScope scope = CurrentStaff.scope();
        model.addAttribute("station", station);
        model.addAttribute("regionName", regions.nameOf(station.region()));
        model.addAttribute("members", repository.staff(station.id(), scope));
        model.addAttribute("posts", StationPost.values());
        var areas = repository.gridWorkersByArea(station, scope);
        model.addAttribute("areas", areas);
        model.addAttribute("areaNames", names(areas));
        model.addAttribute("trainings", trainings.ofStation(station.id(), scope));
        return "rescue/network/station";
    }

    private String form(Model model, Station station) {
        model.addAttribute("station", station);
        List<RegionSummary> choices = new ArrayList<>(regionChoices());
        if (station != null && choices.stream().noneMatch(r -> r.code().equals(station.region()))) {
            regions.find(station.region()).ifPresent(r -> choices.add(0, r));
        }
        model.addAttribute("regionChoices", choices);
        return "rescue/network/station-form";
    }

    private String staffForm(Model model, Station station, StaffMember member) {
        model.addAttribute("station", station);
        model.addAttribute("member", member);
        model.addAttribute("posts", StationPost.values());
        model.addAttribute("today", LocalDate.now());
        return "rescue/network/staff-form";
    }

    Map<String, String> names(List<RescueStationRepository.AreaCount> areas) {
        Map<String, String> names = new HashMap<>();
        areas.forEach(a -> names.put(a.regionCode(), regions.nameOf(RegionCode.of(a.regionCode()))));
        return names;
    }

    /** The city and the counties the staff member may keep a station for. */
    private List<RegionSummary> regionChoices() {
        return regions.within(CurrentStaff.scope()).stream()
                .filter(r -> r.level() == RegionLevel.CITY || r.level() == RegionLevel.COUNTY)
                .toList();
    }

    private void requireRegionChoices() {
        if (regionChoices().isEmpty()) {
            throw new AccessDeniedException("Only city or county staff open a rescue station");
        }
    }

    /** The region must be the city or a county within the scope, and keep no other station. */
    private RegionCode check(StationForm form, BindingResult errors, Long exceptId) {
        RegionCode region = null;
        if (!errors.hasFieldErrors("regionCode")) {
            if (!RegionCode.isValid(form.regionCode())) {
                errors.rejectValue("regionCode", "rescue.station.validation.region");
            } else {
                RegionCode code = RegionCode.of(form.regionCode());
                var found = regions.find(code, CurrentStaff.scope());
                if (found.isEmpty()
                        || !(found.get().level() == RegionLevel.CITY
                                || found.get().level() == RegionLevel.COUNTY)) {
                    errors.rejectValue("regionCode", "rescue.station.validation.region");
                } else if (repository.regionTaken(code, exceptId)) {
                    errors.rejectValue("regionCode", "rescue.station.validation.regionTaken");
                } else {
                    region = code;
                }
            }
        }
        if (!errors.hasFieldErrors("name") && repository.nameTaken(form.name().strip(), exceptId)) {
            errors.rejectValue("name", "rescue.station.validation.nameTaken");
        }
        return region;
    }

    private static void checkPost(StaffForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("post") && StationPost.parse(form.post()) == null) {
            errors.rejectValue("post", "rescue.staff.validation.post");
        }
    }

    private Station visible(long id) {
        return repository.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("station " + id));
    }

    private StaffMember member(long stationId, long memberId) {
        return repository
                .member(stationId, memberId, CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("station staff " + memberId));
    }
}
